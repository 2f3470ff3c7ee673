import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "risk-domain-team",
  email: "risk-data@northwind.example",
  slack: "#risk-fraud-data",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/risk/${page}`;

export const riskProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "fraud-scores",
      domain: "risk",
      version: "4.1.0",
      title: "Order Fraud Scores",
      status: "active",
      tags: ["risk", "fraud", "ml", "real-time"],
      owner: { ...owner, productOwner: "tomasz.nowak@northwind.example", steward: "chloe.martin@northwind.example" },
    },
    spec: {
      description: `## Order Fraud Scores

A fraud score between 0 and 1 for every order, computed at checkout in under 150 ms and stored for analysis.
Orders above 0.85 are held for manual review; above 0.97 they are cancelled automatically.

### Features
- Payment attempt history and card-brand mix from \`payments/payment-transactions\`
- Customer tenure and value from \`customer/customer-360\`
- Basket and shipping-country signals from \`order/orders\`

The online API is served from Postgres replicas; the Snowflake table is for model monitoring and investigations.`,
      documentation: [
        { title: "Fraud model card", url: wiki("fraud-scores/model-card") },
        { title: "Manual review playbook", url: wiki("fraud-scores/review-playbook") },
      ],
      inputPorts: [
        { name: "payments", type: "kafka", product: "payments/payment-transactions", port: "payments-stream", usesFields: ["payment_id", "order_id", "payment_method", "card_brand", "status"] },
        { name: "customer-360", type: "snowflake", product: "customer/customer-360", port: "customer-360-table", usesFields: ["customer_id", "email"] },
        { name: "orders", type: "kafka", product: "order/orders", port: "orders-stream", usesFields: ["order_id", "customer_id", "order_total", "country_code", "channel"] },
      ],
      outputPorts: [
        { name: "fraud-scores-api", type: "rest", location: "https://api.northwind.example/data/risk/v4/fraud-scores", format: "json", description: "GET /fraud-scores/{order_id}" },
        { name: "fraud-scores-table", type: "postgres", location: "postgres://risk-db.internal.northwind.example:5432/risk", schema: "public", table: "fraud_scores" },
      ],
      schema: {
        type: "sql",
        fields: [
          { name: "order_id", type: "string", description: "Scored order", pii: false, required: true },
          { name: "customer_id", type: "string", description: "Customer who placed the order", pii: false, required: true },
          { name: "score", type: "double", description: "Fraud probability (0-1)", pii: false, required: true },
          { name: "decision", type: "string", description: "Automatic decision", pii: false, required: true, enum: ["approve", "review", "decline"] },
          { name: "reason_codes", type: "array", description: "Top contributing features", pii: false, required: false },
          { name: "ip_address", type: "string", description: "Checkout IP address used for geolocation features", pii: true, required: false },
          { name: "model_version", type: "string", description: "Scoring model version", pii: false, required: true },
          { name: "scored_at", type: "timestamp", description: "When the order was scored (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "1 minute", measurement: "score_latency_p99" },
        availability: { target: "99.99%", measurement: "api_success_rate" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "order_id", threshold: "100%" },
          { type: "not_null", columns: ["order_id", "customer_id", "score", "decision", "model_version", "scored_at"] },
          { type: "range", column: "score", min: 0, max: 1 },
        ],
      },
      access: {
        classification: "restricted",
        retention: "5 years",
        privacy: { pii_columns: ["ip_address"], masking_policy: "truncate_ip_for_non_privileged" },
        roles: [
          { name: "checkout-service", permissions: ["read"], principals: ["svc:checkout"] },
          { name: "fraud-investigators", permissions: ["read", "read_pii"], principals: ["group:fraud-operations"] },
        ],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "chargeback-risk",
      domain: "risk",
      version: "1.1.0",
      title: "Chargeback Risk Monitor",
      status: "active",
      tags: ["risk", "chargebacks", "monitoring"],
      owner: { team: "risk-domain-team", email: "risk-data@northwind.example", productOwner: "tomasz.nowak@northwind.example" },
    },
    spec: {
      description: `Daily chargeback ratio per card scheme and country, compared with the fraud scores the disputed orders received at checkout.
Card schemes fine merchants above a 0.9% dispute ratio, so this product alerts at 0.6%.
It is also the feedback loop for fraud-model calibration.`,
      inputPorts: [
        { name: "chargebacks", type: "snowflake", product: "payments/chargebacks", port: "chargebacks-table" },
        { name: "fraud-scores", type: "postgres", product: "risk/fraud-scores", port: "fraud-scores-table", usesFields: ["order_id", "score", "decision"] },
      ],
      outputPorts: [{ name: "chargeback-risk-table", type: "snowflake", database: "risk_domain", schema: "gold", table: "chargeback_risk_daily" }],
      schema: {
        type: "sql",
        fields: [
          { name: "report_date", type: "date", description: "Business day", pii: false, required: true },
          { name: "card_scheme", type: "string", pii: false, required: true },
          { name: "country_code", type: "string", pii: false, required: true },
          { name: "dispute_ratio", type: "double", description: "Disputes divided by settled card transactions", pii: false, required: true },
          { name: "avg_fraud_score_disputed", type: "double", pii: false, required: false },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "98.5%", measurement: "uptime_percentage" },
      },
      quality: { tests: [{ type: "range", column: "dispute_ratio", min: 0, max: 1 }] },
      access: { classification: "confidential", retention: "5 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "aml-screening",
      domain: "risk",
      version: "0.1.0",
      title: "Marketplace Seller AML Screening",
      status: "draft",
      tags: ["risk", "aml", "kyc", "marketplace"],
      owner: { ...owner, productOwner: "tomasz.nowak@northwind.example" },
    },
    spec: {
      description: `Draft: sanctions and PEP screening results for marketplace sellers receiving payouts, as required by the payment licence.
The screening vendor is not selected yet; results are produced by a rules prototype.`,
      inputPorts: [
        { name: "settlements", type: "snowflake", product: "payments/settlements", port: "settlements-table", usesFields: ["seller_id", "gross_amount", "settled_on"] },
        { name: "profiles", type: "s3", product: "customer/customer-profile-raw", port: "customer-profile-iceberg", format: "iceberg" },
      ],
      outputPorts: [{ name: "aml-screening-table", type: "snowflake", database: "risk_domain", schema: "sandbox", table: "aml_screening" }],
      schema: {
        type: "sql",
        fields: [
          { name: "seller_id", type: "string", description: "Marketplace seller", pii: false, required: true },
          { name: "legal_name", type: "string", description: "Registered name of the seller or sole trader" },
          { name: "screening_result", type: "string", description: "Outcome", pii: false, required: true, enum: ["clear", "potential_match", "confirmed_match"] },
          { name: "screened_at", type: "timestamp", description: "Screening time (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99%", measurement: "uptime_percentage" },
      },
    },
  },
];
