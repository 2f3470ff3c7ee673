import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "order-domain-team",
  email: "order-data@northwind.example",
  slack: "#order-data-support",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/order/${page}`;

export const orderProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "orders-raw-events",
      domain: "order",
      version: "3.0.0",
      title: "Order Events (raw)",
      status: "active",
      tags: ["order", "raw", "stream", "events"],
      owner: { ...owner, productOwner: "marcus.bell@northwind.example", steward: "sofia.rossi@northwind.example" },
    },
    spec: {
      description: `## Order Events (raw)

Every state change of an order in the Shopify storefront, published as an immutable event stream.
Events arrive from Shopify order webhooks and are validated against the Avro contract before they are published.

- One event per state change: \`created\`, \`paid\`, \`fulfilled\`, \`cancelled\`, \`refunded\`
- Events are at-least-once: deduplicate on \`event_id\`
- The payload keeps the original Shopify JSON for audit; prefer the typed columns.`,
      documentation: [
        { title: "Order event contract v3", url: wiki("orders-raw-events/contract-v3") },
        { title: "Migration from v2 events", url: wiki("orders-raw-events/migrating-to-v3") },
      ],
      inputPorts: [
        { name: "shopify-order-webhooks", type: "kafka", sourceSystem: "shopify-storefront", topic: "shopify.orders.webhooks.v1", format: "json" },
      ],
      outputPorts: [
        { name: "order-events-stream", type: "kafka", topic: "order.events.raw.v3", format: "avro", description: "48 partitions keyed by order_id; 14 days on the broker, full history in S3." },
      ],
      schema: {
        type: "avro",
        fields: [
          { name: "event_id", type: "uuid", description: "Unique identifier of the event, for deduplication", pii: false, required: true },
          { name: "event_type", type: "string", description: "State change that happened", pii: false, required: true, enum: ["created", "paid", "fulfilled", "cancelled", "refunded"] },
          { name: "order_id", type: "string", description: "Northwind order number, e.g. NW-2025-0012345", pii: false, required: true },
          { name: "customer_id", type: "string", description: "Customer identifier; null for guest checkouts", pii: false, required: false },
          { name: "customer_email", type: "string", description: "Email entered at checkout", pii: true, required: true },
          { name: "shipping_address", type: "struct", description: "Shipping address as entered at checkout", pii: true, required: false },
          { name: "client_ip", type: "string", description: "IP address of the checkout session", pii: true, required: false },
          { name: "payload", type: "json", description: "Original Shopify webhook body", pii: true, required: true },
          { name: "occurred_at", type: "timestamp", description: "When the state change happened in Shopify (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "2 minutes", measurement: "end_to_end_latency_p99" },
        availability: { target: "99.95%", measurement: "broker_uptime_percentage" },
        completeness: { target: "99.99%", measurement: "shopify_order_count_reconciliation" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "event_id", threshold: "99.99%", description: "At-least-once delivery allows rare duplicates" },
          { type: "not_null", columns: ["event_id", "event_type", "order_id", "customer_email", "payload", "occurred_at"] },
          { type: "accepted_values", column: "event_type" },
        ],
      },
      access: {
        classification: "restricted",
        retention: "13 months",
        privacy: { pii_columns: ["customer_email", "shipping_address", "client_ip", "payload"], masking_policy: "drop_pii_for_non_privileged" },
        roles: [{ name: "order-pipelines", permissions: ["read", "read_pii"], principals: ["svc:order-curation", "team:risk-domain-team"] }],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "orders",
      domain: "order",
      version: "2.3.1",
      title: "Orders",
      status: "active",
      tags: ["order", "gold", "core", "flagship"],
      owner: { ...owner, productOwner: "marcus.bell@northwind.example", steward: "sofia.rossi@northwind.example" },
    },
    spec: {
      description: `## Orders

The curated, deduplicated list of customer orders with their current status and totals: **the** source of truth for "how many orders did we take".
Each row is one order at its latest state; the stream port publishes each state change.

### Definitions
- \`order_total\` includes VAT and shipping, excludes gift-card redemptions
- Test orders and internal staff orders are excluded
- Cancelled orders stay in the table with \`status = 'cancelled'\`

Finance reconciles \`order_total\` against payments daily.`,
      documentation: [
        { title: "Orders data dictionary", url: wiki("orders/dictionary") },
        { title: "Order status lifecycle", url: wiki("orders/status-lifecycle") },
        { title: "On-call runbook", url: wiki("orders/runbook") },
      ],
      inputPorts: [
        { name: "order-events", type: "kafka", product: "order/orders-raw-events", port: "order-events-stream", usesFields: ["event_id", "event_type", "order_id", "customer_id", "occurred_at", "payload"] },
      ],
      outputPorts: [
        { name: "orders-table", type: "snowflake", database: "order_domain", schema: "gold", table: "orders" },
        { name: "orders-stream", type: "kafka", topic: "order.orders.v2", format: "avro", description: "Latest order state on every change (compacted topic)." },
      ],
      schema: {
        type: "sql",
        fields: [
          { name: "order_id", type: "string", description: "Northwind order number", pii: false, required: true },
          { name: "customer_id", type: "string", description: "Customer identifier; guest orders get a synthetic id", pii: false, required: true },
          { name: "status", type: "string", description: "Current order status", pii: false, required: true, enum: ["placed", "paid", "fulfilled", "cancelled", "refunded"] },
          { name: "channel", type: "string", description: "Sales channel", pii: false, required: true, enum: ["web", "ios", "android", "marketplace"] },
          { name: "country_code", type: "string", description: "Shipping country (ISO 3166-1 alpha-2)", pii: false, required: true },
          { name: "item_count", type: "integer", description: "Number of units in the order", pii: false, required: true },
          { name: "order_total", type: "decimal", description: "Total incl. VAT and shipping, in order currency", pii: false, required: true },
          { name: "discount_total", type: "decimal", description: "Total discount applied", pii: false, required: true },
          { name: "currency", type: "string", description: "ISO 4217 currency code", pii: false, required: true },
          { name: "promo_code", type: "string", description: "Promotion code redeemed, if any", pii: false, required: false },
          { name: "placed_at", type: "timestamp", description: "When the order was placed (UTC)", pii: false, required: true },
          { name: "updated_at", type: "timestamp", description: "Last status change (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "15 minutes", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
        completeness: { target: "99.95%", measurement: "event_to_table_reconciliation" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "order_id", threshold: "100%" },
          { type: "not_null", columns: ["order_id", "customer_id", "status", "channel", "country_code", "item_count", "order_total", "discount_total", "currency", "placed_at", "updated_at"] },
          { type: "range", column: "order_total", min: 0, max: 50000 },
          { type: "accepted_values", column: "status" },
          { type: "freshness", column: "updated_at", threshold: "15 minutes" },
        ],
      },
      access: {
        classification: "internal",
        retention: "10 years",
        roles: [{ name: "all-analysts", permissions: ["read"], principals: ["group:all-analysts"] }],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "order-lines",
      domain: "order",
      version: "2.1.0",
      title: "Order Lines",
      status: "active",
      tags: ["order", "gold", "sku"],
      owner: { ...owner, productOwner: "marcus.bell@northwind.example" },
    },
    spec: {
      description: `One row per SKU per order, with quantities, unit prices, discounts and VAT.
Lines are enriched with the product category from the catalog at the time of purchase, so historical category reporting stays stable when the taxonomy changes.
Use \`order/orders\` for order-level totals and this product for product mix, basket analysis and demand planning.`,
      documentation: [{ title: "Order lines data dictionary", url: wiki("order-lines/dictionary") }],
      inputPorts: [
        { name: "order-events", type: "kafka", product: "order/orders-raw-events", port: "order-events-stream" },
        { name: "catalog", type: "snowflake", product: "product/product-catalog", port: "catalog-table", usesFields: ["sku", "category_id", "brand"] },
      ],
      outputPorts: [{ name: "order-lines-table", type: "snowflake", database: "order_domain", schema: "gold", table: "order_lines" }],
      schema: {
        type: "sql",
        fields: [
          { name: "order_line_id", type: "string", description: "Unique identifier of the line", pii: false, required: true },
          { name: "order_id", type: "string", description: "Order the line belongs to", pii: false, required: true },
          { name: "sku", type: "string", description: "Stock keeping unit sold", pii: false, required: true },
          { name: "category_id", type: "string", description: "Catalog category at the time of purchase", pii: false, required: true },
          { name: "quantity", type: "integer", description: "Units ordered", pii: false, required: true },
          { name: "unit_price", type: "decimal", description: "Price per unit incl. VAT before discounts", pii: false, required: true },
          { name: "discount_amount", type: "decimal", description: "Discount allocated to the line", pii: false, required: true },
          { name: "vat_rate", type: "decimal", description: "VAT rate applied, e.g. 0.21", pii: false, required: true },
          { name: "placed_at", type: "timestamp", description: "When the order was placed (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "30 minutes", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "order_line_id", threshold: "100%" },
          { type: "not_null", columns: ["order_line_id", "order_id", "sku", "category_id", "quantity", "unit_price", "discount_amount", "vat_rate", "placed_at"] },
          { type: "range", column: "quantity", min: 1, max: 999 },
          { type: "referential_integrity", column: "order_id", references: "order/orders.order_id", threshold: "100%" },
        ],
      },
      access: { classification: "internal", retention: "10 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "returns",
      domain: "order",
      version: "1.3.0",
      title: "Product Returns",
      status: "active",
      tags: ["order", "returns", "gold"],
      owner: { ...owner, productOwner: "sofia.rossi@northwind.example" },
    },
    spec: {
      description: `Return requests and their outcome: which lines were sent back, why, and whether the refund was approved.
Returns are registered in the returns portal and linked to the original order line.
The \`reason_code\` taxonomy is shared with customer service, so returns and tickets can be analysed together.
Refund amounts are published by \`payments/refunds\`; this product holds the operational return flow.`,
      documentation: [{ title: "Return reason codes", url: wiki("returns/reason-codes") }],
      inputPorts: [
        { name: "orders", type: "snowflake", product: "order/orders", port: "orders-table", usesFields: ["order_id", "customer_id", "placed_at"] },
        { name: "returns-portal", type: "rest", sourceSystem: "shopify-storefront", location: "https://northwind.myshopify.com/admin/api/2025-01/returns.json" },
      ],
      outputPorts: [{ name: "returns-table", type: "snowflake", database: "order_domain", schema: "gold", table: "returns" }],
      schema: {
        type: "sql",
        fields: [
          { name: "return_id", type: "string", description: "Unique identifier of the return", pii: false, required: true },
          { name: "order_id", type: "string", description: "Original order", pii: false, required: true },
          { name: "order_line_id", type: "string", description: "Original order line", pii: false, required: true },
          { name: "quantity", type: "integer", description: "Units returned", pii: false, required: true },
          { name: "reason_code", type: "string", description: "Why the item was returned", pii: false, required: true, enum: ["wrong_size", "damaged", "not_as_described", "changed_mind", "late_delivery", "other"] },
          { name: "status", type: "string", description: "Return status", pii: false, required: true, enum: ["requested", "received", "approved", "rejected"] },
          { name: "requested_at", type: "timestamp", description: "When the return was requested (UTC)", pii: false, required: true },
          { name: "received_at", type: "timestamp", description: "When the warehouse received the parcel (UTC)", pii: false, required: false },
        ],
      },
      slo: {
        freshness: { target: "1 hour", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "return_id", threshold: "100%" },
          { type: "not_null", columns: ["return_id", "order_id", "order_line_id", "quantity", "reason_code", "status", "requested_at"] },
          { type: "referential_integrity", column: "order_line_id", references: "order/order-lines.order_line_id", threshold: "99.9%" },
        ],
      },
      access: { classification: "internal", retention: "7 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "orders-legacy-v1",
      domain: "order",
      version: "1.8.4",
      title: "Orders (legacy nightly export)",
      status: "deprecated",
      tags: ["order", "legacy", "batch"],
      owner: { ...owner, productOwner: "marcus.bell@northwind.example" },
      deprecation: {
        sunsetDate: "2027-03-31",
        message:
          "The nightly Parquet export is replaced by order/orders, which is fresher (15 minutes) and includes marketplace orders. Move to the orders-table port; the column mapping is on the wiki. The export stops on the sunset date.",
        replacement: "order/orders",
      },
    },
    spec: {
      description: `The nightly Parquet export of orders from the pre-mesh data warehouse, kept for consumers that still read files.
It covers web and app orders only (no marketplace) and uses the old status codes (\`N\`, \`P\`, \`S\`, \`C\`).
**Deprecated:** use \`order/orders\` instead. See the migration guide for the column mapping.`,
      documentation: [{ title: "Migration guide to order/orders", url: wiki("orders-legacy-v1/migration") }],
      inputPorts: [{ name: "shopify-nightly-export", type: "sftp", sourceSystem: "shopify-storefront", location: "sftp://exports.northwind.example/shopify/orders/", format: "csv" }],
      outputPorts: [{ name: "orders-legacy-export", type: "s3", location: "s3://northwind-legacy-dwh/exports/orders/", format: "parquet" }],
      schema: {
        type: "parquet",
        fields: [
          { name: "ORDER_NO", type: "string", description: "Order number", pii: false, required: true },
          { name: "CUST_NO", type: "string", description: "Customer number", pii: false, required: true },
          { name: "STATUS_CD", type: "string", description: "Legacy status code", pii: false, required: true, enum: ["N", "P", "S", "C"] },
          { name: "NET_AMT", type: "decimal", description: "Net amount excl. VAT in EUR", pii: false, required: true },
          { name: "VAT_AMT", type: "decimal", description: "VAT amount in EUR", pii: false, required: true },
          { name: "COUNTRY", type: "string", description: "Shipping country", pii: false, required: true },
          { name: "ORDER_DT", type: "date", description: "Order date (Europe/Amsterdam)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "file_arrival_time" },
        availability: { target: "99%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "ORDER_NO", threshold: "100%" },
          { type: "not_null", columns: ["ORDER_NO", "CUST_NO", "STATUS_CD", "NET_AMT", "VAT_AMT", "COUNTRY", "ORDER_DT"] },
        ],
      },
      access: { classification: "internal", retention: "10 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "abandoned-carts",
      domain: "order",
      version: "0.2.0",
      title: "Abandoned Carts",
      status: "draft",
      tags: ["order", "cart", "experimental"],
      owner: { team: "order-domain-team", email: "order-data@northwind.example", productOwner: "sofia.rossi@northwind.example" },
    },
    spec: {
      description: `Work in progress: carts with at least one item that did not convert into an order within 24 hours.
Built from web sessions so that CRM can trigger reminder emails. The cart contents and the session link are still being validated with marketing.`,
      inputPorts: [{ name: "sessions", type: "bigquery", product: "marketing/web-sessions", port: "sessions-table" }],
      outputPorts: [{ name: "abandoned-carts-table", type: "snowflake", database: "order_domain", schema: "sandbox", table: "abandoned_carts" }],
      schema: {
        type: "sql",
        fields: [
          { name: "cart_id", type: "string", description: "Cart identifier from the storefront", pii: false, required: true },
          { name: "session_id", type: "string", description: "Web session that created the cart", required: true },
          { name: "customer_id", type: "string", description: "Customer if logged in" },
          { name: "cart_value", type: "decimal", description: "Value of the cart incl. VAT", pii: false },
          { name: "items", type: "array", description: "SKUs and quantities in the cart" },
          { name: "abandoned_at", type: "timestamp", description: "Last cart activity (UTC)", pii: false, required: true },
        ],
      },
      slo: { availability: { target: "99%", measurement: "uptime_percentage" } },
      access: { classification: "internal", retention: "90 days" },
    },
  },
];
