import type { Rng } from "../random.ts";
import { addDays, workingMoment } from "../random.ts";
import type {
  AgreementType,
  CommunicationChannel,
  DealSide,
  DealStatus,
} from "../../server/generated/prisma/enums.ts";
import { buildInteraction } from "../factories/interactions.ts";
import { INSTRUMENTS_BY_SEGMENT } from "../../server/instruments/banking-products.ts";
import type { DemoRows } from "./demo-rows.ts";
import type { DemoBook } from "./demo-book.ts";
import type { DemoOpportunity } from "./demo-opportunities.ts";
import type { DemoTemplate } from "./demo-comm-centre.ts";
import { hadConsent, type ConsentBook } from "./demo-sales-tab.ts";

const CHANNEL_WEIGHTS: readonly (readonly [CommunicationChannel, number])[] = [
  ["PHONE", 34],
  ["EMAIL", 28],
  ["CHAT", 12],
  ["MEETING", 12],
  ["SMS", 8],
  ["LETTER", 6],
];

const CONSENT_FOR: Partial<Record<CommunicationChannel, AgreementType>> = {
  EMAIL: "EMAIL_MARKETING",
  SMS: "SMS_MARKETING",
  PHONE: "CALL_MARKETING",
};

// Indicative levels so demo deals look like real tickets.
const LEVELS: Record<string, { type: string; price: [number, number]; currency: string }> = {
  "EUR/USD": { type: "FX", price: [1.05, 1.12], currency: "EUR" },
  "GBP/USD": { type: "FX", price: [1.22, 1.32], currency: "GBP" },
  "USD/JPY": { type: "FX", price: [140, 158], currency: "USD" },
  "EUR/GBP": { type: "FX", price: [0.83, 0.88], currency: "EUR" },
  "USD/CHF": { type: "FX", price: [0.85, 0.92], currency: "USD" },
  "GBP/EUR": { type: "FX", price: [1.14, 1.2], currency: "GBP" },
  "USD/CNH": { type: "FX", price: [7.0, 7.35], currency: "USD" },
  "EUR/CHF": { type: "FX", price: [0.93, 0.98], currency: "EUR" },
  "XAU/USD": { type: "COMMODITY", price: [2200, 2700], currency: "USD" },
  "UST 10Y": { type: "BOND", price: [94, 101], currency: "USD" },
  "UST 2Y": { type: "BOND", price: [98, 100.5], currency: "USD" },
  "Bund 2034": { type: "BOND", price: [96, 103], currency: "EUR" },
  "Gilt 2033": { type: "BOND", price: [90, 99], currency: "GBP" },
  "OAT 2035": { type: "BOND", price: [93, 100], currency: "EUR" },
  "SONIA 5Y swap": { type: "SWAP", price: [3.4, 4.2], currency: "GBP" },
  "EURIBOR 3M": { type: "SWAP", price: [2.1, 3.4], currency: "EUR" },
  "FTSE 100": { type: "EQUITY", price: [7800, 8400], currency: "GBP" },
  "Euro Stoxx 50": { type: "EQUITY", price: [4700, 5100], currency: "EUR" },
  "S&P 500": { type: "EQUITY", price: [5000, 5600], currency: "USD" },
};

/**
 * 12 months of interactions (~3,000) on every channel and type, a few planned ahead, with the
 * deals agreed on calls and chats. Marketing contact happens only where consent existed then.
 */
export function buildDemoInteractions(
  rng: Rng,
  rows: DemoRows,
  book: DemoBook,
  opportunities: DemoOpportunity[],
  templates: DemoTemplate[],
  consent: ConsentBook,
  now: Date,
  total = 3000,
): void {
  const oppsByAccount = new Map<string, DemoOpportunity[]>();
  for (const o of opportunities)
    oppsByAccount.set(o.account.id, [...(oppsByAccount.get(o.account.id) ?? []), o]);
  const weighted = book.accounts.map(
    (a) => [a, (a.row.isCustomer ? 2 : 1) * (a.segment === "RETAIL" ? 0.5 : 1)] as const,
  );
  // Oldest first, so "Followed Activity" can point at an earlier interaction on the account.
  const moments = Array.from({ length: total }, (_, i) =>
    i < total * 0.96
      ? workingMoment(rng, addDays(now, -rng.int(1, 365)))
      : workingMoment(rng, addDays(now, rng.int(1, 30))),
  ).sort((a, b) => a.getTime() - b.getTime());
  const lastOnAccount = new Map<string, string>();

  for (const at of moments) {
    const account = rng.weighted(weighted);
    const channel = rng.weighted(CHANNEL_WEIGHTS);
    const contact = account.contacts.length && rng.chance(0.95) ? rng.pick(account.contacts) : null;
    const assignedUserId = rng.chance(0.8) ? account.ownerId : rng.pick(account.team.members).id;
    const opps = oppsByAccount.get(account.id) ?? [];
    const opportunity = opps.length && rng.chance(0.25) ? rng.pick(opps) : null;
    const channelTemplates = templates.filter((t) => t.channel === channel);
    const template =
      channelTemplates.length && rng.chance(0.35)
        ? (channelTemplates.find((t) => t.culture === account.row.culture) ?? rng.pick(channelTemplates))
        : undefined;
    const previous = lastOnAccount.get(account.id);

    const row = buildInteraction(
      rng,
      {
        accountId: account.id,
        assignedUserId,
        teamId: account.team.id,
        channel,
        contactId: contact?.row.id ?? null,
        opportunityId: opportunity?.id ?? null,
      },
      {
        now,
        at,
        account: {
          partyGroupName: account.name,
          culture: account.row.culture,
          location: account.row.location,
          locationComments: account.row.locationComments,
        },
        contact: contact ? { email: contact.email, phone: contact.phone } : undefined,
        template,
        follows: previous && rng.chance(0.15) ? previous : undefined,
      },
    );
    const consentType = CONSENT_FOR[channel];
    if (
      consentType &&
      row.direction === "OUTBOUND" &&
      rng.chance(0.12) &&
      hadConsent(consent, account.id, consentType, at)
    ) {
      row.isMarketing = true;
      row.sourceType = "Campaign";
    }
    rows.interaction.push(row);
    lastOnAccount.set(account.id, row.name);

    const agreed =
      row.status === "COMPLETED" &&
      (channel === "PHONE" || channel === "CHAT") &&
      (row.resultType === "Deal agreed" ||
        (channel === "CHAT" && row.resultType === "Quote given" && rng.chance(0.3)));
    if (agreed && account.row.kycStatus === "VERIFIED") {
      const instruments = account.row.preferredInstruments as string[];
      const instrument = rng.pick(instruments.length ? instruments : INSTRUMENTS_BY_SEGMENT[account.segment]);
      const level = LEVELS[instrument] ?? {
        type: "FX",
        price: [1, 1.2] as [number, number],
        currency: "EUR",
      };
      const notional =
        Math.round(Math.exp(rng.float(Math.log(100_000), Math.log(50_000_000))) / 100_000) * 100_000 ||
        100_000;
      const price = rng.float(...level.price);
      const status = rng.weighted<DealStatus>([
        ["BOOKED", 85],
        ["PENDING_APPROVAL", 7],
        ["REJECTED", 4],
        ["CANCELED", 4],
      ]);
      rows.deal.push({
        id: rng.uuid(),
        accountId: account.id,
        interactionId: row.id as string,
        instrument,
        instrumentType: level.type,
        side: rng.pick<DealSide>(["BUY", "SELL"]),
        quantity: level.type === "BOND" || level.type === "EQUITY" ? (notional / price).toFixed(4) : null,
        notional: notional.toFixed(2),
        price: price.toFixed(level.type === "FX" ? 5 : 4),
        currency: level.currency,
        status,
        createdById: assignedUserId,
        // Large tickets are countersigned by the desk manager.
        approvedById: status === "BOOKED" && notional >= 10_000_000 ? account.team.manager.id : null,
        createdAt: at,
      });
    }
  }
}
