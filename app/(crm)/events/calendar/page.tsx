import Link from "next/link";
import { api } from "@/server/trpc/server-caller.ts";
import { Button, PageHeader } from "@/app/_components/ui";
import { DESK_TIME_ZONE, deskDay, weekOf } from "@/server/events/week-range.ts";
import { enumLabel, hrefWith, param, type SearchParams } from "../../_list/search-params.ts";

export const metadata = { title: "Calendar · Dealfloor" };

const FIRST_HOUR = 7;
const LAST_HOUR = 20;
const HOUR_PX = 44;

const dayHeading = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "2-digit",
  month: "short",
  timeZone: "UTC",
});
const clock = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: DESK_TIME_ZONE,
});

/** Minutes after desk-local midnight. */
function minutesOfDay(d: Date): number {
  const [h, m] = clock.format(d).split(":").map(Number);
  return h! * 60 + m!;
}

const typeColour: Record<string, string> = {
  MEETING: "border-blue-300 bg-blue-50",
  CALL: "border-emerald-300 bg-emerald-50",
  CLIENT_VISIT: "border-violet-300 bg-violet-50",
  PRESENTATION: "border-amber-300 bg-amber-50",
  CONFERENCE: "border-rose-300 bg-rose-50",
  FOLLOW_UP: "border-slate-300 bg-slate-50",
};

/**
 * Side-by-side lanes for overlapping events: each event takes the first lane free at its start;
 * the day is split into as many lanes as it needed. Simple, and enough for a rep's week.
 */
function lanesOf<T extends { startsAt: Date; endsAt: Date }>(
  events: T[],
): { lane: Map<T, number>; count: number } {
  const ends: number[] = [];
  const lane = new Map<T, number>();
  for (const e of events) {
    let i = ends.findIndex((end) => end <= e.startsAt.getTime());
    if (i === -1) i = ends.push(0) - 1;
    ends[i] = Math.max(e.endsAt.getTime(), e.startsAt.getTime() + 20 * 60_000);
    lane.set(e, i);
  }
  return { lane, count: Math.max(ends.length, 1) };
}

/** The week calendar, rendered on the server; the week lives in the URL (?week=YYYY-MM-DD). */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const mine = param(sp, "mine") === "1";
  const monday = weekOf(param(sp, "week"));
  const week = await (await api()).events.week({ week: monday, mine });
  const today = deskDay(new Date());
  const hours = Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, i) => FIRST_HOUR + i);
  const here = (changes: Record<string, string | undefined>) => hrefWith("/events/calendar", sp, changes);

  return (
    <div className="space-y-3">
      <PageHeader
        title="Calendar"
        description={`Week of ${dayHeading.format(new Date(`${monday}T00:00:00Z`))} · times in London`}
        actions={
          <>
            <Button href="/events">List</Button>
            <Button variant="primary" href="/events/new">
              New event
            </Button>
          </>
        }
      />
      <nav aria-label="Week" className="flex flex-wrap items-center gap-2 text-sm">
        <Button size="sm" href={here({ week: week.previous })}>
          ← Previous week
        </Button>
        <Button size="sm" href={here({ week: undefined })}>
          This week
        </Button>
        <Button size="sm" href={here({ week: week.next })}>
          Next week →
        </Button>
        <span className="mx-2 h-4 w-px bg-slate-300" aria-hidden />
        <Link
          href={here({ mine: undefined })}
          aria-current={!mine ? "page" : undefined}
          className={!mine ? "font-medium text-blue-800" : "text-slate-600 hover:underline"}
        >
          Everyone I can see
        </Link>
        <Link
          href={here({ mine: "1" })}
          aria-current={mine ? "page" : undefined}
          className={mine ? "font-medium text-blue-800" : "text-slate-600 hover:underline"}
        >
          Only mine
        </Link>
        {week.truncated && (
          <span className="text-xs text-amber-800">Showing the first 500 events of this week.</span>
        )}
      </nav>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <div className="grid min-w-[64rem] grid-cols-[3rem_repeat(7,1fr)]">
          <div className="border-b border-slate-200" />
          {week.days.map((day) => (
            <div
              key={day}
              className={`border-b border-l border-slate-200 px-2 py-1.5 text-xs font-semibold ${day === today ? "bg-blue-50 text-blue-800" : "text-slate-700"}`}
            >
              {dayHeading.format(new Date(`${day}T00:00:00Z`))}
            </div>
          ))}
          <div className="relative" style={{ height: hours.length * HOUR_PX }}>
            {hours.map((h, i) => (
              <div
                key={h}
                className="absolute right-1 text-[10px] text-slate-400"
                style={{ top: i * HOUR_PX - 6 }}
              >
                {String(h).padStart(2, "0")}:00
              </div>
            ))}
          </div>
          {week.days.map((day) => {
            const events = week.events.filter((e) => deskDay(e.startsAt) === day);
            const lanes = lanesOf(events);
            return (
              <ul
                key={day}
                aria-label={dayHeading.format(new Date(`${day}T00:00:00Z`))}
                data-day={day}
                className="relative border-l border-slate-200"
                style={{ height: hours.length * HOUR_PX }}
              >
                {hours.map((h, i) => (
                  <li
                    key={h}
                    aria-hidden
                    className="absolute inset-x-0 border-t border-slate-100"
                    style={{ top: i * HOUR_PX }}
                  />
                ))}
                {events.map((e) => {
                  // Events outside the grid's hours are pinned to its edges rather than hidden.
                  const start = Math.min(
                    Math.max(minutesOfDay(e.startsAt), FIRST_HOUR * 60),
                    LAST_HOUR * 60 - 20,
                  );
                  const minutes = Math.max((e.endsAt.getTime() - e.startsAt.getTime()) / 60_000, 20);
                  const top = ((start - FIRST_HOUR * 60) / 60) * HOUR_PX;
                  const height = Math.min((minutes / 60) * HOUR_PX, hours.length * HOUR_PX - top);
                  return (
                    <li
                      key={e.id}
                      className="absolute px-0.5"
                      style={{
                        top,
                        height,
                        left: `${(lanes.lane.get(e)! / lanes.count) * 100}%`,
                        width: `${100 / lanes.count}%`,
                      }}
                    >
                      <Link
                        href={`/events/${e.id}`}
                        className={`block h-full overflow-hidden rounded border px-1.5 py-0.5 text-[11px] leading-tight hover:ring-2 hover:ring-blue-400 ${typeColour[e.type] ?? ""} ${e.status === "CANCELED" ? "line-through opacity-60" : ""}`}
                        title={`${e.subject} · ${enumLabel(e.type)}${e.account ? ` · ${e.account.partyGroupName}` : ""}`}
                      >
                        <span className="font-semibold text-slate-900">{clock.format(e.startsAt)}</span>{" "}
                        <span className="text-slate-900">{e.subject}</span>
                        {e.account && (
                          <span className="block truncate text-slate-600">{e.account.partyGroupName}</span>
                        )}
                        <span className="block truncate text-slate-500">{e.owner.name}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            );
          })}
        </div>
      </div>
    </div>
  );
}
