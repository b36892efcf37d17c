// Display formats for the whole app: en-GB, amounts with their currency. One place, so a list
// and a detail page never show the same amount or date two ways.

const EMPTY = "—";
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${currency}:${fractionDigits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", {
      style: "currency",
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * "£1,250,000". Whole units by default: deal sizes and limits on a sales floor are read in
 * millions, pennies are noise. Amounts arrive as strings from Prisma's Decimal.
 */
export function formatMoney(
  amount: string | number,
  currency: string,
  { fractionDigits = 0 }: { fractionDigits?: number } = {},
): string {
  const value = Number(amount);
  if (amount === "" || !Number.isFinite(value)) return EMPTY;
  try {
    return moneyFormat(currency.toUpperCase(), fractionDigits).format(value);
  } catch {
    // An unknown currency code must not take the page down with a RangeError.
    return `${value.toLocaleString("en-GB", { maximumFractionDigits: fractionDigits })} ${currency}`;
  }
}

// Calendar dates are stored as midnight UTC (@db.Date): show them in UTC so they never shift a day.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "2-digit",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
// Instants in the desk's zone, fixed rather than the runtime's, so server and browser render the same text.
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "2-digit",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

function toDate(d: Date | string | null | undefined): Date | null {
  if (d === null || d === undefined || d === "") return null;
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "05 Mar 2026"; "—" when there is no date. */
export function formatDate(d: Date | string | null | undefined): string {
  const date = toDate(d);
  return date ? dateFormat.format(date) : EMPTY;
}

/** "05 Mar 2026, 14:30" in London time; "—" when there is no date. */
export function formatDateTime(d: Date | string | null | undefined): string {
  const date = toDate(d);
  return date ? dateTimeFormat.format(date) : EMPTY;
}
