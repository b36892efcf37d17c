import { z } from "zod";
import type { ServiceContext } from "../service-context.ts";

export const ZMyTasksRequestSchema = z.object({
  status: z.enum(["OPEN", "DONE", "CANCELED"]).default("OPEN"),
  limit: z.number().int().min(1).max(200).default(50),
});

/** The viewer's tasks: call-backs, approvals waiting on them, follow-ups; soonest due first. */
export async function myTasks(ctx: ServiceContext, input: z.input<typeof ZMyTasksRequestSchema>) {
  const { status, limit } = ZMyTasksRequestSchema.parse(input);
  return ctx.db.task.findMany({
    where: { assigneeId: ctx.viewer.id, status },
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
      account: { select: { id: true, partyGroupName: true } },
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
      createdBy: { select: { name: true } },
    },
  });
}
