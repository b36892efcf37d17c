import type { Prisma } from "../generated/prisma/client.ts";

// Status is derived when read, never stored: an agreement is active from its Start Date through
// its End Date (inclusive), and inactive once the End Date is in the past. One not yet started is
// not consent either, so it reads inactive too. One ended early or withdrawn (`endedAt`) is
// inactive from that instant, whatever its dates say.
export type AgreementStatus = "ACTIVE" | "INACTIVE";

/** Midnight UTC of the given day: agreement dates are calendar dates (@db.Date). */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function agreementStatus(
  a: { startDate: Date; endDate: Date | null; endedAt?: Date | null },
  now = new Date(),
): AgreementStatus {
  if (a.endedAt) return "INACTIVE";
  const today = startOfUtcDay(now);
  const started = a.startDate <= today;
  const notEnded = a.endDate === null || a.endDate >= today;
  return started && notEnded ? "ACTIVE" : "INACTIVE";
}

export function activeAgreementWhere(now = new Date()): Prisma.AgreementWhereInput {
  const today = startOfUtcDay(now);
  return {
    endedAt: null,
    startDate: { lte: today },
    OR: [{ endDate: null }, { endDate: { gte: today } }],
  };
}

export function inactiveAgreementWhere(now = new Date()): Prisma.AgreementWhereInput {
  const today = startOfUtcDay(now);
  return { OR: [{ endedAt: { not: null } }, { startDate: { gt: today } }, { endDate: { lt: today } }] };
}
