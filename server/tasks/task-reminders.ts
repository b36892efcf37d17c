import type { Db } from "../db/create-client.ts";
import { logger } from "../logger.ts";
import type { AgentBus } from "../telephony/agent-bus.ts";
import { queueForAgent } from "../telephony/agent-notifications.ts";

/** What the assignee's browser gets on its live stream when a task falls due. */
export type TaskReminderView = {
  taskId: string;
  type: string;
  title: string;
  dueAt: string;
  link: { href: string; label: string } | null;
};

const BATCH = 200;

/**
 * Queues the reminder of every open task that has fallen due and was not reminded yet. Each
 * reminder is claimed by a conditional update (`reminderSentAt IS NULL`) in the transaction that
 * queues it: of sweeps racing on one task, in one process or on several app instances, exactly
 * one gets the row, so the reminder is queued once. Returns how many it queued.
 */
export async function sweepDueReminders(db: Db, bus: AgentBus, now = new Date()): Promise<number> {
  const due = await db.task.findMany({
    where: { status: "OPEN", reminderSentAt: null, dueAt: { lte: now } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: BATCH,
    select: {
      id: true,
      type: true,
      title: true,
      dueAt: true,
      assigneeId: true,
      account: { select: { id: true, partyGroupName: true } },
      contact: { select: { id: true, foreName: true, surname: true } },
      lead: { select: { id: true, foreName: true, surname: true } },
      opportunity: { select: { id: true, name: true } },
    },
  });
  const woken: string[] = [];
  for (const t of due) {
    const queued = await db.$transaction(async (tx) => {
      // Not the version: a reminder is the system's note, and must not make the assignee's
      // "Done" on the task they just opened a conflict.
      const { count } = await tx.task.updateMany({
        where: { id: t.id, status: "OPEN", reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (count !== 1) return false;
      await queueForAgent(tx, t.assigneeId, {
        type: "taskReminder",
        data: {
          taskId: t.id,
          type: t.type,
          title: t.title,
          dueAt: t.dueAt!.toISOString(),
          link: t.opportunity
            ? { href: `/opportunities/${t.opportunity.id}`, label: t.opportunity.name }
            : t.contact
              ? { href: `/contacts/${t.contact.id}`, label: `${t.contact.foreName} ${t.contact.surname}` }
              : t.lead
                ? { href: `/leads/${t.lead.id}`, label: `${t.lead.foreName} ${t.lead.surname}` }
                : t.account
                  ? { href: `/accounts/${t.account.id}`, label: t.account.partyGroupName }
                  : null,
        },
      });
      return true;
    });
    if (queued) woken.push(t.assigneeId);
  }
  if (woken.length) await bus.publish(woken);
  return woken.length;
}

const DEFAULT_INTERVAL_MS = 5_000;

function intervalMs(): number {
  const n = Number(process.env.DEALFLOOR_REMINDER_SWEEP_MS);
  return Number.isInteger(n) && n >= 500 ? n : DEFAULT_INTERVAL_MS;
}

const globalForSweeps = globalThis as unknown as { dealfloorReminderSweeps?: () => void };

/**
 * Runs the sweep on a timer in this process, once per process however often it is asked. Every
 * app instance may run it: the database, not the timer, makes each reminder go out once.
 */
export function ensureReminderSweeps(db: Db, bus: AgentBus): void {
  if (globalForSweeps.dealfloorReminderSweeps) return;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow sweep is not overlapped by the next tick
    running = true;
    try {
      await sweepDueReminders(db, bus);
    } catch (err) {
      logger.error({ err }, "task reminder sweep failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs());
  timer.unref?.();
  globalForSweeps.dealfloorReminderSweeps = () => clearInterval(timer);
  void tick();
}
