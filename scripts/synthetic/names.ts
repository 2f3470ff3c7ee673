/**
 * Vocabularies for the synthetic catalog. Realistic words matter: search, trigram similarity and
 * facet counts behave very differently on "customer-churn-scores" than on "product-48213".
 */
import type { PortTechnology } from "@/lib/spec/enums";

export type DomainKindKey = "SOURCE_ALIGNED" | "CONSUMER_ALIGNED" | "AGGREGATE";

export const SOURCE_ALIGNED_DOMAINS = [
  "orders", "payments", "customer-profile", "inventory", "shipments", "fleet-telemetry", "web-clickstream",
  "mobile-events", "call-center", "billing", "invoicing", "procurement", "supplier-onboarding",
  "warehouse-operations", "point-of-sale", "loyalty-transactions", "product-catalog", "pricing", "promotions",
  "returns", "claims", "policy-admin", "underwriting", "lending", "card-transactions", "fraud-signals",
  "identity", "hr-core", "payroll", "recruiting", "general-ledger", "accounts-payable", "accounts-receivable",
  "manufacturing-execution", "quality-control", "iot-sensors", "energy-metering", "network-telemetry",
  "support-tickets", "email-engagement", "ad-impressions", "app-store", "subscriptions", "bookings",
  "reservations", "content-management", "search-logs", "crm-activities", "field-service", "trade-finance",
] as const;

export const CONSUMER_ALIGNED_DOMAINS = [
  "customer-loyalty", "marketing-analytics", "sales-forecasting", "churn-prediction", "executive-reporting",
  "demand-planning", "supply-chain-analytics", "finance-reporting", "risk-analytics", "fraud-detection",
  "personalization", "recommendations", "pricing-optimization", "customer-service-insights", "workforce-planning",
  "store-performance", "campaign-attribution", "regulatory-reporting", "esg-reporting", "product-analytics",
  "growth-analytics", "credit-risk-scoring", "inventory-optimization", "route-optimization",
  "predictive-maintenance", "partner-reporting", "board-kpis", "ecommerce-funnel", "media-mix-modeling",
  "clinical-analytics",
] as const;

/** The first four host the mesh's mega-hubs (see HUBS), so they are always among the chosen domains. */
export const AGGREGATE_DOMAINS = [
  "customer-360", "product-360", "calendar", "currency-rates", "supplier-360", "household", "unified-orders",
  "revenue", "margin", "customer-lifetime-value", "employee-360", "location-master", "organisation-hierarchy",
  "asset-registry", "contract-master", "channel-performance", "omnichannel-sales", "store-master",
  "vehicle-master", "patient-360", "account-master", "sku-master", "geo-hierarchy", "party-master",
  "reference-data",
] as const;

/** Conformed products nearly everyone reads: the mesh's mega-hubs (≥ 10,000 direct consumers at full scale). */
export const HUBS = [
  { domain: "customer-360", name: "customer-master", weight: 0.32 },
  { domain: "calendar", name: "date-dimension", weight: 0.26 },
  { domain: "product-360", name: "product-master", weight: 0.22 },
  { domain: "currency-rates", name: "fx-rates-daily", weight: 0.2 },
] as const;

export const REGIONS = ["emea", "apac", "amer", "latam", "nordics", "dach", "uk", "anz"] as const;

export const ENTITIES = [
  "customer", "order", "order-line", "payment", "refund", "invoice", "shipment", "parcel", "vehicle", "driver",
  "route", "store", "sku", "product", "price", "promotion", "coupon", "basket", "session", "pageview",
  "click", "impression", "campaign", "lead", "opportunity", "account", "contract", "subscription", "plan",
  "ticket", "call", "agent", "employee", "position", "supplier", "purchase-order", "receipt", "stock-level",
  "warehouse", "pallet", "device", "sensor-reading", "meter-reading", "transaction", "card", "merchant",
  "chargeback", "claim", "policy", "premium", "loan", "repayment", "booking", "reservation", "review",
  "rating", "search-query", "recommendation", "experiment", "feature-flag", "ledger-entry", "journal",
  "budget", "forecast", "return", "delivery", "trip", "asset", "work-order", "incident", "household",
] as const;

export const FACETS = [
  "events", "snapshots", "daily-summary", "facts", "dimension", "history", "status", "scores", "features",
  "aggregates", "metrics", "lifecycle", "enriched", "cleansed", "attribution", "segments", "forecasts",
  "anomalies", "kpis", "changes", "latency", "funnel", "cohorts", "balances", "exposure", "quality",
  "reconciliation", "audit-log", "lookups", "rollups",
] as const;

export const GRAINS = ["hourly", "daily", "weekly", "monthly", "realtime", "latest", "by-region", "by-channel"] as const;

export const TAGS_BY_KIND: Record<DomainKindKey, readonly string[]> = {
  SOURCE_ALIGNED: ["raw", "bronze", "silver", "operational", "cdc", "events", "streaming", "system-of-record"],
  CONSUMER_ALIGNED: ["gold", "kpi", "reporting", "ml-feature", "dashboard", "forecast", "self-service"],
  AGGREGATE: ["gold", "conformed", "master-data", "golden-record", "dimension", "certified"],
};

export const GENERAL_TAGS = [
  "pii", "gdpr", "sox", "finance", "marketing", "sales", "logistics", "real-time", "batch", "daily",
  "experimental", "deprecated-soon", "high-volume", "critical", "tier-1", "tier-2", "tier-3", "eu-only", "global",
] as const;

export const FIRST_NAMES = [
  "Ada", "Alan", "Amara", "Ana", "Andrei", "Anika", "Arjun", "Ben", "Bianca", "Carlos", "Chen", "Chloe",
  "Dana", "David", "Deepa", "Diego", "Elena", "Emeka", "Emma", "Fatima", "Felix", "Grace", "Hana", "Hugo",
  "Ines", "Isaac", "Jamal", "Jana", "Jonas", "Julia", "Kai", "Kenji", "Lara", "Leila", "Liam", "Lucia",
  "Maya", "Mateo", "Mei", "Mohamed", "Nadia", "Nikos", "Noah", "Olga", "Omar", "Priya", "Rafael", "Rosa",
  "Sami", "Sara", "Sofia", "Tariq", "Thomas", "Tomas", "Uma", "Victor", "Wei", "Yara", "Yusuf", "Zoe",
] as const;

export const LAST_NAMES = [
  "Abebe", "Andersen", "Bakker", "Banerjee", "Becker", "Brown", "Castillo", "Chen", "Costa", "Dubois",
  "Eriksson", "Fischer", "Garcia", "Gonzalez", "Haddad", "Hansen", "Ito", "Ivanova", "Jensen", "Kim",
  "Kowalski", "Kumar", "Larsen", "Lee", "Lopez", "Martin", "Meyer", "Moreau", "Murphy", "Nakamura",
  "Nguyen", "Novak", "Okafor", "Olsen", "Patel", "Pereira", "Petrov", "Rossi", "Santos", "Schmidt",
  "Silva", "Singh", "Smith", "Suzuki", "Tanaka", "Varga", "Wagner", "Wang", "Weber", "Yilmaz",
] as const;

export const JOB_TITLES = [
  "Data Engineer", "Senior Data Engineer", "Analytics Engineer", "Data Product Owner", "Data Steward",
  "Data Scientist", "ML Engineer", "Domain Architect", "Engineering Manager", "BI Developer",
  "Platform Engineer", "Governance Analyst",
] as const;

export const TEAM_SUFFIXES = ["analytics", "data-eng", "insights", "platform", "ml"] as const;

export const SHARED_TEAMS = [
  "data-platform", "governance-office", "analytics-engineering", "ml-platform", "data-reliability",
  "bi-center-of-excellence", "privacy-office", "enterprise-architecture",
] as const;

export interface SourceSystemSeed {
  slug: string;
  name: string;
  technology: PortTechnology;
}

export const SOURCE_SYSTEMS: readonly SourceSystemSeed[] = [
  { slug: "sap-s4hana", name: "SAP S/4HANA", technology: "rest" },
  { slug: "salesforce-crm", name: "Salesforce CRM", technology: "rest" },
  { slug: "shopify", name: "Shopify", technology: "rest" },
  { slug: "stripe", name: "Stripe", technology: "rest" },
  { slug: "zendesk", name: "Zendesk", technology: "rest" },
  { slug: "workday", name: "Workday", technology: "rest" },
  { slug: "oracle-ebs", name: "Oracle E-Business Suite", technology: "postgres" },
  { slug: "orders-service-db", name: "Orders service database", technology: "postgres" },
  { slug: "payments-ledger-db", name: "Payments ledger database", technology: "postgres" },
  { slug: "inventory-service-db", name: "Inventory service database", technology: "postgres" },
  { slug: "clickstream-collector", name: "Clickstream collector", technology: "kafka" },
  { slug: "mobile-sdk-events", name: "Mobile SDK events", technology: "kafka" },
  { slug: "fleet-gateway", name: "Fleet telematics gateway", technology: "kafka" },
  { slug: "iot-hub", name: "IoT hub", technology: "kinesis" },
  { slug: "google-ads", name: "Google Ads", technology: "rest" },
  { slug: "meta-ads", name: "Meta Ads", technology: "rest" },
  { slug: "marketo", name: "Marketo", technology: "rest" },
  { slug: "servicenow", name: "ServiceNow", technology: "rest" },
  { slug: "genesys-cloud", name: "Genesys Cloud", technology: "rest" },
  { slug: "manhattan-wms", name: "Manhattan WMS", technology: "sftp" },
  { slug: "guidewire-claims", name: "Guidewire ClaimCenter", technology: "postgres" },
  { slug: "core-banking", name: "Core banking platform", technology: "postgres" },
  { slug: "pos-terminals", name: "Point-of-sale terminals", technology: "kafka" },
  { slug: "netsuite", name: "NetSuite", technology: "rest" },
  { slug: "smart-meters", name: "Smart meter head-end", technology: "pubsub" },
  { slug: "partner-sftp", name: "Partner file drop", technology: "sftp" },
  { slug: "erp-mes", name: "Manufacturing execution system", technology: "postgres" },
  { slug: "search-service-logs", name: "Search service logs", technology: "s3" },
  { slug: "cms-contentful", name: "Contentful CMS", technology: "graphql" },
  { slug: "hubspot", name: "HubSpot", technology: "rest" },
];

/** Output-port technologies, weighted by how often teams publish on them. */
export const OUTPUT_TECHNOLOGIES: readonly (readonly [PortTechnology, number])[] = [
  ["snowflake", 30], ["databricks", 16], ["bigquery", 12], ["iceberg", 8], ["s3", 10], ["kafka", 10],
  ["postgres", 5], ["redshift", 3], ["rest", 4], ["graphql", 1], ["gcs", 1], ["kinesis", 1],
];

export const FORMATS_BY_KIND: Record<string, readonly string[]> = {
  table: ["iceberg", "delta", "parquet"],
  file: ["parquet", "avro", "csv", "json"],
  stream: ["avro", "json", "protobuf"],
  api: ["json"],
  view: ["parquet"],
};

export interface FieldSeed {
  name: string;
  type: string;
  pii: boolean;
  description: string;
}

export const COMMON_FIELDS: readonly FieldSeed[] = [
  { name: "customer_id", type: "string", pii: false, description: "Surrogate key of the customer" },
  { name: "account_id", type: "string", pii: false, description: "Account the record belongs to" },
  { name: "email", type: "string", pii: true, description: "Contact email address" },
  { name: "phone_number", type: "string", pii: true, description: "Contact phone number in E.164 format" },
  { name: "first_name", type: "string", pii: true, description: "Given name" },
  { name: "last_name", type: "string", pii: true, description: "Family name" },
  { name: "date_of_birth", type: "date", pii: true, description: "Date of birth" },
  { name: "postal_code", type: "string", pii: true, description: "Postal code of the primary address" },
  { name: "ip_address", type: "string", pii: true, description: "Client IP address at event time" },
  { name: "country_code", type: "string", pii: false, description: "ISO 3166-1 alpha-2 country code" },
  { name: "currency", type: "string", pii: false, description: "ISO 4217 currency code" },
  { name: "amount", type: "decimal", pii: false, description: "Amount in the record's currency" },
  { name: "amount_eur", type: "decimal", pii: false, description: "Amount converted to EUR at the daily rate" },
  { name: "quantity", type: "integer", pii: false, description: "Number of units" },
  { name: "unit_price", type: "decimal", pii: false, description: "Price of one unit before discounts" },
  { name: "discount", type: "decimal", pii: false, description: "Total discount applied" },
  { name: "status", type: "string", pii: false, description: "Lifecycle status of the record" },
  { name: "channel", type: "string", pii: false, description: "Sales or contact channel" },
  { name: "store_id", type: "string", pii: false, description: "Store where it happened" },
  { name: "sku", type: "string", pii: false, description: "Stock keeping unit" },
  { name: "event_type", type: "string", pii: false, description: "Kind of event" },
  { name: "event_timestamp", type: "timestamp", pii: false, description: "When the event happened (UTC)" },
  { name: "ingested_at", type: "timestamp", pii: false, description: "When the platform received the record" },
  { name: "created_at", type: "timestamp", pii: false, description: "Creation time in the source system" },
  { name: "updated_at", type: "timestamp", pii: false, description: "Last change in the source system" },
  { name: "business_date", type: "date", pii: false, description: "Business date the record is booked on" },
  { name: "session_id", type: "string", pii: false, description: "Web or app session" },
  { name: "device_id", type: "string", pii: true, description: "Device identifier (advertising id or hardware id)" },
  { name: "latitude", type: "double", pii: false, description: "Latitude in WGS84" },
  { name: "longitude", type: "double", pii: false, description: "Longitude in WGS84" },
  { name: "region", type: "string", pii: false, description: "Sales region" },
  { name: "segment", type: "string", pii: false, description: "Customer segment" },
  { name: "score", type: "double", pii: false, description: "Model score between 0 and 1" },
  { name: "is_active", type: "boolean", pii: false, description: "Whether the record is currently active" },
  { name: "source_system", type: "string", pii: false, description: "System the record was read from" },
  { name: "attributes", type: "map", pii: false, description: "Free-form attributes from the source" },
  { name: "line_items", type: "array", pii: false, description: "Nested line items" },
  { name: "version", type: "long", pii: false, description: "Change sequence number" },
  { name: "record_hash", type: "string", pii: false, description: "Hash of the business columns, for change detection" },
  { name: "valid_from", type: "timestamp", pii: false, description: "Start of validity (SCD2)" },
  { name: "valid_to", type: "timestamp", pii: false, description: "End of validity (SCD2), null while current" },
];

export const SCHEMA_TYPES_WEIGHTED: readonly (readonly [string, number])[] = [
  ["avro", 30], ["parquet", 25], ["sql", 25], ["json-schema", 12], ["protobuf", 8],
];

export const RETENTIONS = ["30 days", "90 days", "1 year", "2 years", "3 years", "5 years", "7 years", "10 years"] as const;

export const FRESHNESS_TARGETS = ["5 minutes", "15 minutes", "1 hour", "4 hours", "12 hours", "1 day"] as const;

export const DESCRIPTION_USES = [
  "weekly business reviews", "the churn model", "finance month-end close", "regulatory filings",
  "marketing segmentation", "demand forecasting", "operational dashboards", "ad-hoc analysis in notebooks",
  "fraud rules", "capacity planning", "partner reporting", "personalised recommendations",
] as const;

export const DESCRIPTION_LIMITS = [
  "Late-arriving records are corrected in the next daily run.",
  "Test accounts are filtered out using the identity domain's flag.",
  "Amounts before 2021 were migrated from the legacy ERP and lack line-level detail.",
  "Records from the APAC region arrive with a delay of up to six hours.",
  "Deleted source rows are kept with status = 'deleted' rather than removed.",
  "Currency conversion uses the daily closing rate, not the transaction-time rate.",
] as const;

/** "order-line-events" → "Order Line Events" */
export function titleCase(slug: string): string {
  return slug
    .split("-")
    .map((word) => (word.length <= 3 && ["kpi", "kpis", "sku", "fx", "pos", "esg", "crm", "uk", "emea", "apac", "amer", "dach", "anz"].includes(word) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1)))
    .join(" ");
}
