// Indicative rates for rolling mixed-currency amounts into one reporting currency. A bank would
// feed its own end-of-day rates; these keep the demo's figures comparable.
const EUR_PER_UNIT: Record<string, number> = { EUR: 1, USD: 0.92, GBP: 1.17, CHF: 1.04, JPY: 0.0061 };

export const REPORTING_CURRENCY = "EUR";

export function toEur(amount: number, currency: string): number {
  return amount * (EUR_PER_UNIT[currency] ?? 1);
}
