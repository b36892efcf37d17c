import { z } from "zod";
import { zText } from "../records/text.ts";
import type { ServiceContext } from "../service-context.ts";
import { notFound } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import { accountScope } from "../access/visibility.ts";
import { convert } from "../forecasts/fx-to-eur.ts";
import { creditOf } from "../deals/register-deal.ts";
import { withProposedDeal } from "../deals/credit.ts";
import { chooseTools } from "./choose-tools.ts";
import { indicativeModel, QUOTED_INSTRUMENTS } from "./pricing/indicative-model.ts";
import type { PriceSource } from "./pricing/price-source.ts";

export const ZAccountToolsRequestSchema = z.object({ accountId: ZRecordId });
export const ZCreditCheckRequestSchema = z.object({
  accountId: ZRecordId,
  proposedNotional: z.number().min(0).max(10_000_000_000).optional(),
  /** The proposed deal's currency; the account's credit currency when not given. */
  currency: zText().toUpperCase().length(3).optional(),
});

const profileSelect = {
  id: true,
  partyGroupName: true,
  segment: true,
  kycStatus: true,
  productsHeld: true,
  preferredInstruments: true,
  creditLimit: true,
  creditExposure: true,
  creditCurrency: true,
} as const;

async function profileOf({ db, viewer }: ServiceContext, accountId: string) {
  const account = await db.account.findFirst({
    where: { id: accountId, ...accountScope(viewer) },
    select: profileSelect,
  });
  if (!account) throw notFound("Account");
  return account;
}

/** The tools and actions the admin rules choose for this customer, and the rule that chose them. */
export async function toolsForAccount(
  ctx: ServiceContext,
  input: z.input<typeof ZAccountToolsRequestSchema>,
) {
  const { accountId } = ZAccountToolsRequestSchema.parse(input);
  const account = await profileOf(ctx, accountId);
  const [rules, phone] = await Promise.all([
    ctx.db.commCentreRule.findMany({ where: { enabled: true } }),
    ctx.db.contactMechanism.findFirst({
      where: { accountId, type: "PHONE", e164: { not: null } },
      orderBy: [{ isPrimary: "desc" }, { id: "asc" }],
      select: { e164: true },
    }),
  ]);
  const { creditLimit: _l, creditExposure: _e, creditCurrency: _c, ...profile } = account;
  return { ...chooseTools(account, rules), profile, phone: phone?.e164 ?? null };
}

/** Quotes for the customer's instruments first, then the core FX pairs and bonds. */
export async function quotesForAccount(
  ctx: ServiceContext,
  input: z.input<typeof ZAccountToolsRequestSchema>,
  source: PriceSource = indicativeModel,
  at = new Date(),
) {
  const { accountId } = ZAccountToolsRequestSchema.parse(input);
  const account = await profileOf(ctx, accountId);
  const core = ["EUR/USD", "GBP/USD", "EUR/GBP", "UST 10Y", "Bund 2034", "Gilt 2033"];
  const wanted = [...new Set([...account.preferredInstruments, ...core])].filter(
    (i) => QUOTED_INSTRUMENTS.includes(i) || source !== indicativeModel,
  );
  const quotes = wanted.map((i) => source.quote(i, 1_000_000, at)).filter((q) => q !== null);
  return {
    source: source.name,
    quotes: quotes.map((q) => ({ ...q, preferred: account.preferredInstruments.includes(q.instrument) })),
  };
}

/** Limit, exposure, pending approvals and headroom, and what a proposed deal would do to them. */
export async function creditCheck(ctx: ServiceContext, input: z.input<typeof ZCreditCheckRequestSchema>) {
  const { accountId, proposedNotional, currency } = ZCreditCheckRequestSchema.parse(input);
  const account = await profileOf(ctx, accountId);
  const position = await creditOf(ctx.db, account);
  const proposed = proposedNotional
    ? withProposedDeal(
        position,
        convert(proposedNotional, currency ?? account.creditCurrency, account.creditCurrency),
      )
    : null;
  return { position, proposed };
}
