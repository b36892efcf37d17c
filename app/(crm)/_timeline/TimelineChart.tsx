"use client";

import { useRouter, usePathname, useSearchParams } from "next/navigation";
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import type { CommunicationChannel } from "@/server/generated/prisma/enums.ts";
import { CHANNEL_COLOUR, CHANNEL_LABEL, CHANNELS } from "./channels.ts";

export type TimelineChartData = {
  unit: "day" | "week" | "month";
  from: string;
  to: string;
  timeZone: string;
  buckets: {
    start: string;
    label: string;
    total: number;
    deals: number;
    callReports: number;
    byChannel: Partial<Record<CommunicationChannel, number>>;
  }[];
  points:
    | {
        id: string;
        name: string;
        channel: CommunicationChannel;
        at: string;
        callReport: boolean;
        deals: number;
      }[]
    | null;
};

function addDays(key: string, n: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
function bucketEnd(start: string, unit: TimelineChartData["unit"]): string {
  if (unit === "day") return start;
  if (unit === "week") return addDays(start, 6);
  const d = new Date(`${start}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

/** The interactive chart: one dot per interaction when few enough, else counts per period. */
export default function TimelineChart({ data }: { data: TimelineChartData }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const go = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search.toString());
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    next.delete("cursor");
    router.push(`${pathname}?${next.toString()}`, { scroll: false });
  };

  if (data.points) {
    const lanes = CHANNELS.filter((c) => data.points!.some((p) => p.channel === c));
    const zoneFormat = new Intl.DateTimeFormat("en-GB", {
      day: "2-digit",
      month: "short",
      year: "2-digit",
      timeZone: data.timeZone,
    });
    const rows = data.points.map((p) => ({ ...p, x: Date.parse(p.at), y: lanes.indexOf(p.channel) }));
    const series = [
      {
        name: "Interaction",
        shape: "circle" as const,
        rows: rows.filter((r) => !r.callReport && r.deals === 0),
      },
      {
        name: "Call report",
        shape: "triangle" as const,
        rows: rows.filter((r) => r.callReport && r.deals === 0),
      },
      { name: "With deals", shape: "diamond" as const, rows: rows.filter((r) => r.deals > 0) },
    ];
    const from = Date.parse(`${data.from}T00:00:00Z`);
    const to = Date.parse(`${addDays(data.to, 1)}T00:00:00Z`);
    return (
      <ResponsiveContainer width="100%" height={Math.max(180, 60 + lanes.length * 34)}>
        <ScatterChart margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" horizontal={false} />
          <XAxis
            type="number"
            dataKey="x"
            domain={[from, to]}
            tickFormatter={(v: number) => zoneFormat.format(new Date(v))}
            tick={{ fontSize: 11, fill: "#475569" }}
            stroke="#cbd5e1"
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[-0.5, lanes.length - 0.5]}
            ticks={lanes.map((_, i) => i)}
            tickFormatter={(v: number) => (lanes[v] ? CHANNEL_LABEL[lanes[v]!] : "")}
            tick={{ fontSize: 11, fill: "#475569" }}
            width={78}
            stroke="#cbd5e1"
            reversed
          />
          <ZAxis range={[70, 70]} />
          <Tooltip
            cursor={{ strokeDasharray: "3 3" }}
            content={({ payload }) => {
              const p = payload?.[0]?.payload as (typeof rows)[number] | undefined;
              if (!p) return null;
              return (
                <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs shadow">
                  <div className="font-medium text-slate-900">{p.name}</div>
                  <div className="text-slate-600">
                    {CHANNEL_LABEL[p.channel]} · {zoneFormat.format(new Date(p.x))}
                    {p.callReport ? " · call report" : ""}
                    {p.deals ? ` · ${p.deals} deal${p.deals > 1 ? "s" : ""}` : ""}
                  </div>
                </div>
              );
            }}
          />
          <Legend iconSize={9} wrapperStyle={{ fontSize: 11 }} />
          {series.map((s) => (
            <Scatter
              isAnimationActive={false}
              key={s.name}
              name={s.name}
              data={s.rows}
              shape={s.shape}
              cursor="pointer"
              onClick={(d: unknown) =>
                go({
                  open:
                    (d as { id?: string; payload?: { id: string } }).payload?.id ?? (d as { id: string }).id,
                })
              }
              legendType={s.shape}
              fill="#64748b"
            >
              {s.rows.map((r) => (
                <Cell
                  key={r.id}
                  fill={CHANNEL_COLOUR[r.channel]}
                  stroke={s.shape === "circle" ? "none" : "#0f172a"}
                />
              ))}
            </Scatter>
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    );
  }

  const bars = CHANNELS.filter((c) => data.buckets.some((b) => b.byChannel[c]));
  // Markers only where there is something to mark: a zero draws no dot.
  const rows = data.buckets.map((b) => ({
    ...b,
    deals: b.deals || null,
    callReports: b.callReports || null,
    ...Object.fromEntries(CHANNELS.map((c) => [c, b.byChannel[c] ?? 0])),
  }));
  const zoom = (start: string) => {
    const end = bucketEnd(start, data.unit);
    go({ from: start < data.from ? data.from : start, to: end > data.to ? data.to : end });
  };
  return (
    <ResponsiveContainer width="100%" height={240}>
      <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 11, fill: "#475569" }}
          stroke="#cbd5e1"
          interval="preserveStartEnd"
        />
        <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#475569" }} width={36} stroke="#cbd5e1" />
        <Tooltip wrapperStyle={{ fontSize: 12 }} />
        <Legend iconSize={9} wrapperStyle={{ fontSize: 11 }} />
        {bars.map((c) => (
          <Bar
            isAnimationActive={false}
            key={c}
            dataKey={c}
            name={CHANNEL_LABEL[c]}
            stackId="channels"
            fill={CHANNEL_COLOUR[c]}
            cursor="pointer"
            onClick={(d: unknown) =>
              zoom(
                (d as { start?: string; payload?: { start: string } }).payload?.start ??
                  (d as { start: string }).start,
              )
            }
          />
        ))}
        <Line
          isAnimationActive={false}
          dataKey="callReports"
          name="Call reports"
          stroke="#0f172a"
          strokeDasharray="4 3"
          dot={{ r: 3 }}
          type="monotone"
        />
        <Line
          isAnimationActive={false}
          dataKey="deals"
          name="Deals"
          stroke="#b91c1c"
          dot={{ r: 4, fill: "#b91c1c" }}
          type="monotone"
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
