import { z } from "zod";
import { MAX_YEAR, MIN_YEAR, zIsoDay } from "../records/dates.ts";
import { zText } from "../records/text.ts";

// Forecast periods are calendar months and quarters. Opportunity close dates and quota period
// starts are calendar dates (@db.Date, stored as midnight UTC), so which period a close date falls
// in never depends on a time zone. "Now" does: at 23:30 UTC on 31 March it is already April in
// Berlin. Every function that starts from an instant takes the time zone explicitly.

export type PeriodType = "MONTH" | "QUARTER";
export const ZPeriodType = z.enum(["MONTH", "QUARTER"]);

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const ZTimeZone = zText({ trim: false })
  .max(64)
  .refine(isTimeZone, "Unknown time zone")
  .default("UTC");

/** "YYYY-MM-DD", a calendar date. */
export const ZDateKey = zText({ trim: false })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "Not a calendar date",
  )
  .refine((s) => zIsoDay().safeParse(s).success, `Use a date between ${MIN_YEAR} and ${MAX_YEAR}`);

const partsFormat = new Map<string, Intl.DateTimeFormat>();
function formatFor(tz: string): Intl.DateTimeFormat {
  let f = partsFormat.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormat.set(tz, f);
  }
  return f;
}

/** The wall-clock fields at `instant` in `timeZone` (month 0-based). */
export function zonedParts(instant: Date, timeZone: string) {
  const p = Object.fromEntries(
    formatFor(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return {
    year: Number(p.year),
    month: Number(p.month) - 1,
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Berlin in winter: +3,600,000). */
function offsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant at which the local date (y, m, d) begins in `timeZone`. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month, day);
  let t = guess - offsetMs(new Date(guess), timeZone);
  // Across a DST change the offset at the result differs from the guess's: settle it once more.
  t = guess - offsetMs(new Date(t), timeZone);
  return new Date(t);
}

/** The local calendar date at `instant` in `timeZone`, as a midnight-UTC Date. */
export function localDay(instant: Date, timeZone: string): Date {
  const p = zonedParts(instant, timeZone);
  return new Date(Date.UTC(p.year, p.month, p.day));
}

/** First day of the month or quarter containing the calendar date `day` (midnight UTC). */
export function periodStartOfDay(day: Date, type: PeriodType): Date {
  const m = day.getUTCMonth();
  return new Date(Date.UTC(day.getUTCFullYear(), type === "QUARTER" ? Math.floor(m / 3) * 3 : m, 1));
}

/** The period containing `instant` as seen in `timeZone`. */
export function periodStartAt(instant: Date, type: PeriodType, timeZone: string): Date {
  return periodStartOfDay(localDay(instant, timeZone), type);
}

export function addPeriods(start: Date, type: PeriodType, n: number): Date {
  return new Date(
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + n * (type === "QUARTER" ? 3 : 1), 1),
  );
}

export function dateKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A URL or input key back to its period start; anything that is not a period start snaps to one. */
export function periodFromKey(key: string, type: PeriodType): Date {
  return periodStartOfDay(new Date(`${key}T00:00:00Z`), type);
}

const monthName = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

export function periodLabel(start: Date, type: PeriodType): string {
  if (type === "QUARTER") return `Q${Math.floor(start.getUTCMonth() / 3) + 1} ${start.getUTCFullYear()}`;
  return monthName.format(start);
}

/** The instants a period spans in `timeZone` (for timestamp columns): [from, to). */
export function periodInstants(start: Date, type: PeriodType, timeZone: string): { from: Date; to: Date } {
  const end = addPeriods(start, type, 1);
  return {
    from: zonedMidnight(start.getUTCFullYear(), start.getUTCMonth(), 1, timeZone),
    to: zonedMidnight(end.getUTCFullYear(), end.getUTCMonth(), 1, timeZone),
  };
}
