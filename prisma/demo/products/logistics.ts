import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "logistics-domain-team",
  email: "logistics-data@northwind.example",
  slack: "#logistics-data",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/logistics/${page}`;

export const logisticsProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "shipments",
      domain: "logistics",
      version: "2.2.0",
      title: "Shipments",
      status: "active",
      tags: ["logistics", "shipments", "gold"],
      owner: { ...owner, productOwner: "elena.petrova@northwind.example", steward: "aisha.bello@northwind.example" },
    },
    spec: {
      description: `## Shipments

One row per parcel handed to a carrier, with the order it fulfils, the carrier and service level, and the promised and actual delivery dates.
Split shipments produce several parcels per order.

- \`promised_delivery_date\` is the date shown to the customer at checkout
- \`delivered_at\` comes from carrier tracking and is null until delivery
- Parcels returned to sender keep \`status = 'returned_to_sender'\``,
      documentation: [
        { title: "Shipment lifecycle", url: wiki("shipments/lifecycle") },
        { title: "Carrier service levels", url: wiki("carriers/service-levels") },
      ],
      inputPorts: [
        { name: "orders", type: "snowflake", product: "order/orders", port: "orders-table", usesFields: ["order_id", "country_code", "placed_at"] },
        { name: "carrier-labels", type: "rest", sourceSystem: "carrier-gateway", location: "https://api.easypost.com/v2/shipments" },
      ],
      outputPorts: [{ name: "shipments-table", type: "snowflake", database: "logistics_domain", schema: "gold", table: "shipments" }],
      schema: {
        type: "sql",
        fields: [
          { name: "shipment_id", type: "string", description: "Unique parcel identifier", pii: false, required: true },
          { name: "order_id", type: "string", description: "Order the parcel fulfils", pii: false, required: true },
          { name: "tracking_number", type: "string", description: "Carrier tracking number", pii: false, required: true },
          { name: "carrier", type: "string", description: "Carrier", pii: false, required: true, enum: ["dhl", "dpd", "postnl", "royal_mail", "inpost"] },
          { name: "service_level", type: "string", description: "Carrier service", pii: false, required: true, enum: ["standard", "express", "next_day", "parcel_locker"] },
          { name: "warehouse_code", type: "string", description: "Fulfilment centre that shipped the parcel", pii: false, required: true },
          { name: "destination_country", type: "string", description: "ISO 3166-1 alpha-2 destination", pii: false, required: true },
          { name: "status", type: "string", description: "Latest parcel status", pii: false, required: true, enum: ["label_created", "in_transit", "delivered", "exception", "returned_to_sender"] },
          { name: "shipped_at", type: "timestamp", description: "Carrier pick-up scan (UTC)", pii: false, required: true },
          { name: "promised_delivery_date", type: "date", description: "Delivery date promised at checkout", pii: false, required: true },
          { name: "delivered_at", type: "timestamp", description: "Delivery scan (UTC)", pii: false, required: false },
        ],
      },
      slo: {
        freshness: { target: "30 minutes", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "shipment_id", threshold: "100%" },
          { type: "not_null", columns: ["shipment_id", "order_id", "tracking_number", "carrier", "service_level", "warehouse_code", "destination_country", "status", "shipped_at", "promised_delivery_date"] },
          { type: "referential_integrity", column: "order_id", references: "order/orders.order_id", threshold: "100%" },
        ],
      },
      access: { classification: "internal", retention: "7 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "delivery-events",
      domain: "logistics",
      version: "1.3.0",
      title: "Carrier Delivery Events",
      status: "active",
      tags: ["logistics", "tracking", "stream"],
      owner: { ...owner, productOwner: "aisha.bello@northwind.example" },
    },
    spec: {
      description: `Tracking scans from all carriers, normalised to one event vocabulary and published as a stream.
Carriers report with very different delays: DHL within minutes, Royal Mail sometimes the next morning.
The customer notification service and carrier performance reporting both read this stream.`,
      documentation: [{ title: "Tracking event vocabulary", url: wiki("delivery-events/vocabulary") }],
      inputPorts: [{ name: "carrier-webhooks", type: "kafka", sourceSystem: "carrier-gateway", topic: "carrier.tracking.webhooks.v1", format: "json" }],
      outputPorts: [{ name: "delivery-events-stream", type: "kafka", topic: "logistics.delivery-events.v1", format: "avro" }],
      schema: {
        type: "avro",
        fields: [
          { name: "event_id", type: "uuid", description: "Unique event identifier", pii: false, required: true },
          { name: "shipment_id", type: "string", description: "Parcel the scan belongs to", pii: false, required: true },
          { name: "carrier", type: "string", pii: false, required: true },
          { name: "event_code", type: "string", pii: false, required: true, enum: ["picked_up", "in_transit", "out_for_delivery", "delivered", "delivery_failed", "returned"] },
          { name: "location_city", type: "string", pii: false, required: false },
          { name: "signed_by", type: "string", description: "Name of the person who signed for the parcel", pii: true, required: false },
          { name: "scanned_at", type: "timestamp", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "15 minutes", measurement: "consumer_lag_p99" },
        availability: { target: "98.5%", measurement: "broker_uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "event_id", threshold: "99.9%" },
          { type: "not_null", columns: ["event_id", "shipment_id", "carrier", "event_code", "scanned_at"] },
        ],
      },
      access: {
        classification: "confidential",
        retention: "2 years",
        privacy: { pii_columns: ["signed_by"], masking_policy: "redact_for_non_privileged" },
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "carrier-performance",
      domain: "logistics",
      version: "1.4.0",
      title: "Carrier Performance",
      status: "active",
      tags: ["logistics", "kpi", "carriers"],
      owner: { ...owner, productOwner: "elena.petrova@northwind.example" },
    },
    spec: {
      description: `## Carrier Performance

Daily on-time delivery, transit time and exception rates per carrier, service level and destination country.
It is the basis for carrier quarterly business reviews and the delivery KPI on the executive scorecard.

### Definitions
- **On time**: delivered on or before \`promised_delivery_date\`
- **Transit time**: from pick-up scan to delivery scan, in hours
- Parcels still in transit after 10 days count as late`,
      documentation: [{ title: "Delivery KPI definitions", url: wiki("carrier-performance/kpis") }],
      inputPorts: [
        { name: "shipments", type: "snowflake", product: "logistics/shipments", port: "shipments-table" },
        { name: "delivery-events", type: "kafka", product: "logistics/delivery-events", port: "delivery-events-stream", usesFields: ["shipment_id", "event_code", "scanned_at"] },
      ],
      outputPorts: [{ name: "carrier-performance-table", type: "snowflake", database: "logistics_domain", schema: "gold", table: "carrier_performance_daily" }],
      schema: {
        type: "sql",
        fields: [
          { name: "delivery_date", type: "date", description: "Business day", pii: false, required: true },
          { name: "carrier", type: "string", description: "Carrier", pii: false, required: true },
          { name: "service_level", type: "string", description: "Carrier service", pii: false, required: true },
          { name: "destination_country", type: "string", description: "ISO 3166-1 alpha-2 destination", pii: false, required: true },
          { name: "parcels_delivered", type: "integer", description: "Parcels delivered that day", pii: false, required: true },
          { name: "on_time_rate", type: "double", description: "Share of parcels delivered on time (0-1)", pii: false, required: true },
          { name: "avg_transit_hours", type: "double", description: "Average transit time in hours", pii: false, required: true },
          { name: "exception_rate", type: "double", description: "Share of parcels with a delivery exception (0-1)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "6 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.5%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["delivery_date", "carrier", "service_level", "destination_country"], threshold: "100%" },
          { type: "not_null", columns: ["delivery_date", "carrier", "service_level", "destination_country", "parcels_delivered", "on_time_rate", "avg_transit_hours", "exception_rate"] },
          { type: "range", column: "on_time_rate", min: 0, max: 1 },
        ],
      },
      access: { classification: "internal", retention: "5 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "shipment-tracking-legacy",
      domain: "logistics",
      version: "1.9.0",
      title: "Shipment Tracking (legacy)",
      status: "deprecated",
      tags: ["logistics", "legacy", "tracking"],
      owner: { team: "logistics-domain-team", email: "logistics-data@northwind.example", productOwner: "elena.petrova@northwind.example" },
      deprecation: {
        sunsetDate: "2027-03-31",
        message:
          "This hourly table from the old carrier integration misses InPost and PostNL. Read logistics/delivery-events (stream) or logistics/shipments (latest status) instead.",
        replacement: "logistics/delivery-events",
      },
    },
    spec: {
      description: `Hourly table of the latest tracking status per parcel, produced by the carrier integration that predates the carrier gateway.
It only covers DHL, DPD and Royal Mail. **Deprecated** in favour of \`logistics/delivery-events\`.`,
      inputPorts: [{ name: "carrier-gateway-batch", type: "sftp", sourceSystem: "carrier-gateway", location: "sftp://exports.northwind.example/tracking/", format: "csv" }],
      outputPorts: [{ name: "tracking-legacy-table", type: "snowflake", database: "legacy_dwh", schema: "logistics", table: "shipment_tracking" }],
      schema: {
        type: "sql",
        fields: [
          { name: "TRACKING_NO", type: "string", pii: false, required: true },
          { name: "CARRIER_CD", type: "string", pii: false, required: true },
          { name: "LAST_STATUS", type: "string", pii: false, required: true },
          { name: "LAST_SCAN_TS", type: "timestamp", description: "Last scan time (Europe/Amsterdam, not UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "2 hours", measurement: "max_latency_from_source" },
        availability: { target: "98.5%", measurement: "uptime_percentage" },
      },
      quality: { tests: [{ type: "not_null", columns: ["TRACKING_NO", "CARRIER_CD", "LAST_STATUS", "LAST_SCAN_TS"] }] },
      access: { classification: "internal", retention: "2 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "shipping-costs",
      domain: "logistics",
      version: "0.1.0",
      title: "Shipping Costs per Parcel",
      status: "draft",
      tags: ["logistics", "cost", "finance"],
      owner: { ...owner, productOwner: "elena.petrova@northwind.example" },
    },
    spec: {
      description: `Draft: carrier invoice lines matched to parcels, to compute the true shipping cost per order.
Invoice matching reaches 94% today; the remaining lines are surcharges (fuel, remote area) that carriers do not tie to a tracking number.`,
      inputPorts: [
        { name: "shipments", type: "snowflake", product: "logistics/shipments", port: "shipments-table" },
        { name: "carrier-invoices", type: "snowflake", product: "finance/general-ledger", port: "gl-table", usesFields: ["document_number", "account", "amount_eur"] },
      ],
      outputPorts: [{ name: "shipping-costs-table", type: "snowflake", database: "logistics_domain", schema: "sandbox", table: "shipping_costs" }],
      schema: {
        type: "sql",
        fields: [
          { name: "shipment_id", type: "string", description: "Parcel", pii: false, required: true },
          { name: "invoice_number", type: "string", description: "Carrier invoice", pii: false, required: true },
          { name: "base_cost_eur", type: "decimal", description: "Base freight cost", pii: false, required: true },
          { name: "surcharges_eur", type: "decimal", description: "Fuel, remote-area and other surcharges", pii: false, required: false },
          { name: "invoiced_on", type: "date", description: "Invoice date", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99%", measurement: "uptime_percentage" },
      },
      quality: { tests: [{ type: "not_null", columns: ["shipment_id", "invoice_number", "base_cost_eur", "invoiced_on"] }] },
    },
  },
];
