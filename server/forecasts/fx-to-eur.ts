import { Prisma } from "../generated/prisma/client.ts";

// Indicative rates for rolling mixed-currency amounts into one reporting currency. A bank would
// feed its own end-of-day rates; these keep the demo's figures comparable.
const EUR_PER_UNIT: Record<string, string> = {
  EUR: "1",
  USD: "0.92",
  GBP: "1.17",
  CHF: "1.04",
  JPY: "0.0061",
};

export const REPORTING_CURRENCY = "EUR";

/** Currencies a deal may be booked in: the ones with a rate. */
export const DEAL_CURRENCIES = Object.keys(EUR_PER_UNIT) as [string, ...string[]];

/** Rate used for a currency; unknown currencies count at par rather than vanish from a total. */
export function eurRate(currency: string): Prisma.Decimal {
  return new Prisma.Decimal(EUR_PER_UNIT[currency] ?? "1");
}

/** A Decimal amount in EUR, kept exact (rounded to cents only when shown). */
export function decimalToEur(amount: Prisma.Decimal | string | number, currency: string): Prisma.Decimal {
  return new Prisma.Decimal(amount).mul(eurRate(currency));
}

/** Number version, for seeds and sizing; forecasts use decimalToEur. */
export function toEur(amount: number, currency: string): number {
  return amount * Number(EUR_PER_UNIT[currency] ?? "1");
}

/** An amount in one currency expressed in another, through EUR. */
export function convert(amount: number, from: string, to: string): number {
  return toEur(amount, from) / toEur(1, to);
}
