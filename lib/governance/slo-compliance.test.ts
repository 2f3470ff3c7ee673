import { describe, expect, it } from "vitest";
import { meetsTarget, summariseCompliance, worstState } from "./slo-compliance";

describe("SLO compliance", () => {
  it("reads freshness as a ceiling and percentages as a floor", () => {
    expect(meetsTarget(45, { targetValue: 60, unit: "minutes" })).toBe(true);
    expect(meetsTarget(75, { targetValue: 60, unit: "minutes" })).toBe(false);
    expect(meetsTarget(99.95, { targetValue: 99.9, unit: "percent" })).toBe(true);
    expect(meetsTarget(99.5, { targetValue: 99.9, unit: "percent" })).toBe(false);
  });

  it("is met with a full error budget", () => {
    expect(summariseCompliance(100, 100, true)).toEqual({ compliance: 1, budgetRemaining: 1, state: "MET", measurements: 100 });
  });

  it("is at risk when more than half the budget is spent", () => {
    const summary = summariseCompliance(97, 100, true);
    expect(summary.state).toBe("AT_RISK");
    expect(summary.budgetRemaining).toBeCloseTo(0.4);
  });

  it("is at risk when the latest measurement missed, even with budget left", () => {
    expect(summariseCompliance(99, 100, false).state).toBe("AT_RISK");
  });

  it("is breached once the budget is spent", () => {
    expect(summariseCompliance(90, 100, false)).toMatchObject({ state: "BREACHED", budgetRemaining: 0, compliance: 0.9 });
  });

  it("says nothing without measurements", () => {
    expect(summariseCompliance(0, 0, null).state).toBe("NONE");
  });

  it("takes the worst state of a product's SLOs", () => {
    expect(worstState(["MET", "BREACHED", "AT_RISK"])).toBe("BREACHED");
    expect(worstState([])).toBe("NONE");
  });
});
