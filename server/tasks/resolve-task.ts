import { z } from "zod";
import { zText } from "../records/text.ts";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { ZRecordId } from "../lists/id-input.ts";
import { isAdmin } from "../access/viewer.ts";
import { assertVersion, mutate, type Tx } from "../records/mutate.ts";
import { convert } from "../forecasts/fx-to-eur.ts";

export const ZResolveTaskRequestSchema = z.object({ id: ZRecordId, version: z.number().int().min(1) });
export const ZRejectDealRequestSchema = ZResolveTaskRequestSchema.extend({ reason: zText({ multiline: true }).min(1, "Say why the deal is rejected").max(500) });

/** The task, if it is the viewer's (an admin may act on any); anything else is NOT_FOUND. */
async function ownTask(ctx: ServiceContext, tx: Tx, id: string, version: number) {
  const task = await tx.task.findFirst({ where: isAdmin(ctx.viewer) ? { id } : { id, assigneeId: ctx.viewer.id }, include: { deal: { include: { account: { select: { creditCurrency: true } } } } } });
  if (!task) throw notFound("Task");
  assertVersion(task, version, "Task");
  if (task.status !== "OPEN") throw new AppError(AppErrorCode.CONFLICT, "This task is already closed.");
  return task;
}

const close = (tx: Tx, id: string, status: "DONE" | "CANCELED") => tx.task.update({ where: { id }, data: { status, completedAt: new Date(), version: { increment: 1 } } });

async function decideDeal(ctx: ServiceContext, input: { id: string; version: number; reason?: string }, approve: boolean) {
  return mutate(ctx, {
    action: approve ? "approveDeal" : "rejectDeal",
    entityType: "Task",
    run: async (tx) => {
      const task = await ownTask(ctx, tx, input.id, input.version);
      const deal = task.deal;
      if (task.type !== "APPROVAL" || !deal) throw new AppError(AppErrorCode.BAD_REQUEST, "This task is not a deal approval.");
      if (deal.status !== "PENDING_APPROVAL") throw new AppError(AppErrorCode.CONFLICT, "This deal is no longer waiting for approval.");
      await tx.deal.update({ where: { id: deal.id }, data: { status: approve ? "BOOKED" : "REJECTED", approvedById: ctx.viewer.id, version: { increment: 1 } } });
      // Approved, the deal now uses the credit it was waiting for.
      if (approve) {
        const amount = convert(Number(deal.notional), deal.currency, deal.account.creditCurrency);
        await tx.account.update({ where: { id: deal.accountId }, data: { creditExposure: { increment: amount } } });
      }
      await close(tx, task.id, "DONE");
      return { result: { dealId: deal.id, status: approve ? "BOOKED" : "REJECTED" }, entityId: task.id, after: { dealId: deal.id, approved: approve, reason: input.reason ?? null } };
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
      const task = await ownTask(ctx, tx, id, version);
      if (task.type === "APPROVAL") throw new AppError(AppErrorCode.BAD_REQUEST, "Approve or reject the deal instead.");
      await close(tx, id, "DONE");
      return { result: { id }, entityId: id, after: { status: "DONE" } };
    },
  });
}
