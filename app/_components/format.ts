// Display formats for the whole app: en-GB, amounts with their currency.
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: string | number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", { style: "currency", currency, maximumFractionDigits: 0 });
    moneyFormats.set(currency, format);
  }
  return format.format(Number(amount));
}

// Calendar dates are stored as midnight UTC (@db.Date): show them in UTC so they never shift a day.
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "2-digit", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "2-digit",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

export function formatDate(d: Date | string): string {
  return dateFormat.format(new Date(d));
}

export function formatDateTime(d: Date | string): string {
  return dateTimeFormat.format(new Date(d));
}
