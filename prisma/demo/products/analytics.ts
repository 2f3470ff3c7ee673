import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "analytics-team",
  email: "bi@northwind.example",
  slack: "#bi-help",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/analytics/${page}`;

export const analyticsProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "executive-kpis",
      domain: "analytics",
      version: "2.0.0",
      title: "Executive KPI Scorecard",
      status: "active",
      tags: ["kpi", "executive", "scorecard", "flagship"],
      owner: { ...owner, productOwner: "samuel.adeyemi@northwind.example", steward: "fatima.zahra@northwind.example" },
    },
    spec: {
      description: `## Executive KPI Scorecard

The daily company scorecard reviewed by the leadership team every Monday: net revenue, orders, average order value, active customers, customer value and on-time delivery.
Every KPI has one official definition, owned by the BI team and approved by the KPI council.

### Sources
- Revenue and orders from \`finance/revenue-daily\`
- Customer value from \`customer-insights/customer-lifetime-value\`
- Delivery performance from \`logistics/carrier-performance\`

Numbers are final once the finance day is closed (06:00 CET).`,
      documentation: [
        { title: "KPI definitions", url: wiki("executive-kpis/definitions") },
        { title: "Scorecard dashboard", url: "https://bi.northwind.example/dashboards/executive-scorecard" },
      ],
      inputPorts: [
        { name: "revenue", type: "snowflake", product: "finance/revenue-daily", port: "revenue-daily-table", usesFields: ["revenue_date", "orders_count", "net_revenue_eur"] },
        { name: "customer-value", type: "snowflake", product: "customer-insights/customer-lifetime-value", port: "clv-table", usesFields: ["customer_id", "predicted_clv_eur"] },
        { name: "delivery", type: "snowflake", product: "logistics/carrier-performance", port: "carrier-performance-table", usesFields: ["delivery_date", "parcels_delivered", "on_time_rate"] },
      ],
      outputPorts: [{ name: "kpis-table", type: "snowflake", database: "analytics", schema: "gold", table: "executive_kpis_daily" }],
      schema: {
        type: "sql",
        fields: [
          { name: "kpi_date", type: "date", description: "Business day", pii: false, required: true },
          { name: "net_revenue_eur", type: "decimal", description: "Net revenue in EUR", pii: false, required: true },
          { name: "orders", type: "integer", description: "Fulfilled orders", pii: false, required: true },
          { name: "average_order_value_eur", type: "decimal", description: "Net revenue per order", pii: false, required: true },
          { name: "active_customers_12m", type: "integer", description: "Customers with an order in the last 12 months", pii: false, required: true },
          { name: "avg_predicted_clv_eur", type: "decimal", description: "Average predicted 24-month CLV of active customers", pii: false, required: true },
          { name: "on_time_delivery_rate", type: "double", description: "Share of parcels delivered on time (0-1)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "kpi_date", threshold: "100%" },
          { type: "not_null", columns: ["kpi_date", "net_revenue_eur", "orders", "average_order_value_eur", "active_customers_12m", "avg_predicted_clv_eur", "on_time_delivery_rate"] },
          { type: "range", column: "on_time_delivery_rate", min: 0, max: 1 },
        ],
      },
      access: {
        classification: "confidential",
        retention: "10 years",
        roles: [{ name: "leadership", permissions: ["read"], principals: ["group:leadership", "group:all-analysts"] }],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "board-pack-monthly",
      domain: "analytics",
      version: "1.3.0",
      title: "Monthly Board Pack",
      status: "active",
      tags: ["kpi", "board", "monthly"],
      owner: { ...owner, productOwner: "samuel.adeyemi@northwind.example" },
    },
    spec: {
      description: `The figures behind the monthly board pack: month-to-date and year-to-date KPIs against budget and prior year, plus the P&L summary from the ledger.
Published as Parquet files per month on working day 6, after the finance close.
Files are immutable once published; restatements get a new file with a \`_restated\` suffix.`,
      documentation: [{ title: "Board pack production calendar", url: wiki("board-pack-monthly/calendar") }],
      inputPorts: [
        { name: "kpis", type: "snowflake", product: "analytics/executive-kpis", port: "kpis-table" },
        { name: "ledger", type: "snowflake", product: "finance/general-ledger", port: "gl-table", usesFields: ["fiscal_period", "account", "amount_eur", "company_code"] },
      ],
      outputPorts: [{ name: "board-pack-files", type: "s3", location: "s3://northwind-mesh-analytics/board-pack/", format: "parquet" }],
      schema: {
        type: "parquet",
        fields: [
          { name: "fiscal_period", type: "string", description: "Fiscal year and period", pii: false, required: true },
          { name: "metric", type: "string", description: "KPI or P&L line", pii: false, required: true },
          { name: "actual", type: "decimal", description: "Actual value for the month", pii: false, required: true },
          { name: "budget", type: "decimal", description: "Budgeted value for the month", pii: false, required: false },
          { name: "prior_year", type: "decimal", description: "Value in the same month last year", pii: false, required: false },
          { name: "ytd_actual", type: "decimal", description: "Year-to-date actual", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "31 days", measurement: "file_arrival_time" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["fiscal_period", "metric"], threshold: "100%" },
          { type: "not_null", columns: ["fiscal_period", "metric", "actual", "ytd_actual"] },
        ],
      },
      access: {
        classification: "restricted",
        retention: "10 years",
        roles: [{ name: "board-and-exec", permissions: ["read"], principals: ["group:leadership", "group:board-office"] }],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "trading-dashboard-feed",
      domain: "analytics",
      version: "1.0.0",
      title: "Trading Dashboard Feed",
      status: "active",
      tags: ["trading", "real-time", "dashboard"],
      owner: { team: "analytics-team", email: "bi@northwind.example", productOwner: "fatima.zahra@northwind.example" },
    },
    spec: {
      description: `Intraday trading figures for the commercial team's wall screens: orders and demand per hour, and stock-outs on top sellers.
Served as a small REST API polled every minute by the dashboard; not meant for analytical queries.`,
      inputPorts: [
        { name: "orders", type: "kafka", product: "order/orders", port: "orders-stream" },
        { name: "stock", type: "kafka", product: "inventory/stock-levels", port: "stock-levels-stream", usesFields: ["sku", "available"] },
      ],
      outputPorts: [{ name: "trading-feed-api", type: "rest", location: "https://api.northwind.example/data/analytics/v1/trading", format: "json" }],
      schema: {
        type: "json-schema",
        fields: [
          { name: "hour", type: "timestamp", description: "Start of the hour (UTC)", pii: false, required: true },
          { name: "orders", type: "integer", pii: false, required: true },
          { name: "demand_eur", type: "decimal", pii: false, required: true },
          { name: "stockouts_top100", type: "integer", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "5 minutes", measurement: "max_latency_from_source" },
        availability: { target: "98.5%", measurement: "uptime_percentage" },
      },
      access: { classification: "internal", retention: "90 days" },
    },
  },
];
