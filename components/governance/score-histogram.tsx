"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface HistogramBucket {
  from: number;
  to: number;
  products: number;
  href: string;
}

const colour = (from: number) => (from >= 90 ? "#059669" : from >= 70 ? "#d97706" : "#e11d48");

/** Products per score band; a click on a bar opens the list behind it (the links below do the same for keyboards and screen readers). */
export function ScoreHistogram({ buckets }: { buckets: HistogramBucket[] }) {
  const router = useRouter();
  const data = buckets.map((bucket) => ({ ...bucket, label: `${bucket.from}–${bucket.to}` }));
  return (
    <figure>
      <div className="h-56" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} interval={0} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#475569" }} />
            <Tooltip formatter={(value) => [`${value} products`, "Products"]} labelFormatter={(label) => `Score ${label}`} cursor={{ fill: "#f1f5f9" }} />
            <Bar dataKey="products" radius={[4, 4, 0, 0]} className="cursor-pointer" isAnimationActive={false} onClick={(entry) => router.push((entry as unknown as HistogramBucket).href)}>
              {data.map((bucket) => (
                <Cell key={bucket.from} fill={colour(bucket.from)} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
        <span className="sr-only">Products per score band:</span>
        {data
          .filter((bucket) => bucket.products > 0)
          .map((bucket) => (
            <a key={bucket.from} href={bucket.href} className="hover:text-brand-700 hover:underline">
              {bucket.label}: <span className="font-semibold tabular-nums">{bucket.products}</span>
            </a>
          ))}
      </figcaption>
    </figure>
  );
}
