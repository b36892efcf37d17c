import type { Db } from "../db/create-client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { SegmentView, SessionView } from "./session-view.ts";
import type { TaskReminderView } from "../tasks/task-reminders.ts";

export type AgentMessage =
  | { type: "session"; data: SessionView }
  | { type: "segment"; data: SegmentView }
  | { type: "taskReminder"; data: TaskReminderView };

export type StoredAgentMessage = AgentMessage & { seq: string };

/** Queues a message for an agent's live stream, in the caller's transaction. */
export async function queueForAgent(
  tx: Prisma.TransactionClient,
  agentId: string,
  message: AgentMessage,
): Promise<void> {
  const sessionId =
    message.type === "session" ? message.data.id : message.type === "segment" ? message.data.sessionId : null;
  await tx.agentNotification.create({
    data: {
      agentId,
      type: message.type,
      sessionId,
      payload: message.data as unknown as Prisma.InputJsonValue,
    },
  });
}

/** The agent's messages after `afterSeq`, oldest first: what a reconnecting stream missed. */
export async function messagesAfter(
  db: Db,
  agentId: string,
  afterSeq: bigint,
  limit = 200,
): Promise<StoredAgentMessage[]> {
  const rows = await db.agentNotification.findMany({
    where: { agentId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take: limit,
  });
  return rows.map((r) => ({ seq: r.seq.toString(), type: r.type, data: r.payload }) as StoredAgentMessage);
}

/** Where a new stream starts: after the newest message already queued for the agent. */
export async function latestSeq(db: Db, agentId: string): Promise<bigint> {
  const row = await db.agentNotification.findFirst({
    where: { agentId },
    orderBy: { seq: "desc" },
    select: { seq: true },
  });
  return row?.seq ?? 0n;
}
