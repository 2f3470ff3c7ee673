/**
 * Deterministic SLO measurement history for the demo mesh: 30 days, 4 measurements a day.
 * No Math.random: every series is seeded by a hash of the product ref and the SLO kind,
 * so the same product always gets the same history relative to `now`.
 */

export type DemoSloKind = "freshness" | "availability" | "completeness" | "accuracy";
export type DemoSloUnit = "minutes" | "percent";

export interface DemoSloTarget {
  kind: DemoSloKind;
  targetValue: number;
  unit: DemoSloUnit;
}

export interface DemoSloMeasurement {
  observedAt: Date;
  value: number;
}

/** Products whose recent measurements breach their SLOs (freshness lag above target, availability below). */
export const BREACHING_PRODUCTS: readonly string[] = [
  "logistics/carrier-performance",
  "marketing/campaign-performance",
  "inventory/stock-levels",
  "supply-chain/demand-forecast",
  "customer/customer-consents",
];

/** Products whose recent measurements still meet their SLOs, but only just. */
export const AT_RISK_PRODUCTS: readonly string[] = ["finance/revenue-daily", "order/orders", "risk/fraud-scores"];

export const DEMO_SLO_DAYS = 30;
export const DEMO_SLO_POINTS_PER_DAY = 4;
/** Measurements in the last this-many points show the breach or the risk. */
export const DEMO_SLO_RECENT_POINTS = 12;

const HOUR_MS = 60 * 60 * 1000;
const STEP_MS = (24 / DEMO_SLO_POINTS_PER_DAY) * HOUR_MS;

/** FNV-1a 32-bit hash. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small deterministic PRNG returning numbers in [0, 1). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/**
 * 30 days of measurements (4 a day, oldest first, the last one at `now` rounded down to the
 * 6-hour slot). Healthy products meet their targets with rare blips older than a week;
 * BREACHING_PRODUCTS breach over the last 3 days; AT_RISK_PRODUCTS hover just inside the target.
 */
export function demoSloMeasurements(productRef: string, slo: DemoSloTarget, now: Date): DemoSloMeasurement[] {
  const random = prng(hash(`${productRef}#${slo.kind}`));
  const breaching = BREACHING_PRODUCTS.includes(productRef);
  const atRisk = AT_RISK_PRODUCTS.includes(productRef);
  const total = DEMO_SLO_DAYS * DEMO_SLO_POINTS_PER_DAY;
  const last = Math.floor(now.getTime() / STEP_MS) * STEP_MS;
  const isFreshness = slo.kind === "freshness";
  const target = slo.targetValue;
  // Percent SLOs: the headroom between the target and 100%, between 0.05 and 5 points.
  const headroom = Math.min(Math.max(100 - target, 0.05), 5);

  const points: DemoSloMeasurement[] = [];
  for (let i = 0; i < total; i++) {
    const observedAt = new Date(last - (total - 1 - i) * STEP_MS);
    const recent = i >= total - DEMO_SLO_RECENT_POINTS;
    const r = random();
    // A rare blip older than a week keeps healthy histories realistic without a current breach.
    const blip = !recent && i < total - 7 * DEMO_SLO_POINTS_PER_DAY && random() < 0.02;
    let value: number;
    if (isFreshness) {
      if (recent && breaching) value = target * (1.3 + 1.2 * r);
      else if (recent && atRisk) value = target * (0.9 + 0.09 * r);
      else if (blip) value = target * (1.05 + 0.4 * r);
      else value = target * (0.25 + 0.55 * r);
      value = round(value, 1);
      // Rounding must not flip a point across the target.
      if (!(recent && breaching) && !blip && value > target) value = target;
    } else {
      if (recent && breaching) value = target - headroom * (1 + 4 * r) - 0.2;
      else if (recent && atRisk) value = target + headroom * 0.15 * r;
      else if (blip) value = target - headroom * (0.5 + 2 * r);
      else value = target + headroom * (0.35 + 0.65 * r);
      value = Math.min(100, Math.max(0, round(value, 3)));
      if (!(recent && breaching) && !blip && value < target) value = target;
    }
    points.push({ observedAt, value });
  }
  return points;
}
