import { TRPCError } from "@trpc/server";
import { api } from "@/server/trpc/server-caller.ts";
import { csvLine, csvNumber } from "@/server/export/csv-format.ts";
import { errorResponse, jsonError, unauthorized } from "@/server/http/error-response.ts";
import { forecastState } from "../forecast-url.ts";

export const dynamic = "force-dynamic";

/** The forecast as on screen (same period, level and drill-down) as CSV. */
export async function GET(request: Request) {
  const sp = Object.fromEntries(new URL(request.url).searchParams);
  const s = forecastState(sp);
  try {
    const trpc = await api();
    const view = await trpc.forecasts.view({
      periodType: s.periodType,
      periodStart: s.periodStart,
      timeZone: s.timeZone,
      teamId: s.teamId,
      userId: s.userId,
    });
    const header = [
      "Period",
      "Level",
      "Name",
      "Quota",
      "Closed won",
      "Attainment",
      "Commit",
      "Commit (unadjusted)",
      "Best case",
      "Best case (unadjusted)",
      "Weighted pipeline",
      "Weighted pipeline (unadjusted)",
      "Open pipeline",
      "Open deals",
      "Currency",
    ];
    const line = (level: string, name: string, f: typeof view.node.figures) =>
      csvLine([
        view.periodLabel,
        level,
        name,
        ...[
          f.quota,
          f.closedWon,
          f.attainment?.toFixed(4),
          f.adjusted.commit,
          f.commit,
          f.adjusted.bestCase,
          f.bestCase,
          f.adjusted.weighted,
          f.weighted,
          f.pipeline,
        ].map(csvNumber),
        f.openCount,
        view.currency,
      ]);
    let body = csvLine(header) + line(view.level, view.node.name, view.node.figures);
    for (const r of view.rows) body += line(r.kind, r.name, r.figures);
    const file = `forecast-${view.periodStart}-${view.level}.csv`;
    return new Response(`\uFEFF${body}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file}"`,
      },
    });
  } catch (e) {
    // A link to a forecast the viewer may not see reads as one that does not exist.
    if (e instanceof TRPCError && e.code === "UNAUTHORIZED") return unauthorized();
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST"))
      return jsonError(404, "No such forecast.");
    return errorResponse(e instanceof TRPCError && e.cause ? e.cause : e);
  }
}
