import { z } from "zod";
import { zText } from "../records/text.ts";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import { isAdmin } from "../access/viewer.ts";
import { assertVersion, mutate, type Tx } from "../records/mutate.ts";
import { convert } from "../forecasts/fx-to-eur.ts";

export const ZResolveTaskRequestSchema = z.object({ id: ZRecordId, version: z.number().int().min(1) });
export const ZRejectDealRequestSchema = ZResolveTaskRequestSchema.extend({
  reason: zText({ multiline: true }).min(1, "Say why the deal is rejected").max(500),
});

const closedTask = () => new AppError(AppErrorCode.CONFLICT, "This task is already closed.");
const decidedDeal = (status: string) =>
  new AppError(
    AppErrorCode.CONFLICT,
    `This deal was already ${status === "REJECTED" ? "rejected" : "approved"}.`,
  );

/** The task, if it is the viewer's (an admin may act on any); anything else is NOT_FOUND. */
async function ownTask(ctx: ServiceContext, tx: Tx, id: string) {
  const task = await tx.task.findFirst({
    where: isAdmin(ctx.viewer) ? { id } : { id, assigneeId: ctx.viewer.id },
    include: { deal: { include: { account: { select: { creditCurrency: true } } } } },
  });
  if (!task) throw notFound("Task");
  return task;
}

/**
 * Closes the task only if it is still open at the version the caller saw. The check and the write
 * are one statement: of requests racing on one task, exactly one gets a row (the others wait for
 * its lock, then find it closed), so whatever follows in the transaction runs once.
 */
async function claim(tx: Tx, id: string, version: number, status: "DONE" | "CANCELED"): Promise<boolean> {
  const { count } = await tx.task.updateMany({
    where: { id, version, status: "OPEN" },
    data: { status, completedAt: new Date(), version: { increment: 1 } },
  });
  return count === 1;
}

async function decideDeal(
  ctx: ServiceContext,
  input: { id: string; version: number; reason?: string },
  approve: boolean,
) {
  return mutate(ctx, {
    action: approve ? "approveDeal" : "rejectDeal",
    entityType: "Task",
    run: async (tx) => {
      const task = await ownTask(ctx, tx, input.id);
      const deal = task.deal;
      if (task.type !== "APPROVAL" || !deal)
        throw new AppError(AppErrorCode.BAD_REQUEST, "This task is not a deal approval.");
      // A decided deal says how it was decided, rather than that the version moved on.
      if (deal.status !== "PENDING_APPROVAL") throw decidedDeal(deal.status);
      if (task.status !== "OPEN") throw closedTask();
      assertVersion(task, input.version, "Task");
      if (!(await claim(tx, task.id, input.version, "DONE"))) {
        // Someone decided it since it was read: their decision is committed by now.
        const now = await tx.deal.findUniqueOrThrow({ where: { id: deal.id }, select: { status: true } });
        throw now.status === "PENDING_APPROVAL" ? closedTask() : decidedDeal(now.status);
      }
      // The deal moves on only from PENDING_APPROVAL, whatever else touched it.
      const moved = await tx.deal.updateMany({
        where: { id: deal.id, status: "PENDING_APPROVAL" },
        data: {
          status: approve ? "BOOKED" : "REJECTED",
          approvedById: ctx.viewer.id,
          version: { increment: 1 },
        },
      });
      if (moved.count !== 1)
        throw decidedDeal(
          (await tx.deal.findUniqueOrThrow({ where: { id: deal.id }, select: { status: true } })).status,
        );
      // Approved, the deal now uses the credit it was waiting for: once, by the request that won.
      if (approve) {
        const amount = convert(Number(deal.notional), deal.currency, deal.account.creditCurrency);
        await tx.account.update({
          where: { id: deal.accountId },
          data: { creditExposure: { increment: amount } },
        });
      }
      return {
        result: { dealId: deal.id, status: approve ? "BOOKED" : "REJECTED" },
        entityId: task.id,
        after: { dealId: deal.id, approved: approve, reason: input.reason ?? null },
      };
    },
  });
}

export function approveDeal(ctx: ServiceContext, input: z.input<typeof ZResolveTaskRequestSchema>) {
  return decideDeal(ctx, ZResolveTaskRequestSchema.parse(input), true);
}

export function rejectDeal(ctx: ServiceContext, input: z.input<typeof ZRejectDealRequestSchema>) {
  return decideDeal(ctx, ZRejectDealRequestSchema.parse(input), false);
}

export async function completeTask(ctx: ServiceContext, input: z.input<typeof ZResolveTaskRequestSchema>) {
  const { id, version } = ZResolveTaskRequestSchema.parse(input);
  return mutate(ctx, {
    action: "complete",
    entityType: "Task",
    run: async (tx) => {
      const task = await ownTask(ctx, tx, id);
      if (task.type === "APPROVAL")
        throw new AppError(AppErrorCode.BAD_REQUEST, "Approve or reject the deal instead.");
      if (task.status !== "OPEN") throw closedTask();
      assertVersion(task, version, "Task");
      if (!(await claim(tx, id, version, "DONE"))) throw closedTask();
      return { result: { id }, entityId: id, after: { status: "DONE" } };
    },
  });
}
