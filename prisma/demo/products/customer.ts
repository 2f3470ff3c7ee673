import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "customer-domain-team",
  email: "customer-data@northwind.example",
  slack: "#customer-data-support",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/customer/${page}`;

export const customerProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "customer-360",
      domain: "customer",
      version: "2.1.0",
      title: "Customer 360",
      status: "active",
      tags: ["customer", "gold", "pii", "flagship"],
      owner: {
        team: "customer-domain-team",
        email: "customer-data@example.com",
        slack: "#customer-data-support",
        productOwner: "owner@meshwork.demo",
        steward: "priya.raman@northwind.example",
      },
    },
    spec: {
      description: "Comprehensive view of customer interactions, preferences and lifetime value.",
      documentation: [
        { title: "Customer 360 handbook", url: wiki("customer-360") },
        { title: "Identity resolution rules", url: wiki("customer-360/identity-resolution") },
      ],
      inputPorts: [{ name: "customer-transactions", type: "kafka", topic: "customer.transactions.v1" }],
      outputPorts: [
        {
          name: "customer-360-table",
          type: "snowflake",
          database: "customer_domain",
          schema: "gold",
          table: "customer_360",
          format: "iceberg",
        },
      ],
      schema: {
        type: "avro",
        fields: [
          { name: "customer_id", type: "string", description: "Unique customer identifier", pii: false, required: true },
          { name: "email", type: "string", description: "Customer email address", pii: true, required: true },
        ],
      },
      slo: {
        freshness: { target: "1 hour", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "customer_id", threshold: "100%" },
          { type: "not_null", columns: ["customer_id", "email"] },
        ],
      },
      lineage: { upstreamProducts: ["customer-transactions", "customer-profile-raw"] },
      access: {
        classification: "confidential",
        retention: "7 years",
        privacy: { pii_columns: ["email"], masking_policy: "hash_pii_for_non_privileged" },
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "customer-profile-raw",
      domain: "customer",
      version: "1.4.2",
      title: "Customer Profiles (raw)",
      status: "active",
      tags: ["customer", "raw", "pii", "crm"],
      owner: { ...owner, productOwner: "owner@meshwork.demo", steward: "priya.raman@northwind.example" },
    },
    spec: {
      description: `## Customer Profiles (raw)

Every customer account created in the Shopify storefront or in Salesforce, landed as-is in the lakehouse with one row per source record.
Records are **not** deduplicated: the same person can appear once per source system; identity resolution happens in \`customer/customer-360\`.

- Landed every 15 minutes from Salesforce CDC and Shopify customer webhooks
- Soft-deleted accounts keep a \`deleted_at\` timestamp for 30 days, then are purged (GDPR Art. 17)
- Use this product only if you need source-level detail; most consumers want Customer 360.`,
      documentation: [
        { title: "Source mapping (Salesforce, Shopify)", url: wiki("customer-profile-raw/source-mapping") },
        { title: "Right-to-erasure runbook", url: wiki("runbooks/right-to-erasure") },
      ],
      inputPorts: [
        { name: "salesforce-contacts", type: "rest", sourceSystem: "salesforce-crm", location: "https://northwind.my.salesforce.com/services/data/v61.0/sobjects/Contact" },
        { name: "shopify-customer-webhooks", type: "kafka", sourceSystem: "shopify-storefront", topic: "shopify.customers.webhooks.v1", format: "json" },
      ],
      outputPorts: [
        {
          name: "customer-profile-iceberg",
          type: "s3",
          location: "s3://northwind-mesh-customer/raw/customer_profile/",
          format: "iceberg",
          description: "Iceberg table partitioned by source_system and ingestion day.",
        },
      ],
      schema: {
        type: "parquet",
        fields: [
          { name: "source_record_id", type: "string", description: "Primary key of the record in its source system", pii: false, required: true },
          { name: "source_system", type: "string", description: "System the record comes from", pii: false, required: true, enum: ["salesforce", "shopify"] },
          { name: "customer_id", type: "string", description: "Northwind customer identifier, assigned at first sign-up", pii: false, required: true },
          { name: "email", type: "string", description: "Email address as entered by the customer", pii: true, required: true },
          { name: "first_name", type: "string", description: "Given name", pii: true, required: false },
          { name: "last_name", type: "string", description: "Family name", pii: true, required: false },
          { name: "phone", type: "string", description: "Phone number in E.164 format when provided", pii: true, required: false },
          { name: "date_of_birth", type: "date", description: "Date of birth, collected for age-restricted products only", pii: true, required: false },
          { name: "country_code", type: "string", description: "ISO 3166-1 alpha-2 country of the account", pii: false, required: true },
          { name: "created_at", type: "timestamp", description: "When the account was created in the source (UTC)", pii: false, required: true },
          { name: "deleted_at", type: "timestamp", description: "When the account was deleted in the source, if it was", pii: false, required: false },
          { name: "ingested_at", type: "timestamp", description: "When the record landed in the lakehouse (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "15 minutes", measurement: "max_latency_from_source" },
        availability: { target: "99.5%", measurement: "uptime_percentage" },
        completeness: { target: "99.9%", measurement: "source_row_count_reconciliation" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["source_system", "source_record_id"], threshold: "100%" },
          { type: "not_null", columns: ["source_record_id", "source_system", "customer_id", "email", "country_code", "created_at", "ingested_at"] },
          { type: "accepted_values", column: "source_system", description: "Only salesforce and shopify are integrated" },
          { type: "freshness", column: "ingested_at", threshold: "15 minutes" },
        ],
      },
      access: {
        classification: "restricted",
        retention: "3 years",
        privacy: {
          pii_columns: ["email", "first_name", "last_name", "phone", "date_of_birth"],
          masking_policy: "hash_pii_for_non_privileged",
        },
        roles: [
          { name: "customer-engineering", description: "Customer domain pipelines", permissions: ["read", "read_pii", "write"], principals: ["team:customer-domain-team"] },
          { name: "identity-resolution", permissions: ["read", "read_pii"], principals: ["svc:customer-360-builder"] },
        ],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "customer-transactions",
      domain: "customer",
      version: "1.2.0",
      title: "Customer Transactions Stream",
      status: "active",
      tags: ["customer", "stream", "transactions"],
      owner: { ...owner, productOwner: "owner@meshwork.demo" },
    },
    spec: {
      description: `A customer-centric stream of every purchase, return and refund, keyed by \`customer_id\`.
It re-keys the order domain's order stream so that customer-facing consumers (Customer 360, CRM triggers) can process a customer's history in order.
Guest checkouts are attached to a customer once the email is matched, so late events for a customer are normal.
Amounts are in the order currency; convert with the finance FX rates if you need EUR.`,
      documentation: [{ title: "Event contract", url: wiki("customer-transactions/contract") }],
      inputPorts: [
        { name: "orders", type: "kafka", product: "order/orders", port: "orders-stream", usesFields: ["order_id", "customer_id", "order_total", "currency", "status", "placed_at"] },
      ],
      outputPorts: [
        { name: "customer-transactions-stream", type: "kafka", topic: "customer.transactions.v1", format: "avro", description: "Partitioned by customer_id, 24 partitions." },
      ],
      schema: {
        type: "avro",
        fields: [
          { name: "transaction_id", type: "uuid", description: "Unique identifier of the transaction event", pii: false, required: true },
          { name: "customer_id", type: "string", description: "Northwind customer identifier (partition key)", pii: false, required: true },
          { name: "order_id", type: "string", description: "Order the transaction belongs to", pii: false, required: true },
          { name: "transaction_type", type: "string", description: "Kind of transaction", pii: false, required: true, enum: ["purchase", "return", "refund"] },
          { name: "amount", type: "decimal", description: "Signed amount in order currency; negative for returns and refunds", pii: false, required: true },
          { name: "currency", type: "string", description: "ISO 4217 currency code", pii: false, required: true },
          { name: "channel", type: "string", description: "Sales channel", pii: false, required: false, enum: ["web", "ios", "android", "marketplace"] },
          { name: "occurred_at", type: "timestamp", description: "When the transaction happened (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "5 minutes", measurement: "consumer_lag_p99" },
        availability: { target: "99.95%", measurement: "broker_uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "transaction_id", threshold: "100%" },
          { type: "not_null", columns: ["transaction_id", "customer_id", "order_id", "transaction_type", "amount", "currency", "occurred_at"] },
          { type: "referential_integrity", column: "order_id", references: "order/orders.order_id", threshold: "99.9%" },
        ],
      },
      access: { classification: "internal", retention: "7 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "customer-addresses",
      domain: "customer",
      version: "1.1.0",
      title: "Customer Addresses",
      status: "active",
      tags: ["customer", "address", "pii", "gold"],
      owner: { ...owner, productOwner: "owner@meshwork.demo", steward: "nina.johansson@northwind.example" },
    },
    spec: {
      description: `## Customer Addresses

Validated billing and shipping addresses per customer, one row per address.
Addresses are normalised with the postal validation service, so \`postal_code\` and \`city\` are consistent across countries.

### Access
Street lines and recipient names are **restricted**. Logistics may read them unmasked for label creation; everyone else sees hashed values.
Aggregate by \`postal_code\` prefix or \`city\` for geographic analysis instead of requesting PII access.`,
      documentation: [
        { title: "Address validation", url: wiki("customer-addresses/validation") },
        { title: "Requesting PII access", url: "https://wiki.northwind.example/data-mesh/governance/pii-access" },
      ],
      inputPorts: [{ name: "profiles", type: "s3", product: "customer/customer-profile-raw", port: "customer-profile-iceberg", format: "iceberg" }],
      outputPorts: [{ name: "customer-addresses-table", type: "snowflake", database: "customer_domain", schema: "gold", table: "customer_addresses" }],
      schema: {
        type: "sql",
        fields: [
          { name: "address_id", type: "string", description: "Unique identifier of the address", pii: false, required: true },
          { name: "customer_id", type: "string", description: "Customer the address belongs to", pii: false, required: true },
          { name: "address_type", type: "string", description: "Billing or shipping address", pii: false, required: true, enum: ["billing", "shipping"] },
          { name: "recipient_name", type: "string", description: "Name printed on the parcel label", pii: true, required: true },
          { name: "street_line_1", type: "string", description: "Street and house number", pii: true, required: true },
          { name: "street_line_2", type: "string", description: "Apartment, floor or c/o line", pii: true, required: false },
          { name: "postal_code", type: "string", description: "Postal code, normalised per country", pii: true, required: true },
          { name: "city", type: "string", description: "City or town", pii: false, required: true },
          { name: "country_code", type: "string", description: "ISO 3166-1 alpha-2 country", pii: false, required: true },
          { name: "is_default", type: "boolean", description: "Whether the customer chose this as the default address", pii: false, required: true },
          { name: "validated_at", type: "timestamp", description: "Last successful postal validation (UTC)", pii: false, required: false },
        ],
      },
      slo: {
        freshness: { target: "1 hour", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "address_id", threshold: "100%" },
          { type: "not_null", columns: ["address_id", "customer_id", "address_type", "recipient_name", "street_line_1", "postal_code", "city", "country_code", "is_default"] },
          { type: "accepted_values", column: "address_type" },
          { type: "referential_integrity", column: "customer_id", references: "customer/customer-360.customer_id", threshold: "100%" },
        ],
      },
      access: {
        classification: "restricted",
        retention: "3 years",
        privacy: {
          pii_columns: ["recipient_name", "street_line_1", "street_line_2", "postal_code"],
          masking_policy: "hash_pii_for_non_privileged",
        },
        roles: [
          { name: "logistics-label-printing", description: "Label creation needs full addresses", permissions: ["read", "read_pii"], principals: ["team:logistics-domain-team"] },
          { name: "analyst", permissions: ["read"], principals: ["group:all-analysts"] },
        ],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "customer-consents",
      domain: "customer",
      version: "2.0.1",
      title: "Customer Consents",
      status: "active",
      tags: ["customer", "gdpr", "consent", "pii"],
      owner: { ...owner, productOwner: "owner@meshwork.demo", steward: "nina.johansson@northwind.example" },
    },
    spec: {
      description: `The current marketing and profiling consent of every customer, per channel and purpose, as required by GDPR and ePrivacy.
Consent is captured at checkout, in the account centre and through Braze preference pages, and mastered in Salesforce.
**Every** marketing audience must be filtered on \`granted = true\` for the matching channel and purpose before activation.
The API port answers single-customer lookups in under 50 ms for the CRM tools.`,
      documentation: [
        { title: "Consent model", url: wiki("customer-consents/model") },
        { title: "Consent API reference", url: "https://api.northwind.example/docs/customer/consents" },
      ],
      inputPorts: [
        { name: "salesforce-consents", type: "rest", sourceSystem: "salesforce-crm", location: "https://northwind.my.salesforce.com/services/data/v61.0/sobjects/Consent__c" },
        { name: "braze-preferences", type: "s3", sourceSystem: "braze", location: "s3://northwind-braze-currents/subscription-events/", format: "avro" },
      ],
      outputPorts: [
        { name: "consents-table", type: "snowflake", database: "customer_domain", schema: "gold", table: "customer_consents" },
        { name: "consents-api", type: "rest", location: "https://api.northwind.example/data/customer/v2/consents", format: "json", description: "GET /consents/{customer_id}" },
      ],
      schema: {
        type: "sql",
        fields: [
          { name: "consent_id", type: "string", description: "Unique identifier of the consent record", pii: false, required: true },
          { name: "customer_id", type: "string", description: "Customer the consent belongs to", pii: false, required: true },
          { name: "email", type: "string", description: "Email address the consent was given for", pii: true, required: true },
          { name: "channel", type: "string", description: "Contact channel", pii: false, required: true, enum: ["email", "sms", "push", "postal"] },
          { name: "purpose", type: "string", description: "Processing purpose", pii: false, required: true, enum: ["marketing", "profiling", "third_party_sharing"] },
          { name: "granted", type: "boolean", description: "Whether consent is currently granted", pii: false, required: true },
          { name: "source", type: "string", description: "Where the consent was captured (checkout, account_centre, braze_preferences)", pii: false, required: true },
          { name: "recorded_at", type: "timestamp", description: "When the latest consent decision was recorded (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "15 minutes", measurement: "max_latency_from_source" },
        availability: { target: "99.95%", measurement: "uptime_percentage" },
        accuracy: { target: "99.99%", measurement: "salesforce_reconciliation" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["customer_id", "channel", "purpose"], threshold: "100%" },
          { type: "not_null", columns: ["consent_id", "customer_id", "email", "channel", "purpose", "granted", "source", "recorded_at"] },
          { type: "accepted_values", column: "channel" },
        ],
      },
      access: {
        classification: "confidential",
        retention: "10 years",
        privacy: { pii_columns: ["email"], masking_policy: "hash_pii_for_non_privileged" },
        roles: [{ name: "crm-activation", permissions: ["read"], principals: ["team:marketing-domain-team", "team:customer-insights-team"] }],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "support-tickets",
      domain: "customer",
      version: "0.9.0",
      title: "Customer Support Tickets",
      status: "active",
      tags: ["customer", "support", "zendesk"],
      owner: { ...owner, productOwner: "priya.raman@northwind.example" },
    },
    spec: {
      description: `Customer service tickets from Zendesk with their category, channel, satisfaction rating and resolution times.
Ticket bodies are not included; only structured fields are exported.
Useful for churn modelling and for measuring the service impact of delivery problems.`,
      documentation: [{ title: "Ticket categories", url: wiki("support-tickets/categories") }],
      inputPorts: [{ name: "zendesk-export", type: "rest", sourceSystem: "zendesk", location: "https://northwind.zendesk.com/api/v2/incremental/tickets/cursor.json" }],
      outputPorts: [{ name: "support-tickets-table", type: "snowflake", database: "customer_domain", schema: "silver", table: "support_tickets" }],
      schema: {
        type: "sql",
        fields: [
          { name: "ticket_id", type: "long", description: "Zendesk ticket number", pii: false, required: true },
          { name: "customer_id", type: "string", description: "Matched Northwind customer, if any", pii: false, required: false },
          { name: "requester_email", type: "string", description: "Email of the person who opened the ticket", pii: true, required: true },
          { name: "category", type: "string", pii: false, required: true },
          { name: "channel", type: "string", pii: false, required: true, enum: ["email", "chat", "phone", "web_form"] },
          { name: "order_id", type: "string", pii: false, required: false },
          { name: "csat_score", type: "integer", pii: false, required: false },
          { name: "created_at", type: "timestamp", description: "When the ticket was opened (UTC)", pii: false, required: true },
          { name: "solved_at", type: "timestamp", pii: false, required: false },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "max_latency_from_source" },
        availability: { target: "98.5%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "ticket_id", threshold: "100%" },
          { type: "not_null", columns: ["ticket_id", "requester_email", "created_at"] },
          { type: "range", column: "csat_score", min: 1, max: 5 },
        ],
      },
      access: {
        classification: "confidential",
        retention: "2 years",
        privacy: { pii_columns: ["requester_email"], masking_policy: "hash_pii_for_non_privileged" },
      },
    },
  },
];
