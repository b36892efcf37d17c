import {
  addPeriods,
  dateKey,
  isTimeZone,
  periodLabel,
  periodStartAt,
  type PeriodType,
} from "@/server/forecasts/forecast-periods.ts";
import { param, type SearchParams } from "../_list/search-params.ts";

// The forecast's view lives in the URL: period type and period, the drill-down (team, person),
// the number whose opportunities are listed, and the time zone that decides "this period".
export const MEASURES = ["pipeline", "commit", "bestCase", "closedWon"] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_LABEL: Record<Measure, string> = {
  pipeline: "Open pipeline",
  commit: "Commit",
  bestCase: "Best case",
  closedWon: "Closed won",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function forecastState(sp: SearchParams) {
  const periodType: PeriodType = param(sp, "type") === "month" ? "MONTH" : "QUARTER";
  const tzParam = param(sp, "tz");
  const timeZone = tzParam && isTimeZone(tzParam) ? tzParam : "Europe/London";
  const period = param(sp, "period");
  const team = param(sp, "team");
  const user = param(sp, "user");
  const measure = param(sp, "measure");
  return {
    periodType,
    timeZone,
    periodStart: period && DAY.test(period) ? period : undefined,
    teamId: team && UUID.test(team) ? team : undefined,
    userId: user && UUID.test(user) ? user : undefined,
    measure: (MEASURES as readonly string[]).includes(measure ?? "") ? (measure as Measure) : undefined,
    cursor: param(sp, "cursor"),
  };
}

/** Periods to choose from: four back, this one, two ahead. */
export function periodOptions(periodType: PeriodType, timeZone: string, now = new Date()) {
  const current = periodStartAt(now, periodType, timeZone);
  return Array.from({ length: 7 }, (_, i) => {
    const start = addPeriods(current, periodType, i - 4);
    return { value: dateKey(start), label: periodLabel(start, periodType), isCurrent: i === 4 };
  });
}
