import type { Rng } from "../random.ts";
import { addDays, addMonths, quarterStart } from "../random.ts";
import { buildForecastAdjustment, buildSalesQuota } from "../factories/quotas.ts";
import { toEur } from "../../server/forecasts/fx-to-eur.ts";
import type { DemoRows } from "./demo-rows.ts";
import type { DemoPeople } from "./demo-people.ts";

function roundTo(n: number, step: number): number {
  return Math.max(step, Math.round(n / step) * step);
}

/**
 * Quotas (EUR) per rep and manager for nine quarters and their 27 months around now, sized from
 * each person's own pipeline so attainment lands near 100% rather than at 3% or 900%.
 */
export function buildDemoTargets(rng: Rng, rows: DemoRows, people: DemoPeople, now: Date): void {
  const q0 = quarterStart(now);
  const volume = new Map<string, number>();
  const wonByQuarter = new Map<string, number>();
  for (const o of rows.opportunity) {
    const eur = toEur(Number(o.estimatedAmount), o.currency ?? "EUR");
    volume.set(o.ownerId, (volume.get(o.ownerId) ?? 0) + eur);
    if (o.stage === "CLOSED_WON") {
      const key = `${o.ownerId}/${quarterStart(o.closeDate as Date).toISOString()}`;
      wonByQuarter.set(key, (wonByQuarter.get(key) ?? 0) + eur);
    }
  }

  for (const user of people.users) {
    if (user.role === "ADMIN") continue;
    const team = people.teams[user.teams[0] ?? "fx"];
    const setById = user.role === "MANAGER" ? people.admin.id : team.manager.id;
    const quarterly = roundTo(((volume.get(user.id) ?? 0) / 9) * 0.45, 50_000);
    for (let q = -4; q <= 4; q++) {
      const periodStart = addMonths(q0, q * 3);
      // Targets step up a little each quarter, as banks set them. Past quarters lean towards what
      // was actually won, so attainment reads like a real desk's (roughly 60-140%).
      const won = q < 0 ? (wonByQuarter.get(`${user.id}/${periodStart.toISOString()}`) ?? 0) : 0;
      const planned = quarterly * (1 + 0.02 * q) * rng.float(0.95, 1.05);
      const amount = roundTo(won > 0 ? 0.5 * planned + 0.5 * won * rng.float(0.75, 1.25) : planned, 50_000);
      rows.salesQuota.push(
        buildSalesQuota(rng, {
          userId: user.id,
          periodType: "QUARTER",
          periodStart,
          amount: amount.toFixed(2),
          currency: "EUR",
          setById,
          createdAt: addDays(periodStart, -20),
        }),
      );
      for (let m = 0; m < 3; m++) {
        const monthStart = addMonths(periodStart, m);
        const monthly = roundTo((amount / 3) * [0.9, 1, 1.1][m]!, 10_000);
        rows.salesQuota.push(
          buildSalesQuota(rng, {
            userId: user.id,
            periodType: "MONTH",
            periodStart: monthStart,
            amount: monthly.toFixed(2),
            currency: "EUR",
            setById,
            createdAt: addDays(periodStart, -20),
          }),
        );
      }
    }
  }

  // Managers' calls on this quarter: two reps each, one revised twice so the history shows.
  for (const team of Object.values(people.teams)) {
    for (const [k, rep] of team.reps.slice(0, 2).entries()) {
      const base = roundTo(((volume.get(rep.id) ?? 1_000_000) / 9) * rng.float(0.25, 0.4), 50_000);
      const first = addDays(now, -rng.int(10, 20));
      rows.forecastAdjustment.push(
        buildForecastAdjustment(
          rng,
          {
            subjectUserId: rep.id,
            periodStart: q0,
            category: "COMMIT",
            amount: base.toFixed(2),
            reason: "Pulled in the two deals awaiting credit approval",
            adjustedById: team.manager.id,
            createdAt: first,
          },
          { now },
        ),
      );
      if (k === 0) {
        rows.forecastAdjustment.push(
          buildForecastAdjustment(
            rng,
            {
              subjectUserId: rep.id,
              periodStart: q0,
              category: "COMMIT",
              amount: roundTo(base * 0.8, 50_000).toFixed(2),
              reason: "Largest deal slipped to next quarter after the client's board meeting",
              adjustedById: team.manager.id,
              createdAt: addDays(first, 7),
            },
            { now },
          ),
        );
      }
      rows.forecastAdjustment.push(
        buildForecastAdjustment(
          rng,
          {
            subjectUserId: rep.id,
            periodStart: q0,
            category: "BEST_CASE",
            amount: roundTo(base * 1.4, 50_000).toFixed(2),
            reason: "Upside if the tender is decided this quarter",
            adjustedById: team.manager.id,
            createdAt: addDays(first, 2),
          },
          { now },
        ),
      );
    }
    rows.forecastAdjustment.push(
      buildForecastAdjustment(
        rng,
        {
          teamId: team.id,
          periodStart: q0,
          category: "COMMIT",
          amount: roundTo(rng.float(3, 12) * 1_000_000, 100_000).toFixed(2),
          reason: "Team commit agreed in the Monday pipeline call",
          adjustedById: team.manager.id,
          createdAt: addDays(now, -rng.int(1, 6)),
        },
        { now },
      ),
    );
  }
}
