import { accountScope, campaignScope, leadScope, opportunityScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { supervises } from "./assignable-users.ts";

export async function getCampaign({ db, viewer }: ServiceContext, id: string) {
  const campaign = await db.campaign.findFirst({
    where: { id, ...campaignScope(viewer) },
    include: {
      owner: { select: { id: true, name: true } },
      team: { select: { id: true, name: true } },
      contactLists: {
        select: { id: true, name: true, _count: { select: { members: true } } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      },
      // Activities on accounts the viewer cannot see stay out, like everywhere else.
      activities: {
        where: { deletedAt: null, account: accountScope(viewer) },
        orderBy: [{ dueDate: "asc" }, { id: "asc" }],
        take: 200,
        select: {
          id: true,
          name: true,
          activityType: true,
          status: true,
          dueDate: true,
          version: true,
          accountId: true,
          assignedUserId: true,
          account: { select: { id: true, partyGroupName: true, teamId: true } },
          assignedUser: { select: { name: true } },
        },
      },
      _count: {
        select: { leads: { where: leadScope(viewer) }, opportunities: { where: opportunityScope(viewer) } },
      },
    },
  });
  if (!campaign) throw notFound("Campaign");
  // What the page may offer on each row; move-activity.ts decides again on every call.
  const activities = campaign.activities.map((a) => {
    const own = a.assignedUserId === viewer.id;
    const directs = supervises(viewer, a.account.teamId);
    return { ...a, can: { work: own || directs, assign: directs || own || a.assignedUserId === null } };
  });
  return { ...campaign, activities };
}
