import { z } from "zod";
import type { Db } from "../db/create-client.ts";
import { accountChildScope } from "../access/visibility.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { activeAgreementWhere, startOfUtcDay } from "./agreement-status.ts";
import { AGREEMENT_LABEL } from "./agreement-labels.ts";

// Agreements about to lapse. The list shows what ends in the next 30 days; the job gives the
// account's owner a task 14 days before each End Date, so consent can be renewed before marketing
// on that channel stops.

export const EXPIRY_LIST_DAYS = 30;
export const EXPIRY_REMINDER_DAYS = 14;
const DAY_MS = 86_400_000;

export const ZExpiringAgreementsRequestSchema = z.object({
  days: z.number().int().min(1).max(366).default(EXPIRY_LIST_DAYS),
});

/** Active agreements whose End Date falls within the next `days` days (today included), soonest first. */
export async function listExpiringAgreements(
  { db, viewer }: ServiceContext,
  input: z.input<typeof ZExpiringAgreementsRequestSchema> = {},
  now = new Date(),
) {
  const { days } = ZExpiringAgreementsRequestSchema.parse(input);
  const today = startOfUtcDay(now);
  const rows = await db.agreement.findMany({
    where: {
      AND: [
        accountChildScope(viewer),
        activeAgreementWhere(now),
        { endDate: { gte: today, lte: new Date(today.getTime() + days * DAY_MS) } },
      ],
    },
    orderBy: [{ endDate: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      agreementType: true,
      startDate: true,
      endDate: true,
      account: { select: { id: true, partyGroupName: true, owner: { select: { name: true } } } },
      contract: { select: { contractNumber: true } },
      renewal: { select: { id: true } },
      reminders: { select: { task: { select: { id: true, status: true } } } },
    },
  });
  return rows.map((a) => ({
    ...a,
    daysLeft: Math.round((a.endDate!.getTime() - today.getTime()) / DAY_MS),
    reminderTask: a.reminders[0]?.task ?? null,
  }));
}

/**
 * The scheduled job: for every active agreement ending within 14 days that has no reminder yet, a
 * FOLLOW_UP task to the account's owner. Safe to run anywhere, any number of times at once: the
 * reminder row is inserted first with ON CONFLICT DO NOTHING on the unique (agreementId, kind), so
 * of two app instances racing on one agreement exactly one inserts it and creates the task; the
 * other waits on the index entry, then skips. Returns how many tasks this call created.
 */
export async function createExpiryTasks(db: Db, now = new Date()): Promise<number> {
  const today = startOfUtcDay(now);
  const due = await db.agreement.findMany({
    where: {
      AND: [
        { deletedAt: null, account: { deletedAt: null } },
        activeAgreementWhere(now),
        { endDate: { gte: today, lte: new Date(today.getTime() + EXPIRY_REMINDER_DAYS * DAY_MS) } },
        { reminders: { none: { kind: "EXPIRY_14_DAYS" } } },
      ],
    },
    select: {
      id: true,
      agreementType: true,
      endDate: true,
      account: { select: { id: true, partyGroupName: true, ownerId: true } },
    },
  });
  let created = 0;
  for (const a of due) {
    const made = await db.$transaction(async (tx) => {
      const claimed = await tx.agreementReminder.createMany({
        data: [{ agreementId: a.id, kind: "EXPIRY_14_DAYS" }],
        skipDuplicates: true,
      });
      if (claimed.count !== 1) return false;
      const endDate = a.endDate!.toISOString().slice(0, 10);
      const task = await tx.task.create({
        data: {
          type: "FOLLOW_UP",
          title: `Renew ${AGREEMENT_LABEL[a.agreementType]} agreement: ${a.account.partyGroupName}`,
          description: `The ${AGREEMENT_LABEL[a.agreementType]} agreement ends on ${endDate}. Without a renewal, consent lapses after that day.`,
          assigneeId: a.account.ownerId,
          accountId: a.account.id,
          dueAt: a.endDate,
        },
      });
      await tx.agreementReminder.update({
        where: { agreementId_kind: { agreementId: a.id, kind: "EXPIRY_14_DAYS" } },
        data: { taskId: task.id },
      });
      await recordAudit(tx, {
        actorId: null,
        action: "expiryReminder",
        entityType: "Agreement",
        entityId: a.id,
        after: { taskId: task.id, assigneeId: a.account.ownerId, endDate },
      });
      return true;
    });
    if (made) created++;
  }
  return created;
}
