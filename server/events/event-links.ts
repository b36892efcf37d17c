import { accountScope, contactScope, opportunityScope } from "../access/visibility.ts";
import type { Viewer } from "../access/viewer.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import type { Tx } from "../records/mutate.ts";

/**
 * Checks the account, opportunity and attendee ids a form sends against the viewer's scope and
 * works out the event's account and team: an opportunity brings its account; the event belongs to
 * the team of what it serves, else to the viewer's own team.
 */
export async function resolveEventLinks(
  tx: Tx,
  viewer: Viewer,
  ids: { accountId: string | null; opportunityId: string | null; attendeeContactIds: string[] },
) {
  const [account, opportunity, contacts] = await Promise.all([
    ids.accountId
      ? tx.account.findFirst({
          where: { id: ids.accountId, ...accountScope(viewer) },
          select: { id: true, teamId: true },
        })
      : null,
    ids.opportunityId
      ? tx.opportunity.findFirst({
          where: { id: ids.opportunityId, ...opportunityScope(viewer) },
          select: { id: true, accountId: true, teamId: true },
        })
      : null,
    ids.attendeeContactIds.length
      ? tx.contact.count({ where: { id: { in: ids.attendeeContactIds }, ...contactScope(viewer) } })
      : 0,
  ]);
  if (ids.accountId && !account) throw notFound("Account");
  if (ids.opportunityId && !opportunity) throw notFound("Opportunity");
  if (contacts !== new Set(ids.attendeeContactIds).size) throw notFound("Contact");
  if (account && opportunity && opportunity.accountId !== account.id) {
    throw new AppError(AppErrorCode.BAD_REQUEST, "The opportunity belongs to another account.");
  }
  const teamId = opportunity?.teamId ?? account?.teamId ?? viewer.teamIds[0] ?? viewer.managedTeamIds[0];
  if (!teamId)
    throw new AppError(
      AppErrorCode.BAD_REQUEST,
      "Choose an account: you are not in a team an event could belong to.",
    );
  return {
    accountId: opportunity?.accountId ?? account?.id ?? null,
    opportunityId: opportunity?.id ?? null,
    teamId,
  };
}
