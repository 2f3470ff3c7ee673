import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "inventory-domain-team",
  email: "inventory-data@northwind.example",
  slack: "#inventory-data",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/inventory/${page}`;

export const inventoryProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "stock-levels",
      domain: "inventory",
      version: "2.0.0",
      title: "Stock Levels",
      status: "active",
      tags: ["inventory", "stock", "real-time"],
      owner: { ...owner, productOwner: "kenji.tanaka@northwind.example", steward: "jonas.weber@northwind.example" },
    },
    spec: {
      description: `## Stock Levels

Available-to-sell stock per SKU and fulfilment centre, updated on every pick, receipt and adjustment in the WMS.
The stream port drives the storefront's "only 3 left" badges; the table port holds the latest position for analytics.

- \`on_hand\` is physical stock, \`reserved\` is allocated to open orders
- \`available\` = \`on_hand\` − \`reserved\` − \`quarantined\`, never negative
- Fulfilment centres: \`RTM\` (Rotterdam), \`LEJ\` (Leipzig), \`LDS\` (Leeds), \`POZ\` (Poznań)`,
      documentation: [
        { title: "Stock model", url: wiki("stock-levels/model") },
        { title: "WMS integration", url: wiki("stock-levels/wms-integration") },
      ],
      inputPorts: [{ name: "wms-inventory-events", type: "kafka", sourceSystem: "warehouse-wms", topic: "wms.inventory.adjustments.v1", format: "json" }],
      outputPorts: [
        { name: "stock-levels-stream", type: "kafka", topic: "inventory.stock-levels.v2", format: "avro", description: "Compacted topic keyed by sku + warehouse_code." },
        { name: "stock-levels-table", type: "snowflake", database: "inventory_domain", schema: "gold", table: "stock_levels" },
      ],
      schema: {
        type: "avro",
        fields: [
          { name: "sku", type: "string", description: "Stock keeping unit", pii: false, required: true },
          { name: "warehouse_code", type: "string", description: "Fulfilment centre", pii: false, required: true, enum: ["RTM", "LEJ", "LDS", "POZ"] },
          { name: "on_hand", type: "integer", description: "Physical units in the warehouse", pii: false, required: true },
          { name: "reserved", type: "integer", description: "Units allocated to open orders", pii: false, required: true },
          { name: "quarantined", type: "integer", description: "Units blocked for quality inspection", pii: false, required: true },
          { name: "available", type: "integer", description: "Units available to sell", pii: false, required: true },
          { name: "updated_at", type: "timestamp", description: "Time of the last movement (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "5 minutes", measurement: "max_latency_from_source" },
        availability: { target: "99.95%", measurement: "uptime_percentage" },
        accuracy: { target: "99.5%", measurement: "cycle_count_match_rate" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["sku", "warehouse_code"], threshold: "100%" },
          { type: "not_null", columns: ["sku", "warehouse_code", "on_hand", "reserved", "quarantined", "available", "updated_at"] },
          { type: "range", column: "available", min: 0 },
        ],
      },
      access: { classification: "internal", retention: "2 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "warehouse-movements",
      domain: "inventory",
      version: "1.0.3",
      title: "Warehouse Movements",
      status: "active",
      tags: ["inventory", "wms", "movements"],
      owner: { team: "inventory-domain-team", email: "inventory-data@northwind.example", productOwner: "jonas.weber@northwind.example" },
    },
    spec: {
      description: `Every goods movement recorded by the warehouse management system: receipts, picks, transfers, adjustments and write-offs.
Movements carry the standard cost at the time of the movement so finance can value them.
Expect corrections: the WMS posts reversal movements rather than updating rows.`,
      inputPorts: [{ name: "wms-movements", type: "sftp", sourceSystem: "warehouse-wms", location: "sftp://wms-export.northwind.example/movements/", format: "csv" }],
      outputPorts: [{ name: "movements-table", type: "snowflake", database: "inventory_domain", schema: "silver", table: "warehouse_movements" }],
      schema: {
        type: "sql",
        fields: [
          { name: "movement_id", type: "string", description: "Unique WMS movement number", pii: false, required: true },
          { name: "movement_type", type: "string", pii: false, required: true, enum: ["receipt", "pick", "transfer", "adjustment", "write_off", "reversal"] },
          { name: "sku", type: "string", description: "Stock keeping unit", pii: false, required: true },
          { name: "warehouse_code", type: "string", pii: false, required: true },
          { name: "quantity", type: "integer", description: "Signed quantity moved", pii: false, required: true },
          { name: "standard_cost", type: "decimal", pii: false, required: false },
          { name: "operator_id", type: "string", description: "Badge number of the warehouse operator", pii: true, required: false },
          { name: "moved_at", type: "timestamp", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "4 hours", measurement: "file_arrival_time" },
        availability: { target: "99%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "movement_id", threshold: "100%" },
          { type: "not_null", columns: ["movement_id", "movement_type", "sku", "warehouse_code", "quantity", "moved_at"] },
        ],
      },
      access: {
        classification: "confidential",
        retention: "7 years",
        privacy: { pii_columns: ["operator_id"], masking_policy: "redact_for_non_privileged" },
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "stock-snapshots-daily",
      domain: "inventory",
      version: "1.2.0",
      title: "Daily Stock Snapshots",
      status: "active",
      tags: ["inventory", "snapshot", "daily"],
      owner: { ...owner, productOwner: "kenji.tanaka@northwind.example" },
    },
    spec: {
      description: `End-of-day stock position per SKU and fulfilment centre, frozen at 23:59 Europe/Amsterdam.
Snapshots are immutable once published, which makes them the right input for planning models, stock-cover KPIs and month-end valuation.
Days with no movement still get a row, so the table is dense by design.`,
      documentation: [{ title: "Snapshot semantics", url: wiki("stock-snapshots-daily/semantics") }],
      inputPorts: [{ name: "stock-levels", type: "snowflake", product: "inventory/stock-levels", port: "stock-levels-table" }],
      outputPorts: [{ name: "stock-snapshots-table", type: "snowflake", database: "inventory_domain", schema: "gold", table: "stock_snapshots_daily" }],
      schema: {
        type: "sql",
        fields: [
          { name: "snapshot_date", type: "date", description: "Business day of the snapshot", pii: false, required: true },
          { name: "sku", type: "string", description: "Stock keeping unit", pii: false, required: true },
          { name: "warehouse_code", type: "string", description: "Fulfilment centre", pii: false, required: true },
          { name: "on_hand", type: "integer", description: "Physical units at end of day", pii: false, required: true },
          { name: "available", type: "integer", description: "Units available to sell at end of day", pii: false, required: true },
          { name: "days_of_cover", type: "double", description: "Available units divided by 28-day average daily sales", pii: false, required: false },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
        completeness: { target: "100%", measurement: "sku_warehouse_coverage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["snapshot_date", "sku", "warehouse_code"], threshold: "100%" },
          { type: "not_null", columns: ["snapshot_date", "sku", "warehouse_code", "on_hand", "available"] },
          { type: "row_count", min: 100000, description: "Roughly 140k active SKU x warehouse combinations" },
        ],
      },
      access: { classification: "internal", retention: "5 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "stock-reservations",
      domain: "inventory",
      version: "0.4.0",
      title: "Stock Reservations",
      status: "draft",
      tags: ["inventory", "reservations", "stream"],
      owner: { ...owner, productOwner: "jonas.weber@northwind.example" },
    },
    spec: {
      description: `Reservations of stock against open orders, published as they are created, released or consumed by a pick.
The product joins the order stream with stock levels to show which orders hold which units, and for how long.
It is in draft while the order and inventory teams agree on the release rules for cancelled marketplace orders.`,
      documentation: [{ title: "Reservation lifecycle (RFC)", url: wiki("stock-reservations/rfc") }],
      inputPorts: [
        { name: "orders", type: "kafka", product: "order/orders", port: "orders-stream" },
        { name: "stock-levels", type: "kafka", product: "inventory/stock-levels", port: "stock-levels-stream" },
      ],
      outputPorts: [{ name: "reservations-stream", type: "kafka", topic: "inventory.reservations.v1", format: "avro" }],
      schema: {
        type: "avro",
        fields: [
          { name: "reservation_id", type: "uuid", description: "Unique identifier of the reservation", pii: false, required: true },
          { name: "order_id", type: "string", description: "Order holding the units", pii: false, required: true },
          { name: "sku", type: "string", description: "Stock keeping unit reserved", pii: false, required: true },
          { name: "warehouse_code", type: "string", description: "Fulfilment centre", pii: false, required: true },
          { name: "quantity", type: "integer", description: "Units reserved", pii: false, required: true },
          { name: "state", type: "string", description: "Reservation state", pii: false, required: true, enum: ["held", "released", "consumed"] },
          { name: "changed_at", type: "timestamp", description: "When the state changed (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "5 minutes", measurement: "consumer_lag_p99" },
        availability: { target: "99.9%", measurement: "broker_uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "reservation_id", threshold: "100%" },
          { type: "not_null", columns: ["reservation_id", "order_id", "sku", "warehouse_code", "quantity", "state", "changed_at"] },
        ],
      },
      access: { classification: "internal", retention: "1 year" },
    },
  },
];
