import { z } from "zod";
import type { ServiceContext } from "../service-context.ts";
import { zText } from "../records/text.ts";
import { zDate } from "../records/dates.ts";
import { ZRecordId } from "../records/record-id.ts";
import { mutate, type Tx } from "../records/mutate.ts";
import { assertAssignable } from "./assignees.ts";
import { resolveTaskLink, ZTaskLinkSchema, type ResolvedLink } from "./task-links.ts";

/** The kinds a person creates; approvals come only from deals over their credit limit. */
export const CREATABLE_TASK_TYPES = ["CALL_BACK", "FOLLOW_UP", "ALERT"] as const;

export const ZTaskTitle = zText().min(1, "Say what the task is about").max(200, "200 characters at most");

export const ZCreateTaskRequestSchema = z.object({
  type: z.enum(CREATABLE_TASK_TYPES, { message: "Choose call back, follow up or alert" }),
  title: ZTaskTitle,
  description: zText({ multiline: true }).max(2000, "2,000 characters at most").optional(),
  dueAt: zDate("Choose when it is due"),
  /** Someone else in the viewer's reach (assignees.ts); the viewer when left out. */
  assigneeId: ZRecordId.optional(),
  link: ZTaskLinkSchema.optional(),
});
export type CreateTaskRequest = z.input<typeof ZCreateTaskRequestSchema>;

export type NewTask = {
  type: (typeof CREATABLE_TASK_TYPES)[number];
  title: string;
  description?: string | null;
  dueAt: Date;
  assigneeId: string;
  createdById: string;
  columns?: Partial<ResolvedLink["columns"]>;
};

/**
 * The one place a task is written, inside the caller's transaction: the task form and the call
 * report's promised call-back both come here, so both land in /tasks and get their reminder.
 */
export function insertTask(tx: Tx, task: NewTask) {
  return tx.task.create({
    data: {
      type: task.type,
      title: task.title,
      description: task.description || null,
      dueAt: task.dueAt,
      assigneeId: task.assigneeId,
      createdById: task.createdById,
      ...task.columns,
    },
    select: { id: true, version: true, assigneeId: true, dueAt: true },
  });
}

/** A task for the viewer or a colleague they may assign to, optionally about one record. */
export async function createTask(ctx: ServiceContext, input: CreateTaskRequest) {
  const req = ZCreateTaskRequestSchema.parse(input);
  const assigneeId = req.assigneeId ?? ctx.viewer.id;
  return mutate(ctx, {
    action: "create",
    entityType: "Task",
    run: async (tx) => {
      if (assigneeId !== ctx.viewer.id) await assertAssignable(tx, ctx.viewer, assigneeId);
      const link = req.link ? await resolveTaskLink(tx, ctx.viewer, req.link) : null;
      const task = await insertTask(tx, {
        type: req.type,
        title: req.title,
        description: req.description,
        dueAt: req.dueAt,
        assigneeId,
        createdById: ctx.viewer.id,
        columns: link?.columns,
      });
      return {
        result: task,
        entityId: task.id,
        after: { ...req, assigneeId, dueAt: req.dueAt.toISOString() },
      };
    },
  });
}
