import { z } from "zod";

// Dates a person can mean. "0000-01-01" is a valid ISO date, but year 0 does not exist in
// PostgreSQL (1 BC follows AD 1) and a week or a time zone shift around it reaches year -1, which
// the driver cannot even write: each was a 500. Every date input is bounded to these years.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
const RANGE_MESSAGE = `Use a date between ${MIN_YEAR} and ${MAX_YEAR}`;

// A value that is no date at all has its format issue already; this one speaks only of the range.
const inRange = (d: Date) => {
  const year = d.getUTCFullYear();
  return Number.isNaN(d.getTime()) || (year >= MIN_YEAR && year <= MAX_YEAR);
};

/** "YYYY-MM-DD", a real calendar day within the bounds. */
export const zIsoDay = (message = "Use a date like 2026-12-31") =>
  z.iso.date(message).refine((v) => inRange(new Date(`${v}T00:00:00Z`)), RANGE_MESSAGE);

/** An ISO 8601 date-time with its offset, within the bounds. */
export const zIsoInstant = (message = "Use a date-time like 2026-11-23T09:30:00Z") =>
  z.iso.datetime({ offset: true, message }).refine((v) => inRange(new Date(v)), RANGE_MESSAGE);

/** A date from a string, number or Date (forms post strings), within the bounds. */
export const zDate = (message = "Enter a date") => z.coerce.date({ message }).refine(inRange, RANGE_MESSAGE);
