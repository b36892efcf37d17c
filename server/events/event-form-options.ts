import { z } from "zod";
import { accountScope, contactScope, opportunityScope } from "../access/visibility.ts";
import { ZRecordId } from "../records/record-id.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZEventFormOptionsRequestSchema = z.object({
  accountId: ZRecordId.optional(),
  opportunityId: ZRecordId.optional(),
});

/**
 * What the event form shows for the record it was opened from (?accountId= or ?opportunityId=):
 * its name, and the account's contacts to pick attendees from. Hidden ids read as missing.
 */
export async function eventFormOptions(
  { db, viewer }: ServiceContext,
  input: z.output<typeof ZEventFormOptionsRequestSchema>,
) {
  const opportunity = input.opportunityId
    ? await db.opportunity.findFirst({
        where: { id: input.opportunityId, ...opportunityScope(viewer) },
        select: { id: true, name: true, accountId: true },
      })
    : null;
  if (input.opportunityId && !opportunity) throw notFound("Opportunity");
  const accountId = opportunity?.accountId ?? input.accountId;
  const [account, contacts] = accountId
    ? await Promise.all([
        db.account.findFirst({
          where: { id: accountId, ...accountScope(viewer) },
          select: { id: true, partyGroupName: true },
        }),
        db.contact.findMany({
          where: { accountId, ...contactScope(viewer) },
          select: { id: true, foreName: true, surname: true },
          orderBy: [{ surname: "asc" }, { foreName: "asc" }],
          take: 100,
        }),
      ])
    : [null, []];
  if (accountId && !account) throw notFound("Account");
  return {
    account,
    opportunity: opportunity ? { id: opportunity.id, name: opportunity.name } : null,
    contacts,
  };
}
