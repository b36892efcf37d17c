import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../service-context.ts";
import { notFound } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import { isAdmin, type Viewer } from "../access/viewer.ts";
import { latestSeq } from "./agent-notifications.ts";
import { screenPop } from "./screen-pop.ts";
import { sessionViewSelect, toSessionView, type SegmentView, type SessionView } from "./session-view.ts";

export const ZSessionIdRequestSchema = z.object({ sessionId: ZRecordId });

// The panel keeps a session until its report is saved, or for a working day if it never is.
const LIVE_FOR_MS = 12 * 3600_000;

/** A session the viewer handles; an admin may look at anyone's. Anything else is NOT_FOUND. */
export function ownSessionWhere(viewer: Viewer, sessionId: string): Prisma.CommSessionWhereInput {
  return isAdmin(viewer) ? { id: sessionId } : { id: sessionId, agentId: viewer.id };
}

export async function loadOwnSession(
  ctx: Pick<ServiceContext, "db" | "viewer">,
  sessionId: string,
  db: Prisma.TransactionClient = ctx.db,
) {
  const session = await db.commSession.findFirst({ where: ownSessionWhere(ctx.viewer, sessionId) });
  if (!session) throw notFound("Call");
  return session;
}

/**
 * The viewer's session, its row locked until the transaction ends. An agent's change reads the
 * state and then writes an event derived from it; holding the row (as a provider's event does, in
 * apply-event) makes changes to one call take turns, so each sees the one before it: of answers
 * pressed together one answers and the rest find the call answered.
 */
export async function lockOwnSession(
  ctx: Pick<ServiceContext, "db" | "viewer">,
  sessionId: string,
  tx: Prisma.TransactionClient,
) {
  // Ownership first: a call the viewer cannot see is NOT_FOUND without waiting on its lock.
  await loadOwnSession(ctx, sessionId, tx);
  await tx.$queryRaw`SELECT 1 FROM "CommSession" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
  // Read again under the lock: this statement sees whatever the previous holder committed.
  return loadOwnSession(ctx, sessionId, tx);
}

async function withPop(
  ctx: ServiceContext,
  row: Prisma.CommSessionGetPayload<{ select: typeof sessionViewSelect }>,
): Promise<SessionView> {
  // A caller not yet tied to a record: recompute the chooser so a reloaded page still offers it.
  const needsChoice =
    row.direction === "INBOUND" && !row.account && !row.contact && !row.lead && row.agentId === ctx.viewer.id;
  return toSessionView(
    row,
    needsChoice ? await screenPop(ctx.db, ctx.viewer, row.fromE164, row.id) : undefined,
  );
}

/**
 * What the panel shows on load: the agent's calls and chats not yet reported, newest first, and
 * the stream position to resume from so nothing between the two is missed.
 */
export async function activeSessions(ctx: ServiceContext) {
  const cursor = await latestSeq(ctx.db, ctx.viewer.id);
  const rows = await ctx.db.commSession.findMany({
    where: {
      agentId: ctx.viewer.id,
      state: { not: "REPORTED" },
      createdAt: { gt: new Date(Date.now() - LIVE_FOR_MS) },
    },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: sessionViewSelect,
  });
  return { cursor: cursor.toString(), sessions: await Promise.all(rows.map((r) => withPop(ctx, r))) };
}

/** One session with its transcript or chat messages. */
export async function sessionDetail(ctx: ServiceContext, input: z.input<typeof ZSessionIdRequestSchema>) {
  const { sessionId } = ZSessionIdRequestSchema.parse(input);
  const row = await ctx.db.commSession.findFirst({
    where: ownSessionWhere(ctx.viewer, sessionId),
    select: { ...sessionViewSelect, transcript: { orderBy: { seq: "asc" } } },
  });
  if (!row) throw notFound("Call");
  const transcript: SegmentView[] = row.transcript.map((s) => ({
    sessionId: s.sessionId,
    seq: s.seq,
    speaker: s.speaker,
    text: s.text,
    occurredAt: s.occurredAt.toISOString(),
  }));
  return { session: await withPop(ctx, row), transcript };
}
