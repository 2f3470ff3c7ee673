import { describe, expect, it } from "vitest";
import { formatMinutes, parseSloTarget } from "./slo-target";

describe("parseSloTarget", () => {
  it("parses percentages", () => {
    expect(parseSloTarget("99.9%")).toEqual({ value: 99.9, unit: "percent" });
    expect(parseSloTarget(" 100 % ")).toEqual({ value: 100, unit: "percent" });
  });

  it("normalises durations to minutes", () => {
    expect(parseSloTarget("1 hour")).toEqual({ value: 60, unit: "minutes" });
    expect(parseSloTarget("30 minutes")).toEqual({ value: 30, unit: "minutes" });
    expect(parseSloTarget("2 days")).toEqual({ value: 2880, unit: "minutes" });
    expect(parseSloTarget("15min")).toEqual({ value: 15, unit: "minutes" });
    expect(parseSloTarget("6h")).toEqual({ value: 360, unit: "minutes" });
    expect(parseSloTarget("1d")).toEqual({ value: 1440, unit: "minutes" });
    expect(parseSloTarget("90 seconds")).toEqual({ value: 1.5, unit: "minutes" });
    expect(parseSloTarget("2 HOURS")).toEqual({ value: 120, unit: "minutes" });
  });

  it("returns null for anything it cannot read", () => {
    expect(parseSloTarget("")).toBeNull();
    expect(parseSloTarget("soon")).toBeNull();
    expect(parseSloTarget("1 week")).toBeNull();
    expect(parseSloTarget("-1 hour")).toBeNull();
    expect(parseSloTarget(99)).toBeNull();
    expect(parseSloTarget(undefined)).toBeNull();
    expect(parseSloTarget(null)).toBeNull();
  });
});

describe("formatMinutes", () => {
  it("picks a readable unit", () => {
    expect(formatMinutes(30)).toBe("30 minutes");
    expect(formatMinutes(1)).toBe("1 minute");
    expect(formatMinutes(60)).toBe("1 hour");
    expect(formatMinutes(90)).toBe("1.5 hours");
    expect(formatMinutes(2880)).toBe("2 days");
    expect(formatMinutes(0.5)).toBe("30 seconds");
  });
});
