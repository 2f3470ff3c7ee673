/**
 * The intended governance outcome of every demo product, so the seeder, the demo script and
 * tests can tell which products should light up in the governance dashboard.
 * - clean: no errors, no warnings
 * - warnings: warnings only (missing field descriptions, availability below 99%, no chat channel,
 *   required columns without a not-null test)
 * - errors: at least one error (no freshness SLO, no classification, no retention, fields without
 *   a PII flag); these products are all `draft`
 */
export type DemoGovernanceOutcome = "clean" | "warnings" | "errors";

export const DEMO_GOVERNANCE_PROFILE: Record<string, DemoGovernanceOutcome> = {
  "customer/customer-360": "warnings", // the reference description is one sentence (DOC-002)
  "customer/customer-profile-raw": "clean",
  "customer/customer-transactions": "clean",
  "customer/customer-addresses": "clean",
  "customer/customer-consents": "clean",
  "customer/support-tickets": "warnings",
  "order/orders-raw-events": "clean",
  "order/orders": "clean",
  "order/order-lines": "clean",
  "order/returns": "clean",
  "order/orders-legacy-v1": "warnings", // legacy camelCase columns (SCHEMA-003)
  "order/abandoned-carts": "errors",
  "inventory/stock-levels": "clean",
  "inventory/warehouse-movements": "warnings",
  "inventory/stock-snapshots-daily": "clean",
  "inventory/stock-reservations": "clean",
  "product/product-catalog": "clean",
  "product/product-prices": "clean",
  "product/product-categories": "warnings",
  "product/product-reviews": "warnings",
  "payments/payment-transactions": "clean",
  "payments/refunds": "clean",
  "payments/chargebacks": "clean",
  "payments/settlements": "warnings",
  "logistics/shipments": "clean",
  "logistics/delivery-events": "warnings",
  "logistics/carrier-performance": "clean",
  "logistics/shipment-tracking-legacy": "warnings",
  "logistics/shipping-costs": "errors",
  "marketing/web-sessions": "warnings",
  "marketing/campaign-performance": "clean",
  "marketing/email-engagement": "clean",
  "marketing/marketing-attribution": "clean",
  "marketing/promo-redemptions": "errors",
  "marketing/campaign-spend-v1": "warnings",
  "finance/general-ledger": "clean",
  "finance/revenue-daily": "clean",
  "finance/vat-returns": "warnings", // still reads the deprecated legacy export (LINEAGE-002)
  "finance/cost-of-goods-sold": "clean",
  "finance/budget-vs-actuals": "errors",
  "customer-insights/customer-lifetime-value": "clean",
  "customer-insights/customer-segments": "clean",
  "customer-insights/churn-predictions": "warnings",
  "customer-insights/nps-feedback": "errors",
  "analytics/executive-kpis": "clean",
  "analytics/board-pack-monthly": "clean",
  "analytics/trading-dashboard-feed": "warnings",
  "supply-chain/demand-forecast": "clean",
  "supply-chain/replenishment-plan": "clean",
  "supply-chain/supplier-lead-times": "warnings",
  "supply-chain/supplier-scorecards": "errors",
  "risk/fraud-scores": "clean",
  "risk/chargeback-risk": "warnings",
  "risk/aml-screening": "errors",
};

/** The one designated lineage diamond: A feeds B and C, and both feed D. */
export const DEMO_LINEAGE_DIAMOND = {
  top: "order/orders",
  left: "finance/revenue-daily",
  right: "customer-insights/customer-lifetime-value",
  bottom: "analytics/executive-kpis",
} as const;

/** Notable lineage chains (product refs, upstream first). */
export const DEMO_LINEAGE_CHAINS: readonly (readonly string[])[] = [
  ["order/orders-raw-events", "order/orders", "finance/revenue-daily", "analytics/executive-kpis", "analytics/board-pack-monthly"],
  [
    "order/orders-raw-events",
    "order/orders",
    "order/returns",
    "payments/refunds",
    "finance/revenue-daily",
    "analytics/executive-kpis",
    "analytics/board-pack-monthly",
  ],
  [
    "order/orders",
    "customer/customer-transactions",
    "customer/customer-360",
    "customer-insights/customer-lifetime-value",
    "customer-insights/customer-segments",
    "customer-insights/churn-predictions",
  ],
  [
    "order/orders-raw-events",
    "order/orders",
    "customer/customer-transactions",
    "customer/customer-360",
    "risk/fraud-scores",
    "risk/chargeback-risk",
  ],
];
