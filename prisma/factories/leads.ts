import type { Rng } from "../random.ts";
import type { Lead, LeadSource } from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { FORENAMES, SURNAMES } from "./person-names.ts";
import { buildMechanismsFor } from "./contact-mechanisms.ts";
import { resolveOwnerAndTeam } from "./owner-and-team.ts";

export type LeadRow = CreateManyRow<"lead">;

export const LEAD_SOURCE_WEIGHTS: readonly (readonly [LeadSource, number])[] = [
  ["CAMPAIGN", 25],
  ["REFERRAL", 20],
  ["TRADE_SHOW", 14],
  ["WEBSITE", 14],
  ["DIRECT_MAIL", 9],
  ["COLD_CALL", 8],
  ["PARTNER", 7],
  ["OTHER", 3],
];

const INQUIRIES: Record<LeadSource, readonly string[]> = {
  CAMPAIGN: [
    "Replied to the hedging webinar invitation",
    "Asked for the term deposit rate card after the mailer",
    "Wants a call about the cash management offer",
  ],
  TRADE_SHOW: [
    "Met at the Treasury Management conference stand",
    "Scanned badge at the FX Week roundtable",
    "Asked for a follow-up on trade finance at the expo",
  ],
  DIRECT_MAIL: [
    "Returned the reply card asking for a private banking review",
    "Called the number on the year-end mailer",
  ],
  REFERRAL: [
    "Referred by an existing corporate client",
    "Introduced by the client's accountant",
    "Referred by a private client for estate planning",
  ],
  WEBSITE: [
    "Filled in the contact form about FX payments",
    "Downloaded the rates outlook and asked for a call",
    "Requested a mortgage call-back online",
  ],
  COLD_CALL: ["Open to a meeting after an introductory call", "Asked for pricing on EUR/GBP forwards"],
  PARTNER: [
    "Introduced by the ERP partner for payments integration",
    "Passed on by the fintech partner for FX hedging",
  ],
  OTHER: ["Walked into the Mayfair branch", "Asked about services at a charity dinner"],
};

export function buildLead(
  rng: Rng,
  overrides: Partial<LeadRow> & Pick<LeadRow, "ownerId" | "teamId">,
): LeadRow {
  const leadSource = overrides.leadSource ?? rng.weighted(LEAD_SOURCE_WEIGHTS);
  return {
    id: rng.uuid(),
    // Party IDs are the lead's business key; 12 hex digits keep a million of them apart.
    partyId: `PTY-${rng.uuid().slice(-12).toUpperCase()}`,
    partyGroupName: null,
    foreName: rng.pick(FORENAMES),
    surname: rng.pick(SURNAMES),
    leadSource,
    status: "NEW",
    description: rng.pick(INQUIRIES[leadSource]),
    ...overrides,
  };
}

export type CreateLeadInput = Partial<LeadRow> & {
  phones?: string[];
  emails?: string[];
  addresses?: string[];
};

export async function createLead(db: DbClient, input: CreateLeadInput = {}): Promise<Lead> {
  const { phones, emails, addresses, ...overrides } = input;
  const rng = factoryRng();
  const { ownerId, teamId } = await resolveOwnerAndTeam(db, overrides);
  const lead = await db.lead.create({ data: buildLead(rng, { ...overrides, ownerId, teamId }) });
  const mechanisms = buildMechanismsFor(rng, { leadId: lead.id }, { phones, emails, addresses });
  if (mechanisms.length > 0) await db.contactMechanism.createMany({ data: mechanisms });
  return lead;
}
