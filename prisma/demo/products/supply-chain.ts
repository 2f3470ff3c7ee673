import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "supply-chain-team",
  email: "supply-chain-data@northwind.example",
  slack: "#supply-chain-planning",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/supply-chain/${page}`;

export const supplyChainProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "demand-forecast",
      domain: "supply-chain",
      version: "2.3.0",
      title: "Demand Forecast",
      status: "active",
      tags: ["supply-chain", "forecast", "ml", "planning"],
      owner: { ...owner, productOwner: "isabel.garcia@northwind.example", steward: "jonas.weber@northwind.example" },
    },
    spec: {
      description: `## Demand Forecast

Daily unit demand forecast per SKU and fulfilment centre for the next 16 weeks, with P10/P50/P90 quantiles.
The model learns from order lines, corrects for stock-outs using daily stock snapshots and uses catalog attributes for new articles without history.

- Refreshed nightly at 03:00 CET
- Forecast accuracy (WAPE) is tracked per category on the planning wiki
- Promotions are only known if they are in the promo calendar two weeks ahead`,
      documentation: [
        { title: "Forecasting model", url: wiki("demand-forecast/model") },
        { title: "Forecast accuracy report", url: "https://bi.northwind.example/dashboards/forecast-accuracy" },
      ],
      inputPorts: [
        { name: "order-lines", type: "snowflake", product: "order/order-lines", port: "order-lines-table", usesFields: ["sku", "quantity", "placed_at"] },
        { name: "stock-snapshots", type: "snowflake", product: "inventory/stock-snapshots-daily", port: "stock-snapshots-table", usesFields: ["snapshot_date", "sku", "warehouse_code", "available"] },
        { name: "catalog", type: "snowflake", product: "product/product-catalog", port: "catalog-table", usesFields: ["sku", "article_id", "category_id", "brand", "lifecycle"] },
      ],
      outputPorts: [{ name: "forecast-table", type: "snowflake", database: "supply_chain", schema: "gold", table: "demand_forecast" }],
      schema: {
        type: "sql",
        fields: [
          { name: "forecast_date", type: "date", description: "Day the forecast was produced", pii: false, required: true },
          { name: "target_date", type: "date", description: "Day being forecast", pii: false, required: true },
          { name: "sku", type: "string", description: "Stock keeping unit", pii: false, required: true },
          { name: "warehouse_code", type: "string", description: "Fulfilment centre", pii: false, required: true },
          { name: "units_p10", type: "double", description: "10th percentile of unit demand", pii: false, required: true },
          { name: "units_p50", type: "double", description: "Median unit demand", pii: false, required: true },
          { name: "units_p90", type: "double", description: "90th percentile of unit demand", pii: false, required: true },
          { name: "model_version", type: "string", description: "Forecast model version", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.5%", measurement: "uptime_percentage" },
        accuracy: { target: "70%", measurement: "one_minus_wape_4_weeks" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["forecast_date", "target_date", "sku", "warehouse_code"], threshold: "100%" },
          { type: "not_null", columns: ["forecast_date", "target_date", "sku", "warehouse_code", "units_p10", "units_p50", "units_p90", "model_version"] },
          { type: "custom", description: "units_p10 <= units_p50 <= units_p90" },
        ],
      },
      access: { classification: "internal", retention: "3 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "replenishment-plan",
      domain: "supply-chain",
      version: "1.5.0",
      title: "Replenishment Plan",
      status: "active",
      tags: ["supply-chain", "replenishment", "purchasing"],
      owner: { ...owner, productOwner: "isabel.garcia@northwind.example" },
    },
    spec: {
      description: `Suggested purchase orders per SKU, supplier and fulfilment centre, produced every morning for the buying team.
Order quantities cover forecast demand over the supplier lead time plus safety stock, minus what is available and already on order.
Buyers accept or change the suggestions in SAP; the API port feeds the buying cockpit.`,
      documentation: [{ title: "Replenishment logic", url: wiki("replenishment-plan/logic") }],
      inputPorts: [
        { name: "forecast", type: "snowflake", product: "supply-chain/demand-forecast", port: "forecast-table" },
        { name: "stock", type: "snowflake", product: "inventory/stock-levels", port: "stock-levels-table", usesFields: ["sku", "warehouse_code", "available"] },
        { name: "lead-times", type: "snowflake", product: "supply-chain/supplier-lead-times", port: "lead-times-table" },
      ],
      outputPorts: [
        { name: "replenishment-table", type: "snowflake", database: "supply_chain", schema: "gold", table: "replenishment_plan" },
        { name: "replenishment-api", type: "rest", location: "https://api.northwind.example/data/supply-chain/v1/replenishment", format: "json" },
      ],
      schema: {
        type: "sql",
        fields: [
          { name: "plan_date", type: "date", description: "Day of the plan", pii: false, required: true },
          { name: "sku", type: "string", description: "Stock keeping unit", pii: false, required: true },
          { name: "warehouse_code", type: "string", description: "Fulfilment centre", pii: false, required: true },
          { name: "supplier_id", type: "string", description: "SAP supplier number", pii: false, required: true },
          { name: "suggested_units", type: "integer", description: "Units to order", pii: false, required: true },
          { name: "safety_stock_units", type: "integer", description: "Safety stock target", pii: false, required: true },
          { name: "expected_arrival_date", type: "date", description: "Arrival if ordered today", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["plan_date", "sku", "warehouse_code"], threshold: "100%" },
          { type: "not_null", columns: ["plan_date", "sku", "warehouse_code", "supplier_id", "suggested_units", "safety_stock_units", "expected_arrival_date"] },
          { type: "range", column: "suggested_units", min: 0 },
        ],
      },
      access: { classification: "internal", retention: "3 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "supplier-lead-times",
      domain: "supply-chain",
      version: "1.0.0",
      title: "Supplier Lead Times",
      status: "active",
      tags: ["supply-chain", "suppliers", "sap"],
      owner: { team: "supply-chain-team", email: "supply-chain-data@northwind.example", productOwner: "isabel.garcia@northwind.example" },
    },
    spec: {
      description: `Agreed and observed lead times per supplier and fulfilment centre, from purchase order to goods receipt.
Observed lead times are the rolling 90-day median of closed purchase orders in SAP.`,
      inputPorts: [{ name: "sap-purchase-orders", type: "rest", sourceSystem: "sap-erp", location: "https://erp.northwind.example/sap/opu/odata/sap/API_PURCHASEORDER_PROCESS_SRV" }],
      outputPorts: [{ name: "lead-times-table", type: "snowflake", database: "supply_chain", schema: "silver", table: "supplier_lead_times" }],
      schema: {
        type: "sql",
        fields: [
          { name: "supplier_id", type: "string", description: "SAP supplier number", pii: false, required: true },
          { name: "supplier_name", type: "string", pii: false, required: true },
          { name: "warehouse_code", type: "string", pii: false, required: true },
          { name: "agreed_lead_time_days", type: "integer", pii: false, required: true },
          { name: "observed_lead_time_days", type: "double", pii: false, required: false },
          { name: "account_manager_email", type: "string", description: "Supplier-side contact", pii: true, required: false },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "max_latency_from_source" },
        availability: { target: "99%", measurement: "uptime_percentage" },
      },
      quality: { tests: [{ type: "uniqueness", columns: ["supplier_id", "warehouse_code"], threshold: "100%" }] },
      access: {
        classification: "confidential",
        retention: "5 years",
        privacy: { pii_columns: ["account_manager_email"], masking_policy: "hash_pii_for_non_privileged" },
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "supplier-scorecards",
      domain: "supply-chain",
      version: "0.2.0",
      title: "Supplier Scorecards",
      status: "draft",
      tags: ["supply-chain", "suppliers", "kpi"],
      owner: { ...owner, productOwner: "isabel.garcia@northwind.example" },
    },
    spec: {
      description: `Draft: quarterly supplier scorecards with on-time-in-full (OTIF) delivery, lead-time reliability and quality rejections at goods receipt.
The quality rejection rules are still being agreed with the warehouse teams.`,
      inputPorts: [
        { name: "lead-times", type: "snowflake", product: "supply-chain/supplier-lead-times", port: "lead-times-table" },
        { name: "movements", type: "snowflake", product: "inventory/warehouse-movements", port: "movements-table", usesFields: ["movement_type", "sku", "quantity", "moved_at"] },
      ],
      outputPorts: [{ name: "scorecards-table", type: "snowflake", database: "supply_chain", schema: "sandbox", table: "supplier_scorecards" }],
      schema: {
        type: "sql",
        fields: [
          { name: "quarter", type: "string", description: "Calendar quarter, e.g. 2025-Q3", pii: false, required: true },
          { name: "supplier_id", type: "string", description: "SAP supplier number", pii: false, required: true },
          { name: "otif_rate", type: "double", description: "Share of purchase order lines delivered on time and in full", pii: false, required: true },
          { name: "rejection_rate", type: "double", description: "Share of received units rejected at inspection", pii: false, required: false },
        ],
      },
      slo: { availability: { target: "99%", measurement: "uptime_percentage" } },
      quality: { tests: [{ type: "not_null", columns: ["quarter", "supplier_id", "otif_rate"] }] },
      access: { classification: "confidential", retention: "5 years" },
    },
  },
];
