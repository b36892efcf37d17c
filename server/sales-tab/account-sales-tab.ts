import { z } from "zod";
import { CampaignActivityStatus } from "../generated/prisma/enums.ts";
import { accountScope } from "../access/visibility.ts";
import { ZRecordId } from "../records/record-id.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZAccountSalesTabRequestSchema = z.object({
  accountId: ZRecordId,
  // Seed 001: "By default, the assigned internal campaign activities are showed."
  activityStatus: z.enum(CampaignActivityStatus).default("ASSIGNED"),
});

/** Applications, links, contracts and internal campaign activities of one account. */
export async function accountSalesTab(
  { db, viewer }: ServiceContext,
  input: z.input<typeof ZAccountSalesTabRequestSchema>,
) {
  const req = ZAccountSalesTabRequestSchema.parse(input);
  const account = await db.account.findFirst({
    where: { id: req.accountId, ...accountScope(viewer) },
    select: { teamId: true },
  });
  if (!account) throw notFound("Account");
  const live = { accountId: req.accountId, deletedAt: null };
  const [applications, links, contracts, campaignActivities, assignableUsers] = await Promise.all([
    db.application.findMany({ where: live, orderBy: { createdAt: "desc" } }),
    db.link.findMany({ where: live, orderBy: { title: "asc" } }),
    db.contract.findMany({
      where: live,
      orderBy: { contractNumber: "asc" },
      select: { id: true, contractNumber: true, title: true },
    }),
    db.campaignActivity.findMany({
      where: { ...live, status: req.activityStatus },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      include: { campaign: { select: { id: true, name: true } }, assignedUser: { select: { name: true } } },
    }),
    // Assigned User: the people of the account's team.
    db.user.findMany({
      where: { disabledAt: null, memberships: { some: { teamId: account.teamId } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    applications,
    links,
    contracts,
    campaignActivities,
    assignableUsers,
    activityStatus: req.activityStatus,
  };
}
