import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { interactionScope } from "../access/visibility.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { encodeCursor, ZPageRequestSchema } from "../lists/keyset.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZLatestCommunicationsRequestSchema = ZPageRequestSchema;

const interactionSelect = {
  id: true,
  name: true,
  channel: true,
  direction: true,
  type: true,
  status: true,
  activityDate: true,
  resultType: true,
  subject: true,
  account: { select: { id: true, partyGroupName: true } },
  contact: { select: { id: true, foreName: true, surname: true } },
} satisfies Prisma.InteractionSelect;

const sessionSelect = {
  id: true,
  channel: true,
  direction: true,
  fromAddress: true,
  state: true,
  createdAt: true,
  account: { select: { id: true, partyGroupName: true } },
  contact: { select: { id: true, foreName: true, surname: true } },
} satisfies Prisma.CommSessionSelect;

type Customer = {
  account: { id: string; partyGroupName: string } | null;
  contact: { id: string; foreName: string; surname: string } | null;
};
export type LatestCommunication = Customer & {
  kind: "INTERACTION" | "UNREPORTED_SESSION";
  id: string;
  /** PHONE, CHAT, EMAIL… for interactions; CALL or CHAT for a session. */
  channel: string;
  direction: string | null;
  title: string;
  resultType: string | null;
  at: Date;
  /** A call or chat the user took whose report is not saved yet. */
  reportPending: boolean;
  sessionState: string | null;
  fromAddress: string | null;
};

function decode(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(at);
    if (typeof id !== "string" || Number.isNaN(date.getTime())) throw new Error("shape");
    return { at: date, id };
  } catch {
    throw new AppError(AppErrorCode.BAD_REQUEST, "Invalid page cursor");
  }
}

// Rows older than the cursor's (at, id), newest first: the two sources page the same way.
const before = (field: string, c: { at: Date; id: string } | null) =>
  c ? { OR: [{ [field]: { lt: c.at } }, { [field]: c.at, id: { lt: c.id } }] } : {};

/**
 * Seed 003's Latest Communications: what the signed-in user handled, newest first. That is the
 * interactions assigned to them and, beside those, the calls and chats they answered whose report
 * is not saved yet (so a call just hung up is there to find, not only once it is written up).
 */
export async function latestCommunications(
  { db, viewer }: ServiceContext,
  input: z.input<typeof ZLatestCommunicationsRequestSchema>,
): Promise<{ items: LatestCommunication[]; nextCursor: string | null }> {
  const req = ZLatestCommunicationsRequestSchema.parse(input);
  const cursor = req.cursor ? decode(req.cursor) : null;
  const take = req.limit + 1;
  const [interactions, sessions] = await Promise.all([
    db.interaction.findMany({
      where: {
        AND: [
          interactionScope(viewer),
          { assignedUserId: viewer.id, activityDate: { not: null } },
          before("activityDate", cursor),
        ],
      },
      orderBy: [{ activityDate: "desc" }, { id: "desc" }],
      take,
      select: interactionSelect,
    }),
    db.commSession.findMany({
      where: {
        AND: [
          { agentId: viewer.id, answeredAt: { not: null }, report: { is: null } },
          before("createdAt", cursor),
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: sessionSelect,
    }),
  ]);
  const merged: LatestCommunication[] = [
    ...interactions.map((i) => ({
      kind: "INTERACTION" as const,
      id: i.id,
      channel: i.channel,
      direction: i.direction,
      title: i.subject ?? i.name,
      resultType: i.resultType,
      at: i.activityDate!,
      reportPending: false,
      sessionState: null,
      fromAddress: null,
      account: i.account,
      contact: i.contact,
    })),
    ...sessions.map((s) => ({
      kind: "UNREPORTED_SESSION" as const,
      id: s.id,
      channel: s.channel === "CALL" ? "PHONE" : s.channel,
      direction: s.direction,
      title: s.channel === "CALL" ? "Call · report not saved" : "Chat · report not saved",
      resultType: null,
      at: s.createdAt,
      reportPending: true,
      sessionState: s.state,
      fromAddress: s.fromAddress,
      account: s.account,
      contact: s.contact,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const items = merged.slice(0, req.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: merged.length > req.limit && last ? encodeCursor([last.at.toISOString(), last.id]) : null,
  };
}
