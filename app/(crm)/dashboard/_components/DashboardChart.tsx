"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { CHANNEL_COLOUR, CHANNEL_LABEL, CHANNELS } from "../../_timeline/channels.ts";
import { formatMoney, formatPercent } from "@/app/_components/format.ts";

export type ChartSpec =
  | { kind: "stages"; rows: { label: string; amount: number; weighted: number; count: number }[] }
  | {
      kind: "forecast";
      rows: { label: string; quota: number; closedWon: number; commit: number; weighted: number }[];
    }
  | { kind: "winRate"; rows: { label: string; winRate: number | null; averageDeal: number | null }[] }
  | { kind: "interactions"; rows: ({ name: string } & Record<string, number | string>)[] }
  | { kind: "attainment"; rows: { label: string; quota: number; closedWon: number }[] };

const tick = { fontSize: 11, fill: "#475569" };
// Dashboards report in EUR: the server converts every amount before it aggregates.
const money = (v: unknown) => formatMoney(Number(v));
const compact = (v: number) => formatMoney(v, "EUR", { compact: true });
const percentPoints = (v: unknown) => formatPercent(Number(v) / 100);

/** Every dashboard chart, drawn from figures the server already aggregated. */
export default function DashboardChart({ spec, height = 220 }: { spec: ChartSpec; height?: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      {render(spec)}
    </ResponsiveContainer>
  );
}

function render(spec: ChartSpec) {
  switch (spec.kind) {
    case "stages":
      return (
        <BarChart data={spec.rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={tick} stroke="#cbd5e1" interval={0} />
          <YAxis tickFormatter={compact} tick={tick} width={44} stroke="#cbd5e1" />
          <Tooltip formatter={money} wrapperStyle={{ fontSize: 12 }} />
          <Legend iconSize={9} wrapperStyle={{ fontSize: 11 }} />
          <Bar isAnimationActive={false} dataKey="amount" name="Amount" fill="#93c5fd" />
          <Bar isAnimationActive={false} dataKey="weighted" name="Weighted" fill="#1d4ed8" />
        </BarChart>
      );
    case "forecast":
    case "attainment":
      return (
        <ComposedChart data={spec.rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={tick} stroke="#cbd5e1" />
          <YAxis tickFormatter={compact} tick={tick} width={44} stroke="#cbd5e1" />
          <Tooltip formatter={money} wrapperStyle={{ fontSize: 12 }} />
          <Legend iconSize={9} wrapperStyle={{ fontSize: 11 }} />
          <Bar isAnimationActive={false} dataKey="closedWon" name="Closed won" stackId="f" fill="#059669" />
          {spec.kind === "forecast" && (
            <Bar isAnimationActive={false} dataKey="commit" name="Commit (open)" stackId="f" fill="#6ee7b7" />
          )}
          {spec.kind === "forecast" && (
            <Line
              isAnimationActive={false}
              dataKey="weighted"
              name="Weighted pipeline"
              stroke="#7c3aed"
              strokeDasharray="4 3"
              dot={{ r: 3 }}
            />
          )}
          <Line
            isAnimationActive={false}
            dataKey="quota"
            name="Quota"
            stroke="#0f172a"
            strokeWidth={2}
            dot={{ r: 3 }}
          />
        </ComposedChart>
      );
    case "winRate":
      return (
        <ComposedChart
          data={spec.rows.map((r) => ({
            ...r,
            winRatePct: r.winRate === null ? null : Math.round(r.winRate * 100),
          }))}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={tick} stroke="#cbd5e1" />
          <YAxis
            yAxisId="pct"
            domain={[0, 100]}
            tickFormatter={percentPoints}
            tick={tick}
            width={40}
            stroke="#cbd5e1"
          />
          <YAxis
            yAxisId="eur"
            orientation="right"
            tickFormatter={compact}
            tick={tick}
            width={44}
            stroke="#cbd5e1"
          />
          <Tooltip
            wrapperStyle={{ fontSize: 12 }}
            formatter={(v, name) => (name === "Win rate" ? percentPoints(v) : money(v))}
          />
          <Legend iconSize={9} wrapperStyle={{ fontSize: 11 }} />
          <Bar
            isAnimationActive={false}
            yAxisId="eur"
            dataKey="averageDeal"
            name="Average won deal"
            fill="#bfdbfe"
          />
          <Line
            isAnimationActive={false}
            yAxisId="pct"
            dataKey="winRatePct"
            name="Win rate"
            stroke="#1d4ed8"
            strokeWidth={2}
            dot={{ r: 3 }}
          />
        </ComposedChart>
      );
    case "interactions": {
      const used = CHANNELS.filter((c) => spec.rows.some((r) => Number(r[c] ?? 0) > 0));
      return (
        <BarChart data={spec.rows} layout="vertical" margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={tick} stroke="#cbd5e1" />
          <YAxis type="category" dataKey="name" tick={tick} width={110} stroke="#cbd5e1" />
          <Tooltip wrapperStyle={{ fontSize: 12 }} />
          <Legend iconSize={9} wrapperStyle={{ fontSize: 11 }} />
          {used.map((c) => (
            <Bar
              isAnimationActive={false}
              key={c}
              dataKey={c}
              name={CHANNEL_LABEL[c]}
              stackId="c"
              fill={CHANNEL_COLOUR[c]}
            />
          ))}
        </BarChart>
      );
    }
  }
}
