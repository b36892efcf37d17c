import type { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../service-context.ts";
import { notFound } from "../errors.ts";
import { accountScope } from "../access/visibility.ts";
import { mutate, type Tx } from "../records/mutate.ts";
import { convert } from "../forecasts/fx-to-eur.ts";
import { ownSessionWhere } from "../telephony/agent-sessions.ts";
import { creditPosition, withProposedDeal, type CreditPosition } from "./credit.ts";
import {
  ZDealPreviewRequestSchema,
  ZRegisterDealRequestSchema,
  type RegisterDealRequest,
} from "./deal-input.ts";
import { instrumentTypeOf } from "./instrument-type.ts";

type Db = ServiceContext["db"] | Tx;

type CreditAccount = {
  id: string;
  creditLimit: Prisma.Decimal;
  creditExposure: Prisma.Decimal;
  creditCurrency: string;
};

/**
 * The account's credit position now, in its credit currency: booked exposure, plus deals waiting
 * for a manager.
 */
export async function creditOf(
  db: Db,
  account: CreditAccount,
): Promise<CreditPosition & { currency: string }> {
  const pending = await db.deal.findMany({
    where: { accountId: account.id, status: "PENDING_APPROVAL" },
    select: { notional: true, currency: true },
  });
  const pendingTotal = pending.reduce(
    (sum, d) => sum + convert(Number(d.notional), d.currency, account.creditCurrency),
    0,
  );
  return {
    ...creditPosition(account.creditLimit, account.creditExposure, pendingTotal),
    currency: account.creditCurrency,
  };
}

const creditSelect = {
  id: true,
  partyGroupName: true,
  teamId: true,
  creditLimit: true,
  creditExposure: true,
  creditCurrency: true,
} satisfies Prisma.AccountSelect;

/**
 * The account's credit, read under a lock on its row that lasts until the transaction ends. Two
 * tickets on one account would otherwise both read the same headroom and both book into it; this
 * way the second waits, then reads the exposure and pending deals the first left behind. An
 * approval's exposure update waits on the same lock.
 */
async function lockedCredit(tx: Tx, accountId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "id" = ${accountId}::uuid FOR UPDATE`;
  return tx.account.findUniqueOrThrow({ where: { id: accountId }, select: creditSelect });
}

async function visibleAccount(ctx: Pick<ServiceContext, "viewer">, db: Db, accountId: string) {
  const account = await db.account.findFirst({
    where: { id: accountId, ...accountScope(ctx.viewer) },
    select: creditSelect,
  });
  if (!account) throw notFound("Account");
  return account;
}

/** What a proposed deal would do to the customer's credit, before it is registered. */
export async function previewDeal(ctx: ServiceContext, input: z.input<typeof ZDealPreviewRequestSchema>) {
  const { accountId, notional, currency } = ZDealPreviewRequestSchema.parse(input);
  const account = await visibleAccount(ctx, ctx.db, accountId);
  const before = await creditOf(ctx.db, account);
  const amount = convert(notional, currency, account.creditCurrency);
  return { before, after: withProposedDeal(before, amount), currency: account.creditCurrency };
}

/** Who approves a breach: a manager of the account's team, else an admin. */
async function approverFor(tx: Tx, teamId: string): Promise<string | null> {
  const manager = await tx.teamMembership.findFirst({
    where: { teamId, isManager: true, user: { disabledAt: null } },
    select: { userId: true },
    orderBy: { userId: "asc" },
  });
  if (manager) return manager.userId;
  const admin = await tx.user.findFirst({
    where: { role: "ADMIN", disabledAt: null },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return admin?.id ?? null;
}

const money = (n: number, currency: string) => `${currency} ${Math.round(n).toLocaleString("en-GB")}`;

/**
 * A deal registered on the ticket, during a call or not. Within the credit headroom it is booked
 * and the exposure grows; beyond it, it waits as PENDING_APPROVAL with an approval task for the
 * team's manager, and the exposure is untouched until they approve.
 */
export async function registerDeal(ctx: ServiceContext, input: RegisterDealRequest) {
  const req = ZRegisterDealRequestSchema.parse(input);
  return mutate(ctx, {
    action: "create",
    entityType: "Deal",
    run: async (tx) => {
      const account = await lockedCredit(tx, (await visibleAccount(ctx, tx, req.accountId)).id);
      if (req.sessionId) {
        const session = await tx.commSession.findFirst({
          where: { ...ownSessionWhere(ctx.viewer, req.sessionId), accountId: account.id },
          select: { id: true },
        });
        if (!session) throw notFound("Call");
      }
      // Credit is kept in the account's credit currency; the deal's notional is converted into it.
      const amount = convert(req.notional, req.currency, account.creditCurrency);
      const check = withProposedDeal(await creditOf(tx, account), amount);
      const cc = account.creditCurrency;
      const deal = await tx.deal.create({
        data: {
          accountId: account.id,
          commSessionId: req.sessionId ?? null,
          instrument: req.instrument,
          instrumentType: req.instrumentType ?? instrumentTypeOf(req.instrument),
          side: req.side,
          notional: req.notional,
          price: req.price,
          currency: req.currency,
          status: check.breach ? "PENDING_APPROVAL" : "BOOKED",
          createdById: ctx.viewer.id,
        },
      });
      let approvalTaskId: string | null = null;
      if (check.breach) {
        const approver = await approverFor(tx, account.teamId);
        if (approver) {
          const task = await tx.task.create({
            data: {
              type: "APPROVAL",
              title: `Approve ${req.side} ${req.instrument} ${req.notional.toLocaleString("en-GB")} ${req.currency} for ${account.partyGroupName}`,
              description: `Exceeds the credit headroom by ${money(-check.headroom, cc)} (limit ${money(check.limit, cc)}, exposure ${money(check.exposure - amount, cc)}, pending ${money(check.pending, cc)}). Registered by ${ctx.viewer.name}.`,
              dueAt: new Date(Date.now() + 3600_000),
              assigneeId: approver,
              createdById: ctx.viewer.id,
              accountId: account.id,
              dealId: deal.id,
            },
          });
          approvalTaskId = task.id;
        }
      } else {
        await tx.account.update({
          where: { id: account.id },
          data: { creditExposure: { increment: amount } },
        });
      }
      const result = { id: deal.id, status: deal.status, approvalTaskId, credit: check };
      return {
        result,
        entityId: deal.id,
        after: { ...req, status: deal.status, creditAmount: amount, creditCurrency: cc },
      };
    },
  });
}
