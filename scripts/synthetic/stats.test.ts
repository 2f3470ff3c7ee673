import { describe, expect, it } from "vitest";
import { median, percentile, summarize } from "./stats";

describe("bench statistics", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it("uses the nearest rank for percentiles, so p95 is always a measured value", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    // 20 values: rank ceil(0.95 × 20) = 19
    expect(percentile(Array.from({ length: 20 }, (_, i) => (i + 1) * 10), 95)).toBe(190);
    // 50 values (the default iteration count): rank ceil(47.5) = 48
    expect(percentile(Array.from({ length: 50 }, (_, i) => 50 - i), 95)).toBe(48);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([42], 95)).toBe(42);
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    percentile(values, 95);
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it("refuses empty input and percentiles outside (0, 100]", () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => percentile([], 95)).toThrow(RangeError);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it("summarizes a run", () => {
    expect(summarize([4, 2, 8, 6])).toEqual({ iterations: 4, min: 2, median: 5, p95: 8, max: 8, mean: 5 });
  });
});
