import { Prisma } from "../generated/prisma/client.ts";

/**
 * A customer's credit position, in the account's limit currency. Pending deals (awaiting a
 * manager) already count against the headroom, so two large tickets cannot both slip through.
 */
export type CreditPosition = {
  limit: number;
  exposure: number;
  pending: number;
  headroom: number;
  utilisationPct: number;
};

export function creditPosition(
  limit: Prisma.Decimal | number,
  exposure: Prisma.Decimal | number,
  pending = 0,
): CreditPosition {
  const l = Number(limit);
  const e = Number(exposure);
  const headroom = l - e - pending;
  return { limit: l, exposure: e, pending, headroom, utilisationPct: l > 0 ? ((e + pending) / l) * 100 : 0 };
}

/** What booking `notional` more would do: the position after, and whether it breaches the limit. */
export function withProposedDeal(
  position: CreditPosition,
  notional: number,
): CreditPosition & { breach: boolean } {
  const after = creditPosition(position.limit, position.exposure + notional, position.pending);
  return { ...after, breach: after.headroom < 0 };
}
