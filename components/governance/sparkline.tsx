"use client";

import { Line, LineChart, ResponsiveContainer, Tooltip } from "recharts";

/** A 30-day score trend small enough for a table cell; the label says the first and last value. */
export function Sparkline({ points, label }: { points: { day: string; averageScore: number }[]; label: string }) {
  if (points.length < 2) return <span className="text-xs text-slate-400">no history</span>;
  const first = points[0].averageScore;
  const last = points.at(-1)!.averageScore;
  const colour = last > first ? "#059669" : last < first ? "#e11d48" : "#64748b";
  return (
    <div className="h-8 w-28" role="img" aria-label={`${label}: ${first} on ${points[0].day}, ${last} on ${points.at(-1)!.day}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 2, right: 2, bottom: 2, left: 2 }}>
          <Tooltip formatter={(value) => [value, "Average score"]} labelFormatter={(_, payload) => String(payload?.[0]?.payload?.day ?? "")} wrapperStyle={{ fontSize: 11 }} />
          <Line type="monotone" dataKey="averageScore" stroke={colour} strokeWidth={1.5} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
