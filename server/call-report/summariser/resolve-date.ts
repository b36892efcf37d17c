// Dates as people say them on the phone, resolved against the day of the call (UTC calendar days).

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const day = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const addDays = (d: Date, n: number) => new Date(day(d).getTime() + n * 86_400_000);

/** A calendar day for "tomorrow", "Friday", "next Tuesday", "next week", "28 November", "the 28th"; else null. */
export function resolveDate(phrase: string, reference: Date): Date | null {
  const p = phrase.toLowerCase().trim();
  if (/\btoday\b|\bthis (afternoon|evening|morning)\b|\btonight\b/.test(p)) return day(reference);
  if (/\btomorrow\b/.test(p)) return addDays(reference, 1);
  if (/\bnext week\b/.test(p)) return addDays(reference, (8 - reference.getUTCDay()) % 7 || 7);
  const weekday = WEEKDAYS.findIndex((w) => p.includes(w));
  if (weekday >= 0) {
    let ahead = (weekday - reference.getUTCDay() + 7) % 7 || 7;
    if (/\bnext\b/.test(p) && ahead < 7) ahead += 7;
    return addDays(reference, ahead);
  }
  const month = MONTHS.findIndex(
    (m) => p.includes(m) || p.includes(m.slice(0, 3) + " ") || p.endsWith(m.slice(0, 3)),
  );
  const dayOfMonth = Number(/\b(\d{1,2})(st|nd|rd|th)?\b/.exec(p)?.[1] ?? NaN);
  if (dayOfMonth >= 1 && dayOfMonth <= 31) {
    const m = month >= 0 ? month : reference.getUTCMonth();
    let candidate = new Date(Date.UTC(reference.getUTCFullYear(), m, dayOfMonth));
    // A date already past this year (or this month, for "the 5th") means the next one.
    if (candidate < day(reference))
      candidate =
        month >= 0
          ? new Date(Date.UTC(reference.getUTCFullYear() + 1, m, dayOfMonth))
          : new Date(Date.UTC(reference.getUTCFullYear(), m + 1, dayOfMonth));
    return candidate;
  }
  return null;
}

/** "3pm", "3.30 pm", "15:00", "at 10" in a phrase, as hours and minutes; else null. */
export function resolveTime(phrase: string): { h: number; m: number } | null {
  const p = phrase.toLowerCase();
  const ampm = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b/.exec(p);
  if (ampm) {
    const h = (Number(ampm[1]) % 12) + (ampm[3] === "pm" ? 12 : 0);
    return { h, m: Number(ampm[2] ?? 0) };
  }
  const clock = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b/.exec(p);
  if (clock) return { h: Number(clock[1]), m: Number(clock[2]) };
  if (/\bnoon\b|\blunchtime\b/.test(p)) return { h: 12, m: 0 };
  if (/\bmorning\b/.test(p)) return { h: 9, m: 0 };
  if (/\bafternoon\b/.test(p)) return { h: 14, m: 0 };
  return null;
}
