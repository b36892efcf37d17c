"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { CHANNEL_COLOUR, CHANNEL_LABEL } from "../_timeline/channels.ts";
import type { CommunicationChannel } from "@/server/generated/prisma/enums.ts";
import { formatMoney } from "@/app/_components/format.ts";

const tick = { fontSize: 10, fill: "#475569" };
// Figures arrive in EUR, the reporting currency.
const eur = (v: unknown) => formatMoney(Number(v), "EUR", { compact: true });
const short = (m: string) => m.slice(2).replace("-", "/");

export function RevenueChart({ rows }: { rows: { month: string; opportunities: number; deals: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height={130}>
      <LineChart data={rows} margin={{ top: 4, right: 4, bottom: 0, left: -8 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="month" tickFormatter={short} tick={tick} />
        <YAxis tickFormatter={eur} tick={tick} width={44} />
        <Tooltip formatter={eur} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Line dataKey="opportunities" name="Won opportunities" stroke="#0072B2" dot={false} strokeWidth={2} />
        <Line dataKey="deals" name="Sales credit on deals" stroke="#E69F00" dot={false} strokeWidth={2} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function InteractionsChart({
  months,
  channels,
}: {
  months: Record<string, number | string>[];
  channels: string[];
}) {
  return (
    <ResponsiveContainer width="100%" height={130}>
      <BarChart data={months} margin={{ top: 4, right: 4, bottom: 0, left: -20 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="month" tickFormatter={short} tick={tick} />
        <YAxis allowDecimals={false} tick={tick} width={36} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {channels.map((c) => (
          <Bar
            key={c}
            dataKey={c}
            name={CHANNEL_LABEL[c as CommunicationChannel] ?? c}
            stackId="i"
            fill={CHANNEL_COLOUR[c as CommunicationChannel] ?? "#64748b"}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function HoldingsChart({ rows }: { rows: { name: string; netEur: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(60, rows.length * 22 + 20)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 8, bottom: 0, left: 8 }}>
        <XAxis type="number" tickFormatter={eur} tick={tick} />
        <YAxis type="category" dataKey="name" tick={tick} width={80} />
        <Tooltip formatter={eur} />
        <Bar dataKey="netEur" name="Net position (EUR)" fill="#009E73" />
      </BarChart>
    </ResponsiveContainer>
  );
}
