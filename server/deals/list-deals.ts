import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../service-context.ts";
import { notFound } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import { accountScope } from "../access/visibility.ts";
import { ownSessionWhere } from "../telephony/agent-sessions.ts";

export const dealSelect = {
  id: true,
  instrument: true,
  instrumentType: true,
  side: true,
  notional: true,
  price: true,
  currency: true,
  status: true,
  createdAt: true,
  commSessionId: true,
} satisfies Prisma.DealSelect;

export type DealRow = Prisma.DealGetPayload<{ select: typeof dealSelect }>;

export const ZDealsForSessionRequestSchema = z.object({ sessionId: ZRecordId });

/** The deals registered on a call: the viewer's own calls only. */
export async function dealsForSession(
  ctx: ServiceContext,
  input: z.input<typeof ZDealsForSessionRequestSchema>,
): Promise<DealRow[]> {
  const { sessionId } = ZDealsForSessionRequestSchema.parse(input);
  const session = await ctx.db.commSession.findFirst({
    where: ownSessionWhere(ctx.viewer, sessionId),
    select: { id: true },
  });
  if (!session) throw notFound("Call");
  return ctx.db.deal.findMany({
    where: { commSessionId: sessionId },
    orderBy: { createdAt: "desc" },
    select: dealSelect,
  });
}

export const ZDealsForAccountRequestSchema = z.object({
  accountId: ZRecordId,
  limit: z.number().int().min(1).max(100).default(10),
});

/** The account's latest deals, for the ticket when no call is in progress. */
export async function dealsForAccount(
  ctx: ServiceContext,
  input: z.input<typeof ZDealsForAccountRequestSchema>,
): Promise<DealRow[]> {
  const { accountId, limit } = ZDealsForAccountRequestSchema.parse(input);
  const account = await ctx.db.account.findFirst({
    where: { id: accountId, ...accountScope(ctx.viewer) },
    select: { id: true },
  });
  if (!account) throw notFound("Account");
  return ctx.db.deal.findMany({
    where: { accountId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: dealSelect,
  });
}
