import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "customer-insights-team",
  email: "customer-insights@northwind.example",
  slack: "#customer-insights",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/customer-insights/${page}`;

export const customerInsightsProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "customer-lifetime-value",
      domain: "customer-insights",
      version: "3.0.0",
      title: "Customer Lifetime Value",
      status: "active",
      tags: ["customer", "clv", "ml", "gold"],
      owner: { ...owner, productOwner: "omar.haddad@northwind.example", steward: "chloe.martin@northwind.example" },
    },
    spec: {
      description: `## Customer Lifetime Value

Historic and predicted 24-month lifetime value per customer, refreshed every night.
Predictions come from a BG/NBD + Gamma-Gamma model trained on two years of orders; the historic part is the customer's net order value to date.

- \`predicted_clv_eur\` is net of expected returns
- Customers with a single order in the last 30 days get a cold-start estimate (\`is_cold_start = true\`)
- The API port serves the latest score per customer for CRM personalisation`,
      documentation: [
        { title: "Model card: CLV v3", url: wiki("customer-lifetime-value/model-card") },
        { title: "CLV API reference", url: "https://api.northwind.example/docs/customer-insights/clv" },
      ],
      inputPorts: [
        { name: "customer-360", type: "snowflake", product: "customer/customer-360", port: "customer-360-table", usesFields: ["customer_id"] },
        { name: "orders", type: "snowflake", product: "order/orders", port: "orders-table", usesFields: ["order_id", "customer_id", "order_total", "status", "placed_at"] },
      ],
      outputPorts: [
        { name: "clv-table", type: "snowflake", database: "customer_insights", schema: "gold", table: "customer_lifetime_value" },
        { name: "clv-api", type: "rest", location: "https://api.northwind.example/data/customer-insights/v3/clv", format: "json" },
      ],
      schema: {
        type: "sql",
        fields: [
          { name: "customer_id", type: "string", description: "Northwind customer identifier", pii: false, required: true },
          { name: "orders_to_date", type: "integer", description: "Number of non-cancelled orders so far", pii: false, required: true },
          { name: "historic_value_eur", type: "decimal", description: "Net order value to date in EUR", pii: false, required: true },
          { name: "predicted_clv_eur", type: "decimal", description: "Predicted net value over the next 24 months", pii: false, required: true },
          { name: "clv_decile", type: "integer", description: "Decile of predicted CLV (10 = highest)", pii: false, required: true },
          { name: "is_cold_start", type: "boolean", description: "Whether the prediction is a cold-start estimate", pii: false, required: true },
          { name: "scored_at", type: "timestamp", description: "When the score was computed (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "customer_id", threshold: "100%" },
          { type: "not_null", columns: ["customer_id", "orders_to_date", "historic_value_eur", "predicted_clv_eur", "clv_decile", "is_cold_start", "scored_at"] },
          { type: "range", column: "clv_decile", min: 1, max: 10 },
        ],
      },
      access: {
        classification: "confidential",
        retention: "3 years",
        roles: [{ name: "crm-personalisation", permissions: ["read"], principals: ["svc:braze-connected-content", "team:marketing-domain-team"] }],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "customer-segments",
      domain: "customer-insights",
      version: "2.1.0",
      title: "Customer Segments",
      status: "active",
      tags: ["customer", "segmentation", "crm"],
      owner: { ...owner, productOwner: "omar.haddad@northwind.example" },
    },
    spec: {
      description: `Every active customer assigned to one of eight lifecycle segments (e.g. *Champions*, *At risk*, *Hibernating*) based on value and engagement.
Segments combine predicted lifetime value with email engagement, and are recomputed nightly.
Marketing uses them to build audiences in Braze; the segment history lets you track migrations between segments week over week.`,
      documentation: [{ title: "Segment definitions", url: wiki("customer-segments/definitions") }],
      inputPorts: [
        { name: "clv", type: "snowflake", product: "customer-insights/customer-lifetime-value", port: "clv-table", usesFields: ["customer_id", "predicted_clv_eur", "clv_decile"] },
        { name: "engagement", type: "snowflake", product: "marketing/email-engagement", port: "email-engagement-table", usesFields: ["customer_id", "event_type", "occurred_at"] },
      ],
      outputPorts: [
        { name: "segments-table", type: "snowflake", database: "customer_insights", schema: "gold", table: "customer_segments" },
        { name: "segments-api", type: "rest", location: "https://api.northwind.example/data/customer-insights/v2/segments", format: "json" },
      ],
      schema: {
        type: "sql",
        fields: [
          { name: "customer_id", type: "string", description: "Northwind customer identifier", pii: false, required: true },
          { name: "segment", type: "string", description: "Lifecycle segment", pii: false, required: true, enum: ["champions", "loyal", "promising", "new", "needs_attention", "at_risk", "hibernating", "lost"] },
          { name: "previous_segment", type: "string", description: "Segment one week earlier", pii: false, required: false },
          { name: "engagement_score", type: "double", description: "Click-based engagement score over 90 days (0-1)", pii: false, required: true },
          { name: "valid_from", type: "date", description: "First day the customer is in the segment", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "customer_id", threshold: "100%" },
          { type: "not_null", columns: ["customer_id", "segment", "engagement_score", "valid_from"] },
          { type: "accepted_values", column: "segment" },
        ],
      },
      access: { classification: "internal", retention: "3 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "churn-predictions",
      domain: "customer-insights",
      version: "1.2.0",
      title: "Churn Predictions",
      status: "active",
      tags: ["customer", "churn", "ml"],
      owner: { team: "customer-insights-team", email: "customer-insights@northwind.example", productOwner: "chloe.martin@northwind.example" },
    },
    spec: {
      description: `Weekly probability that an active customer will not order again in the next 90 days, with the top three drivers per customer.
The gradient-boosted model uses segment history and customer service contacts; retention campaigns target the top churn decile.`,
      documentation: [{ title: "Model card: churn v1", url: wiki("churn-predictions/model-card") }],
      inputPorts: [
        { name: "segments", type: "snowflake", product: "customer-insights/customer-segments", port: "segments-table" },
        { name: "support-tickets", type: "snowflake", product: "customer/support-tickets", port: "support-tickets-table", usesFields: ["customer_id", "category", "csat_score", "created_at"] },
      ],
      outputPorts: [{ name: "churn-table", type: "snowflake", database: "customer_insights", schema: "gold", table: "churn_predictions" }],
      lineage: { upstreamProducts: ["customer/customer-360"] },
      schema: {
        type: "sql",
        fields: [
          { name: "customer_id", type: "string", description: "Northwind customer identifier", pii: false, required: true },
          { name: "churn_probability", type: "double", pii: false, required: true },
          { name: "churn_decile", type: "integer", pii: false, required: true },
          { name: "top_drivers", type: "array", pii: false, required: false },
          { name: "model_version", type: "string", pii: false, required: true },
          { name: "scored_on", type: "date", description: "Scoring date", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "7 days", measurement: "partition_arrival_time" },
        availability: { target: "98.5%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["customer_id", "scored_on"], threshold: "100%" },
          { type: "range", column: "churn_probability", min: 0, max: 1 },
        ],
      },
      access: { classification: "internal", retention: "2 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "nps-feedback",
      domain: "customer-insights",
      version: "0.1.0",
      title: "NPS Survey Feedback",
      status: "draft",
      tags: ["customer", "nps", "survey"],
      owner: { ...owner, productOwner: "omar.haddad@northwind.example" },
    },
    spec: {
      description: `Draft: Net Promoter Score survey responses sent seven days after delivery, with the free-text comment.
Comments can contain names and addresses; the privacy review with the DPO is pending.`,
      inputPorts: [{ name: "zendesk-surveys", type: "rest", sourceSystem: "zendesk", location: "https://northwind.zendesk.com/api/v2/satisfaction_ratings.json" }],
      outputPorts: [{ name: "nps-table", type: "snowflake", database: "customer_insights", schema: "sandbox", table: "nps_feedback" }],
      schema: {
        type: "sql",
        fields: [
          { name: "response_id", type: "string", description: "Survey response identifier", pii: false, required: true },
          { name: "customer_id", type: "string", description: "Respondent", pii: false, required: true },
          { name: "score", type: "integer", description: "Likelihood to recommend, 0-10", pii: false, required: true },
          { name: "comment", type: "string", description: "Free-text comment" },
          { name: "respondent_email", type: "string", description: "Email the survey was sent to" },
          { name: "responded_at", type: "timestamp", description: "Response time (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "max_latency_from_source" },
        availability: { target: "99%", measurement: "uptime_percentage" },
      },
      access: { classification: "confidential" },
    },
  },
];
