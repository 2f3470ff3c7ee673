import type { SloDay } from "@/lib/catalog/product-page";

const WIDTH = 120;
const HEIGHT = 28;

/** Thirty days of daily values as a tiny line; red dots mark days the target was missed. */
export function SloSparkline({ days, label }: { days: SloDay[]; label: string }) {
  if (days.length < 2) return <span className="text-xs text-slate-400">no recent data</span>;
  const values = days.map((day) => day.value);
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const x = (index: number) => (index / (days.length - 1)) * (WIDTH - 4) + 2;
  const y = (value: number) => HEIGHT - 2 - ((value - min) / span) * (HEIGHT - 4);
  const missed = days.filter((day) => !day.met).length;
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${label}: ${days.length} days, target missed on ${missed}`}>
      <polyline fill="none" stroke="currentColor" strokeWidth="1.5" className="text-brand-600" points={days.map((day, index) => `${x(index)},${y(day.value)}`).join(" ")} />
      {days.map((day, index) => (!day.met ? <circle key={day.day} cx={x(index)} cy={y(day.value)} r="2" className="fill-rose-500" /> : null))}
    </svg>
  );
}
