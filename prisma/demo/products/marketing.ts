import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "marketing-domain-team",
  email: "marketing-data@northwind.example",
  slack: "#marketing-data",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/marketing/${page}`;

export const marketingProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "web-sessions",
      domain: "marketing",
      version: "2.4.0",
      title: "Web & App Sessions",
      status: "active",
      tags: ["marketing", "clickstream", "sessions"],
      owner: { team: "marketing-domain-team", email: "marketing-data@northwind.example", productOwner: "hannah.schmidt@northwind.example" },
    },
    spec: {
      description: `Sessionised clickstream from Segment: one row per web or app session with landing page, traffic source, device and funnel milestones.
Sessions end after 30 minutes of inactivity. Bot traffic is filtered with the IAB list plus our own rules.
Only sessions with analytics consent are included.`,
      documentation: [{ title: "Sessionisation rules", url: wiki("web-sessions/sessionisation") }],
      inputPorts: [{ name: "segment-tracks", type: "gcs", sourceSystem: "segment", location: "gs://northwind-segment-raw/tracks/", format: "json" }],
      outputPorts: [{ name: "sessions-table", type: "bigquery", database: "northwind-marketing", schema: "mesh_gold", table: "web_sessions" }],
      schema: {
        type: "sql",
        fields: [
          { name: "session_id", type: "string", description: "Unique session identifier", pii: false, required: true },
          { name: "anonymous_id", type: "string", description: "Segment anonymous device id", pii: true, required: true },
          { name: "customer_id", type: "string", description: "Customer, when logged in", pii: false, required: false },
          { name: "ip_address", type: "string", description: "Client IP address, truncated after 30 days", pii: true, required: false },
          { name: "device_type", type: "string", pii: false, required: true, enum: ["desktop", "mobile_web", "ios_app", "android_app"] },
          { name: "utm_source", type: "string", pii: false, required: false },
          { name: "utm_campaign", type: "string", pii: false, required: false },
          { name: "landing_page", type: "string", pii: false, required: true },
          { name: "reached_checkout", type: "boolean", pii: false, required: true },
          { name: "session_start", type: "timestamp", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "1 hour", measurement: "max_latency_from_source" },
        availability: { target: "99.5%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "session_id", threshold: "100%" },
          { type: "not_null", columns: ["session_id", "anonymous_id", "device_type", "landing_page", "reached_checkout", "session_start"] },
        ],
      },
      access: {
        classification: "confidential",
        retention: "13 months",
        privacy: { pii_columns: ["anonymous_id", "ip_address"], masking_policy: "hash_pii_for_non_privileged" },
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "campaign-performance",
      domain: "marketing",
      version: "3.0.0",
      title: "Paid Media Campaign Performance",
      status: "active",
      tags: ["marketing", "paid-media", "campaigns", "gold"],
      owner: { ...owner, productOwner: "daniel.kim@northwind.example" },
    },
    spec: {
      description: `## Paid Media Campaign Performance

Daily spend, impressions, clicks and platform-reported conversions per campaign and ad group, across Google Ads and Meta.
All costs are converted to EUR with the ECB rate of the day.

- Platform conversions are **as reported** by each platform and overlap; use \`marketing/marketing-attribution\` for de-duplicated order credit
- Data for the last 3 days is restated as platforms finalise it`,
      documentation: [
        { title: "Campaign naming convention", url: wiki("campaign-naming-convention") },
        { title: "Metric definitions", url: wiki("campaign-performance/metrics") },
      ],
      inputPorts: [
        { name: "google-ads-reports", type: "rest", sourceSystem: "google-ads", location: "https://googleads.googleapis.com/v17/customers/4427180933/googleAds:searchStream" },
        { name: "meta-insights", type: "rest", sourceSystem: "meta-ads", location: "https://graph.facebook.com/v20.0/act_118200341/insights" },
      ],
      outputPorts: [{ name: "campaign-performance-table", type: "bigquery", database: "northwind-marketing", schema: "mesh_gold", table: "campaign_performance_daily" }],
      schema: {
        type: "sql",
        fields: [
          { name: "report_date", type: "date", description: "Day of the activity", pii: false, required: true },
          { name: "platform", type: "string", description: "Ad platform", pii: false, required: true, enum: ["google_ads", "meta"] },
          { name: "campaign_id", type: "string", description: "Campaign identifier on the platform", pii: false, required: true },
          { name: "campaign_name", type: "string", description: "Campaign name following the naming convention", pii: false, required: true },
          { name: "country_code", type: "string", description: "Targeted country", pii: false, required: true },
          { name: "spend_eur", type: "decimal", description: "Media spend in EUR", pii: false, required: true },
          { name: "impressions", type: "long", description: "Impressions served", pii: false, required: true },
          { name: "clicks", type: "long", description: "Clicks", pii: false, required: true },
          { name: "platform_conversions", type: "double", description: "Conversions as reported by the platform", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "12 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.5%", measurement: "uptime_percentage" },
        completeness: { target: "99%", measurement: "platform_spend_reconciliation" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["report_date", "platform", "campaign_id", "country_code"], threshold: "100%" },
          { type: "not_null", columns: ["report_date", "platform", "campaign_id", "campaign_name", "country_code", "spend_eur", "impressions", "clicks", "platform_conversions"] },
          { type: "range", column: "spend_eur", min: 0 },
        ],
      },
      access: { classification: "internal", retention: "5 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "email-engagement",
      domain: "marketing",
      version: "1.6.0",
      title: "CRM Email Engagement",
      status: "active",
      tags: ["marketing", "crm", "email", "pii"],
      owner: { ...owner, productOwner: "hannah.schmidt@northwind.example", steward: "nina.johansson@northwind.example" },
    },
    spec: {
      description: `Sends, opens, clicks, bounces and unsubscribes of every CRM email and push message sent through Braze.
Only customers with a granted marketing consent receive messages, so every row can be joined to \`customer/customer-consents\`.
Apple Mail Privacy Protection inflates opens: prefer clicks for engagement scoring.
Unsubscribes are written back to the consent product within 15 minutes.`,
      documentation: [{ title: "Engagement event types", url: wiki("email-engagement/events") }],
      inputPorts: [
        { name: "braze-currents", type: "s3", sourceSystem: "braze", location: "s3://northwind-braze-currents/messaging-events/", format: "avro" },
        { name: "consents", type: "snowflake", product: "customer/customer-consents", port: "consents-table", usesFields: ["customer_id", "channel", "purpose", "granted"] },
      ],
      outputPorts: [{ name: "email-engagement-table", type: "snowflake", database: "marketing_domain", schema: "gold", table: "email_engagement" }],
      schema: {
        type: "sql",
        fields: [
          { name: "event_id", type: "string", description: "Unique Braze event identifier", pii: false, required: true },
          { name: "customer_id", type: "string", description: "Recipient customer", pii: false, required: true },
          { name: "email", type: "string", description: "Recipient email address", pii: true, required: true },
          { name: "campaign_id", type: "string", description: "Braze campaign or canvas", pii: false, required: true },
          { name: "channel", type: "string", description: "Messaging channel", pii: false, required: true, enum: ["email", "push"] },
          { name: "event_type", type: "string", description: "Engagement event", pii: false, required: true, enum: ["send", "delivery", "open", "click", "bounce", "unsubscribe"] },
          { name: "occurred_at", type: "timestamp", description: "When the event happened (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "1 hour", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "event_id", threshold: "100%" },
          { type: "not_null", columns: ["event_id", "customer_id", "email", "campaign_id", "channel", "event_type", "occurred_at"] },
          { type: "accepted_values", column: "event_type" },
        ],
      },
      access: {
        classification: "confidential",
        retention: "2 years",
        privacy: { pii_columns: ["email"], masking_policy: "hash_pii_for_non_privileged" },
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "marketing-attribution",
      domain: "marketing",
      version: "2.0.0",
      title: "Multi-touch Order Attribution",
      status: "active",
      tags: ["marketing", "attribution", "roi"],
      owner: { ...owner, productOwner: "daniel.kim@northwind.example" },
    },
    spec: {
      description: `## Multi-touch Order Attribution

Credit for every order split across the marketing touchpoints in the 30 days before purchase, using a position-based model (40/20/40).
Joins sessions and campaign data with orders so that spend and revenue can be compared per channel and campaign.

- \`credited_revenue\` sums to the order's net revenue
- Orders without a tracked touchpoint are credited to \`direct\`
- The model is recalibrated every quarter; the version is in \`model_version\``,
      documentation: [{ title: "Attribution methodology", url: wiki("marketing-attribution/methodology") }],
      inputPorts: [
        { name: "sessions", type: "bigquery", product: "marketing/web-sessions", port: "sessions-table", usesFields: ["session_id", "customer_id", "utm_source", "utm_campaign", "session_start"] },
        { name: "campaigns", type: "bigquery", product: "marketing/campaign-performance", port: "campaign-performance-table" },
        { name: "orders", type: "snowflake", product: "order/orders", port: "orders-table", usesFields: ["order_id", "customer_id", "order_total", "placed_at"] },
      ],
      outputPorts: [{ name: "attribution-table", type: "bigquery", database: "northwind-marketing", schema: "mesh_gold", table: "order_attribution" }],
      schema: {
        type: "sql",
        fields: [
          { name: "order_id", type: "string", description: "Attributed order", pii: false, required: true },
          { name: "touchpoint_rank", type: "integer", description: "Position of the touchpoint in the journey (1 = first)", pii: false, required: true },
          { name: "channel", type: "string", description: "Marketing channel of the touchpoint", pii: false, required: true, enum: ["paid_search", "paid_social", "email", "affiliate", "organic", "direct"] },
          { name: "campaign_id", type: "string", description: "Campaign of the touchpoint, if paid", pii: false, required: false },
          { name: "credit_share", type: "double", description: "Share of the order credited to the touchpoint (0-1)", pii: false, required: true },
          { name: "credited_revenue", type: "decimal", description: "Net revenue credited in EUR", pii: false, required: true },
          { name: "model_version", type: "string", description: "Attribution model version", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.5%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["order_id", "touchpoint_rank"], threshold: "100%" },
          { type: "not_null", columns: ["order_id", "touchpoint_rank", "channel", "credit_share", "credited_revenue", "model_version"] },
          { type: "range", column: "credit_share", min: 0, max: 1 },
          { type: "custom", description: "Sum of credit_share per order equals 1 (± 0.001)" },
        ],
      },
      access: { classification: "internal", retention: "3 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "promo-redemptions",
      domain: "marketing",
      version: "0.3.0",
      title: "Promotion Code Redemptions",
      status: "draft",
      tags: ["marketing", "promotions"],
      owner: { ...owner, productOwner: "daniel.kim@northwind.example" },
    },
    spec: {
      description: `Draft: which promotion codes were redeemed on which orders, with the discount granted and the campaign that issued the code.
Still missing influencer codes issued outside Shopify.`,
      inputPorts: [{ name: "orders", type: "snowflake", product: "order/orders", port: "orders-table", usesFields: ["order_id", "promo_code", "discount_total"] }],
      outputPorts: [{ name: "promo-redemptions-table", type: "bigquery", database: "northwind-marketing", schema: "mesh_sandbox", table: "promo_redemptions" }],
      schema: {
        type: "sql",
        fields: [
          { name: "order_id", type: "string", description: "Order that redeemed the code", pii: false, required: true },
          { name: "promo_code", type: "string", description: "Code entered at checkout", pii: false, required: true },
          { name: "campaign_id", type: "string", description: "Campaign that issued the code", pii: false, required: false },
          { name: "discount_eur", type: "decimal", description: "Discount granted in EUR", pii: false, required: true },
          { name: "redeemed_at", type: "timestamp", description: "When the order was placed (UTC)", pii: false, required: true },
        ],
      },
      slo: { availability: { target: "99%", measurement: "uptime_percentage" } },
      access: { classification: "internal", retention: "3 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "campaign-spend-v1",
      domain: "marketing",
      version: "1.2.0",
      title: "Campaign Spend (v1, retired)",
      status: "retired",
      tags: ["marketing", "legacy"],
      owner: { team: "marketing-domain-team", email: "marketing-data@northwind.example", productOwner: "daniel.kim@northwind.example" },
    },
    spec: {
      description: `Retired in 2025: weekly Google Ads spend per campaign, exported from a spreadsheet macro.
Replaced by \`marketing/campaign-performance\`, which covers all platforms daily. Kept in the catalog for lineage history only; the table has been dropped.`,
      inputPorts: [{ name: "google-ads-weekly", type: "sftp", sourceSystem: "google-ads", location: "sftp://exports.northwind.example/google-ads/weekly/", format: "csv" }],
      outputPorts: [{ name: "campaign-spend-table", type: "snowflake", database: "legacy_dwh", schema: "marketing", table: "campaign_spend_weekly" }],
      schema: {
        type: "sql",
        fields: [
          { name: "week_start", type: "date", description: "Monday of the week", pii: false, required: true },
          { name: "campaign", type: "string", pii: false, required: true },
          { name: "spend", type: "decimal", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "7 days", measurement: "file_arrival_time" },
        availability: { target: "98.5%", measurement: "uptime_percentage" },
      },
      access: { classification: "internal", retention: "1 year" },
    },
  },
];
