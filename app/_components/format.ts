// Display formats for the whole app: en-GB, amounts with their currency. One place, so a list
// and a detail page never show the same amount or date two ways.

const EMPTY = "—";
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, fractionDigits: number, compact: boolean): Intl.NumberFormat {
  const key = `${currency}:${fractionDigits}:${compact}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", {
      style: "currency",
      currency,
      // Compact figures ("€1.2m") are for chart axes and tooltips: one decimal at most, none when whole.
      ...(compact
        ? { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }
        : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }),
    });
    moneyFormats.set(key, format);
  }
  return format;
}

export type MoneyFormatOptions = {
  /** Decimals shown; 0 by default. Ignored when `compact`. */
  fractionDigits?: number;
  /** "€1.2m" instead of "€1,234,567", for chart axes and tooltips. */
  compact?: boolean;
};

/**
 * "£1,250,000". Whole units by default: deal sizes and limits on a sales floor are read in
 * millions, pennies are noise. Amounts arrive as strings from Prisma's Decimal; "—" when there is
 * no amount. EUR, the reporting currency, when no currency is given.
 */
export function formatMoney(
  amount: string | number | null | undefined,
  currency = "EUR",
  { fractionDigits = 0, compact = false }: MoneyFormatOptions = {},
): string {
  if (amount === null || amount === undefined || amount === "") return EMPTY;
  const value = Number(amount);
  if (!Number.isFinite(value)) return EMPTY;
  try {
    return moneyFormat(currency.toUpperCase(), fractionDigits, compact).format(value);
  } catch {
    // An unknown currency code must not take the page down with a RangeError.
    return `${value.toLocaleString("en-GB", { maximumFractionDigits: fractionDigits })} ${currency}`;
  }
}

const percentFormats = new Map<number, Intl.NumberFormat>();

/**
 * A ratio as a percentage: 0.425 → "43%". Whole percents by default; "—" when there is no ratio
 * (no quota, nothing closed yet). Figures kept in percent points (an opportunity's probability)
 * are divided by 100 by the caller, so there is one rounding rule.
 */
export function formatPercent(
  ratio: number | null | undefined,
  { fractionDigits = 0 }: { fractionDigits?: number } = {},
): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return EMPTY;
  let format = percentFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", {
      style: "percent",
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    percentFormats.set(fractionDigits, format);
  }
  return format.format(ratio);
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
