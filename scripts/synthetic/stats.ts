/** Summary statistics for benchmark timings. Percentiles use the nearest-rank method: always a
 * value that was actually measured, never an interpolation between two runs. */
export interface TimingSummary {
  iterations: number;
  min: number;
  median: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile: the smallest value such that at least p% of values are ≤ it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError("percentile of an empty list");
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1];
}

/** The middle value; for an even count the mean of the two middle values (the usual median). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(values: readonly number[]): TimingSummary {
  if (values.length === 0) throw new RangeError("summary of an empty list");
  let sum = 0;
  for (const value of values) sum += value;
  return {
    iterations: values.length,
    min: Math.min(...values),
    median: median(values),
    p95: percentile(values, 95),
    max: Math.max(...values),
    mean: sum / values.length,
  };
}
