import { accountScope, contactScope, leadScope } from "../access/visibility.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound } from "../errors.ts";
import { mutate, type Tx } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import { DEFAULT_PROBABILITY, defaultForecastCategory } from "../opportunities/stage-defaults.ts";
import { recordStageChange } from "../opportunities/record-stage-change.ts";
import type { ConvertLeadRequest } from "./convert-lead-input.ts";

export type ConversionResult = {
  leadId: string;
  accountId: string;
  contactId: string;
  opportunityId: string;
  /** False when the lead was already converted: nothing was created or changed. */
  converted: boolean;
  created: { account: boolean; contact: boolean };
};

/** Thrown inside the transaction when another request converted the lead first. */
class AlreadyConverted extends Error {}

const DAY = 86_400_000;

function resultOf(lead: {
  id: string;
  convertedAccountId: string | null;
  convertedContactId: string | null;
  convertedOpportunityId: string | null;
}): ConversionResult {
  return {
    leadId: lead.id,
    accountId: lead.convertedAccountId!,
    contactId: lead.convertedContactId!,
    opportunityId: lead.convertedOpportunityId!,
    converted: false,
    created: { account: false, contact: false },
  };
}

/**
 * Lead conversion, in one transaction: links the chosen account, else the visible account with
 * the lead's Party Group Name, else creates one; the same for the contact (same name at that
 * account, else new, with the lead's phones and emails); creates the opportunity carrying Lead,
 * Lead Source and Marketing Campaign; marks the lead CONVERTED with links both ways.
 *
 * Idempotent: a converted lead answers with the records it became and changes nothing, also when
 * two conversions race (the lead row is claimed with a conditional update; the loser re-reads).
 */
export async function convertLead(
  ctx: ServiceContext,
  req: ConvertLeadRequest,
  now = new Date(),
): Promise<ConversionResult> {
  const { db, viewer } = ctx;
  const existing = await db.lead.findFirst({ where: { id: req.id, ...leadScope(viewer) } });
  if (!existing) throw notFound("Lead");
  if (existing.status === "CONVERTED" && existing.convertedOpportunityId) return resultOf(existing);
  try {
    return await mutate(ctx, {
      action: "convert",
      entityType: "Lead",
      run: async (tx) => {
        const lead = await tx.lead.findFirst({
          where: { id: req.id, ...leadScope(viewer) },
          include: { contactMechanisms: true },
        });
        if (!lead) throw notFound("Lead");
        // Claim the lead first: of two racing conversions exactly one gets count 1.
        const claim = await tx.lead.updateMany({
          where: { id: lead.id, convertedOpportunityId: null },
          data: { convertedAt: now },
        });
        if (claim.count === 0) throw new AlreadyConverted();

        const account = await resolveAccount(tx, ctx, lead, req.accountId);
        const contact = await resolveContact(tx, ctx, lead, account.id);
        const opportunity = await tx.opportunity.create({
          data: {
            name: `${account.partyGroupName} - ${req.opportunityName}`,
            accountId: account.id,
            contactId: contact.id,
            stage: "PROSPECTING",
            probability: DEFAULT_PROBABILITY.PROSPECTING,
            forecastCategory: defaultForecastCategory("PROSPECTING"),
            estimatedAmount: req.estimatedAmount,
            currency: req.currency,
            closeDate:
              req.closeDate ??
              new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + 90 * DAY),
            leadId: lead.id,
            leadSource: lead.leadSource,
            campaignId: lead.campaignId,
            description: lead.description,
            ownerId: lead.ownerId,
            teamId: lead.teamId,
          },
        });
        await recordStageChange(tx, {
          opportunityId: opportunity.id,
          fromStage: null,
          toStage: "PROSPECTING",
          probability: opportunity.probability,
          amount: opportunity.estimatedAmount,
          changedById: viewer.id,
        });
        await audit(tx, ctx, "Opportunity", opportunity.id, opportunity);

        const after = await tx.lead.update({
          where: { id: lead.id },
          data: {
            status: "CONVERTED",
            convertedAccountId: account.id,
            convertedContactId: contact.id,
            convertedOpportunityId: opportunity.id,
            version: { increment: 1 },
          },
        });
        const result: ConversionResult = {
          ...resultOf(after),
          converted: true,
          created: { account: account.created, contact: contact.created },
        };
        const { contactMechanisms: _m, ...before } = lead;
        return { result, entityId: lead.id, before, after };
      },
    });
  } catch (e) {
    if (!(e instanceof AlreadyConverted)) throw e;
    return resultOf(await db.lead.findUniqueOrThrow({ where: { id: req.id } }));
  }
}

type LeadWithMechanisms = NonNullable<Awaited<ReturnType<Tx["lead"]["findFirst"]>>> & {
  contactMechanisms: {
    type: "PHONE" | "EMAIL" | "ADDRESS";
    value: string;
    e164: string | null;
    emailLower: string | null;
    purpose: string | null;
    isPrimary: boolean;
  }[];
};

async function audit(tx: Tx, ctx: ServiceContext, entityType: string, entityId: string, after: unknown) {
  await recordAudit(tx, {
    actorId: ctx.viewer.id,
    action: "create",
    entityType,
    entityId,
    after,
    requestId: ctx.requestId ?? null,
  });
}

async function resolveAccount(
  tx: Tx,
  ctx: ServiceContext,
  lead: LeadWithMechanisms,
  chosenId: string | null,
) {
  const scope = accountScope(ctx.viewer);
  if (chosenId) {
    const chosen = await tx.account.findFirst({
      where: { id: chosenId, ...scope },
      select: { id: true, partyGroupName: true },
    });
    if (!chosen) throw notFound("Account");
    return { ...chosen, created: false };
  }
  const name = lead.partyGroupName?.trim();
  if (name) {
    const match = await tx.account.findFirst({
      where: { ...scope, partyGroupName: { equals: name, mode: "insensitive" } },
      orderBy: { createdAt: "asc" },
      select: { id: true, partyGroupName: true },
    });
    if (match) return { ...match, created: false };
  }
  // No company on the lead: the person is the customer, an individual account in their name.
  const account = await tx.account.create({
    data: {
      partyGroupName: name || `${lead.foreName} ${lead.surname}`,
      accountType: name ? "ORGANISATION" : "INDIVIDUAL",
      ownerId: lead.ownerId,
      teamId: lead.teamId,
      contactMechanisms: {
        create: lead.contactMechanisms.filter((m) => m.type === "ADDRESS").map(copyMechanism),
      },
    },
    select: { id: true, partyGroupName: true },
  });
  await audit(tx, ctx, "Account", account.id, account);
  return { ...account, created: true };
}

async function resolveContact(tx: Tx, ctx: ServiceContext, lead: LeadWithMechanisms, accountId: string) {
  const match = await tx.contact.findFirst({
    where: {
      ...contactScope(ctx.viewer),
      accountId,
      foreName: { equals: lead.foreName, mode: "insensitive" },
      surname: { equals: lead.surname, mode: "insensitive" },
    },
    select: { id: true },
  });
  if (match) return { id: match.id, created: false };
  const contact = await tx.contact.create({
    data: {
      accountId,
      foreName: lead.foreName,
      surname: lead.surname,
      ownerId: lead.ownerId,
      teamId: lead.teamId,
      contactMechanisms: {
        create: lead.contactMechanisms.filter((m) => m.type !== "ADDRESS").map(copyMechanism),
      },
    },
    select: { id: true },
  });
  await audit(tx, ctx, "Contact", contact.id, contact);
  return { id: contact.id, created: true };
}

function copyMechanism(m: LeadWithMechanisms["contactMechanisms"][number]) {
  return {
    type: m.type,
    value: m.value,
    e164: m.e164,
    emailLower: m.emailLower,
    purpose: m.purpose,
    isPrimary: m.isPrimary,
  };
}
