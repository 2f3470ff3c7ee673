/**
 * SLO compliance over a rolling window, from observed measurements.
 * A measurement meets a freshness SLO when the lag is at most the target, and a percentage SLO
 * when the value is at least the target. The objective is that 95% of measurements in the window
 * meet the target; the rest is the error budget.
 */
export type SloUnit = "minutes" | "percent";
export type SloStateName = "NONE" | "MET" | "AT_RISK" | "BREACHED";

export const COMPLIANCE_OBJECTIVE = 0.95;
export const WINDOW_DAYS = 30;

export function meetsTarget(value: number, target: { targetValue: number; unit: SloUnit }): boolean {
  return target.unit === "minutes" ? value <= target.targetValue : value >= target.targetValue;
}

export interface ComplianceSummary {
  /** share of measurements meeting the target, 0..1; null without measurements */
  compliance: number | null;
  /** share of the error budget left, 0..1 (negative budgets are reported as 0) */
  budgetRemaining: number | null;
  state: SloStateName;
  measurements: number;
}

/**
 * BREACHED once the budget is spent; AT_RISK when less than half of it is left or the latest
 * measurement missed; MET otherwise; NONE without measurements.
 */
export function summariseCompliance(met: number, total: number, latestMet: boolean | null): ComplianceSummary {
  if (total === 0) return { compliance: null, budgetRemaining: null, state: "NONE", measurements: 0 };
  const compliance = met / total;
  const allowedMisses = (1 - COMPLIANCE_OBJECTIVE) * total;
  const budgetRemaining = Math.max(0, 1 - (total - met) / allowedMisses);
  const state = budgetRemaining <= 0 ? "BREACHED" : budgetRemaining < 0.5 || latestMet === false ? "AT_RISK" : "MET";
  return { compliance, budgetRemaining, state, measurements: total };
}

const STATE_RANK: Record<SloStateName, number> = { NONE: 0, MET: 1, AT_RISK: 2, BREACHED: 3 };

/** A product is as healthy as its worst SLO. */
export function worstState(states: SloStateName[]): SloStateName {
  return states.reduce<SloStateName>((worst, state) => (STATE_RANK[state] > STATE_RANK[worst] ? state : worst), "NONE");
}
