import { z } from "zod";
import type { ServiceContext } from "../service-context.ts";
import { zDate } from "../records/dates.ts";

export const ZMyTasksRequestSchema = z.object({
  status: z.enum(["OPEN", "DONE", "CANCELED"]).default("OPEN"),
  type: z.enum(["CALL_BACK", "APPROVAL", "ALERT", "FOLLOW_UP", "EMAIL"]).optional(),
  /** Only tasks due before this instant (those without a due time are left out). */
  dueBefore: zDate().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

/** Where a task's record opens, and its name. */
function linkOf(t: {
  contact: { id: string; foreName: string; surname: string } | null;
  lead: { id: string; foreName: string; surname: string } | null;
  opportunity: { id: string; name: string } | null;
  account: { id: string; partyGroupName: string } | null;
}) {
  if (t.opportunity) return { href: `/opportunities/${t.opportunity.id}`, label: t.opportunity.name };
  if (t.contact)
    return { href: `/contacts/${t.contact.id}`, label: `${t.contact.foreName} ${t.contact.surname}` };
  if (t.lead) return { href: `/leads/${t.lead.id}`, label: `${t.lead.foreName} ${t.lead.surname}` };
  if (t.account) return { href: `/accounts/${t.account.id}`, label: t.account.partyGroupName };
  return null;
}

/**
 * The viewer's tasks: call-backs, approvals waiting on them, follow-ups and alerts; soonest due
 * first. /tasks and the rep dashboard's "My call-backs" both read this, so they cannot disagree.
 */
export async function myTasks(
  ctx: ServiceContext,
  input: z.input<typeof ZMyTasksRequestSchema>,
  now = new Date(),
) {
  const { status, type, dueBefore, limit } = ZMyTasksRequestSchema.parse(input);
  const rows = await ctx.db.task.findMany({
    where: {
      assigneeId: ctx.viewer.id,
      status,
      ...(type ? { type } : {}),
      ...(dueBefore ? { dueAt: { lt: dueBefore } } : {}),
    },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      type: true,
      title: true,
      description: true,
      status: true,
      dueAt: true,
      version: true,
      assigneeId: true,
      account: { select: { id: true, partyGroupName: true } },
      contact: { select: { id: true, foreName: true, surname: true } },
      lead: { select: { id: true, foreName: true, surname: true } },
      opportunity: { select: { id: true, name: true } },
      deal: {
        select: {
          id: true,
          status: true,
          instrument: true,
          side: true,
          notional: true,
          currency: true,
          price: true,
        },
      },
      createdBy: { select: { id: true, name: true } },
    },
  });
  return rows.map((t) => ({
    ...t,
    link: linkOf(t),
    overdue: status === "OPEN" && t.dueAt !== null && t.dueAt < now,
  }));
}
