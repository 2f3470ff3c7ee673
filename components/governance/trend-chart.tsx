"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendSeries {
  key: string;
  label: string;
  colour: string;
  /** "percent" values are 0..1 and shown as percentages */
  format?: "number" | "percent";
}

const formatValue = (value: number, format: TrendSeries["format"]) => (format === "percent" ? `${Math.round(value * 100)}%` : String(value));

/** A daily trend with a tooltip per day; the caption states the first and last value for screen readers. */
export function TrendChart({ data, series, title, domain }: { data: Record<string, number | string | null>[]; series: TrendSeries[]; title: string; domain?: [number, number] }) {
  const first = data[0];
  const last = data.at(-1);
  const summary = first && last
    ? series
        .map((item) => `${item.label} went from ${formatValue(Number(first[item.key] ?? 0), item.format)} on ${first.day} to ${formatValue(Number(last[item.key] ?? 0), item.format)} on ${last.day}`)
        .join("; ")
    : "No history yet";
  return (
    <figure>
      <div className="h-52" role="img" aria-label={`${title}: ${summary}`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="day" tick={{ fontSize: 11, fill: "#475569" }} tickFormatter={(day: string) => day.slice(5)} minTickGap={24} />
            <YAxis tick={{ fontSize: 11, fill: "#475569" }} domain={domain ?? ["auto", "auto"]} tickFormatter={(value: number) => formatValue(value, series[0]?.format)} />
            <Tooltip
              formatter={(value, name) => {
                const item = series.find((candidate) => candidate.label === name);
                return [formatValue(Number(value), item?.format), name];
              }}
            />
            {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
            {series.map((item) => (
              <Line key={item.key} type="monotone" dataKey={item.key} name={item.label} stroke={item.colour} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
    </figure>
  );
}
