// The desk's calendar runs on London time, like every date-time the app shows (format.ts).
export const DESK_TIME_ZONE = "Europe/London";

const DAY = 86_400_000;

/** YYYY-MM-DD of an instant as seen in the desk's time zone. */
export function deskDay(at: Date, timeZone = DESK_TIME_ZONE): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/** Minutes the desk's time zone is ahead of UTC at an instant. */
function offsetMinutes(at: Date, timeZone: string): number {
  const local = new Date(at.toLocaleString("en-US", { timeZone }));
  const utc = new Date(at.toLocaleString("en-US", { timeZone: "UTC" }));
  return Math.round((local.getTime() - utc.getTime()) / 60_000);
}

/** The instant a desk-local day starts. */
export function deskMidnight(day: string, timeZone = DESK_TIME_ZONE): Date {
  const utcMidnight = new Date(`${day}T00:00:00.000Z`);
  return new Date(utcMidnight.getTime() - offsetMinutes(utcMidnight, timeZone) * 60_000);
}

function addDays(day: string, n: number): string {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() + n * DAY).toISOString().slice(0, 10);
}

/**
 * The week a calendar URL names (?week=YYYY-MM-DD, any day of it), as its Monday; an absent or
 * malformed value means the current week, so a stale link still opens a calendar.
 */
export function weekOf(param: string | undefined, now = new Date()): string {
  const day =
    param && /^\d{4}-\d{2}-\d{2}$/.test(param) && !Number.isNaN(Date.parse(`${param}T00:00:00Z`))
      ? param
      : deskDay(now);
  const weekday = (new Date(`${day}T00:00:00.000Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** The seven days of a week, its bounds as instants, and the neighbouring weeks. */
export function weekRange(monday: string) {
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return {
    days,
    start: deskMidnight(monday),
    end: deskMidnight(addDays(monday, 7)),
    previous: addDays(monday, -7),
    next: addDays(monday, 7),
  };
}
