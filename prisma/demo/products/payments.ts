import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "payments-domain-team",
  email: "payments-data@northwind.example",
  slack: "#payments-data",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/payments/${page}`;

export const paymentsProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "payment-transactions",
      domain: "payments",
      version: "3.1.0",
      title: "Payment Transactions",
      status: "active",
      tags: ["payments", "psp", "gold", "pci"],
      owner: { ...owner, productOwner: "lucas.fischer@northwind.example", steward: "laura.bianchi@northwind.example" },
    },
    spec: {
      description: `## Payment Transactions

Authorisations, captures and voids from Stripe and Adyen, normalised into one contract.
Card numbers never leave the PSPs: the product only carries the card brand, the last four digits and a network token fingerprint.

### Notes for consumers
- One row per payment attempt; an order can have several (retries, split tenders)
- \`amount\` is in minor units of \`currency\` (cents)
- Use \`psp_reference\` to reconcile with PSP reports`,
      documentation: [
        { title: "PSP field mapping", url: wiki("payment-transactions/psp-mapping") },
        { title: "PCI DSS scope statement", url: "https://wiki.northwind.example/security/pci-dss-scope" },
      ],
      inputPorts: [
        { name: "stripe-events", type: "kafka", sourceSystem: "stripe", topic: "psp.stripe.events.v1", format: "json" },
        { name: "adyen-notifications", type: "kafka", sourceSystem: "adyen", topic: "psp.adyen.notifications.v1", format: "json" },
      ],
      outputPorts: [
        { name: "payments-table", type: "snowflake", database: "payments_domain", schema: "gold", table: "payment_transactions" },
        { name: "payments-stream", type: "kafka", topic: "payments.transactions.v3", format: "avro" },
      ],
      schema: {
        type: "avro",
        fields: [
          { name: "payment_id", type: "uuid", description: "Northwind payment attempt identifier", pii: false, required: true },
          { name: "order_id", type: "string", description: "Order being paid", pii: false, required: true },
          { name: "psp", type: "string", description: "Payment service provider", pii: false, required: true, enum: ["stripe", "adyen"] },
          { name: "psp_reference", type: "string", description: "Reference of the payment at the PSP", pii: false, required: true },
          { name: "payment_method", type: "string", description: "Payment method", pii: false, required: true, enum: ["card", "ideal", "klarna", "paypal", "apple_pay", "google_pay"] },
          { name: "card_brand", type: "string", description: "Card scheme for card payments", pii: false, required: false },
          { name: "card_last4", type: "string", description: "Last four digits of the card", pii: true, required: false },
          { name: "status", type: "string", description: "Outcome of the attempt", pii: false, required: true, enum: ["authorised", "captured", "declined", "voided", "error"] },
          { name: "amount", type: "long", description: "Amount in minor units", pii: false, required: true },
          { name: "currency", type: "string", description: "ISO 4217 currency code", pii: false, required: true },
          { name: "created_at", type: "timestamp", description: "When the attempt was made (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "5 minutes", measurement: "max_latency_from_source" },
        availability: { target: "99.95%", measurement: "uptime_percentage" },
        accuracy: { target: "99.99%", measurement: "psp_settlement_reconciliation" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "payment_id", threshold: "100%" },
          { type: "not_null", columns: ["payment_id", "order_id", "psp", "psp_reference", "payment_method", "status", "amount", "currency", "created_at"] },
          { type: "accepted_values", column: "status" },
          { type: "range", column: "amount", min: 0 },
        ],
      },
      access: {
        classification: "restricted",
        retention: "10 years",
        privacy: { pii_columns: ["card_last4"], masking_policy: "redact_for_non_privileged" },
        roles: [
          { name: "fraud-operations", permissions: ["read", "read_pii"], principals: ["team:risk-domain-team"] },
          { name: "finance-reconciliation", permissions: ["read"], principals: ["team:finance-domain-team"] },
        ],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "refunds",
      domain: "payments",
      version: "2.0.2",
      title: "Refunds",
      status: "active",
      tags: ["payments", "refunds", "gold"],
      owner: { ...owner, productOwner: "laura.bianchi@northwind.example" },
    },
    spec: {
      description: `Refunds issued through Stripe and Adyen, linked to the original payment and, where there is one, to the product return that triggered it.
Goodwill refunds issued by customer service without a return have \`return_id = null\` and \`reason = 'goodwill'\`.
Finance uses this product to net refunds off gross revenue every day.`,
      documentation: [{ title: "Refund reasons", url: wiki("refunds/reasons") }],
      inputPorts: [
        { name: "returns", type: "snowflake", product: "order/returns", port: "returns-table", usesFields: ["return_id", "order_id", "status"] },
        { name: "stripe-refunds", type: "kafka", sourceSystem: "stripe", topic: "psp.stripe.events.v1", format: "json" },
        { name: "adyen-refunds", type: "kafka", sourceSystem: "adyen", topic: "psp.adyen.notifications.v1", format: "json" },
      ],
      outputPorts: [{ name: "refunds-table", type: "snowflake", database: "payments_domain", schema: "gold", table: "refunds" }],
      schema: {
        type: "sql",
        fields: [
          { name: "refund_id", type: "string", description: "Unique refund identifier", pii: false, required: true },
          { name: "payment_id", type: "uuid", description: "Payment being refunded", pii: false, required: true },
          { name: "order_id", type: "string", description: "Order being refunded", pii: false, required: true },
          { name: "return_id", type: "string", description: "Return that triggered the refund, if any", pii: false, required: false },
          { name: "reason", type: "string", description: "Why the refund was issued", pii: false, required: true, enum: ["return", "goodwill", "cancellation", "price_adjustment", "fraud"] },
          { name: "amount", type: "long", description: "Refunded amount in minor units", pii: false, required: true },
          { name: "currency", type: "string", description: "ISO 4217 currency code", pii: false, required: true },
          { name: "refunded_at", type: "timestamp", description: "When the PSP confirmed the refund (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "30 minutes", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "refund_id", threshold: "100%" },
          { type: "not_null", columns: ["refund_id", "payment_id", "order_id", "reason", "amount", "currency", "refunded_at"] },
          { type: "referential_integrity", column: "payment_id", references: "payments/payment-transactions.payment_id", threshold: "100%" },
        ],
      },
      access: { classification: "confidential", retention: "10 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "chargebacks",
      domain: "payments",
      version: "1.1.0",
      title: "Chargebacks",
      status: "active",
      tags: ["payments", "disputes", "chargebacks"],
      owner: { ...owner, productOwner: "lucas.fischer@northwind.example" },
    },
    spec: {
      description: `Card disputes raised by issuers, with the scheme reason code, the dispute stage and its outcome.
Chargebacks arrive weeks after the payment; join on \`payment_id\` to attribute them to the original order.
The risk team uses this product to label training data for fraud models.`,
      documentation: [{ title: "Scheme reason codes", url: wiki("chargebacks/reason-codes") }],
      inputPorts: [
        { name: "stripe-disputes", type: "rest", sourceSystem: "stripe", location: "https://api.stripe.com/v1/disputes" },
        { name: "adyen-disputes", type: "sftp", sourceSystem: "adyen", location: "sftp://reports.adyen.com/northwind/dispute_report/", format: "csv" },
      ],
      outputPorts: [{ name: "chargebacks-table", type: "snowflake", database: "payments_domain", schema: "gold", table: "chargebacks" }],
      schema: {
        type: "sql",
        fields: [
          { name: "chargeback_id", type: "string", description: "Unique dispute identifier", pii: false, required: true },
          { name: "payment_id", type: "uuid", description: "Disputed payment", pii: false, required: true },
          { name: "reason_code", type: "string", description: "Card scheme reason code, e.g. 10.4", pii: false, required: true },
          { name: "stage", type: "string", description: "Dispute stage", pii: false, required: true, enum: ["inquiry", "chargeback", "pre_arbitration", "arbitration"] },
          { name: "outcome", type: "string", description: "Dispute outcome; null while open", pii: false, required: false, enum: ["won", "lost", "accepted"] },
          { name: "amount", type: "long", description: "Disputed amount in minor units", pii: false, required: true },
          { name: "currency", type: "string", description: "ISO 4217 currency code", pii: false, required: true },
          { name: "opened_at", type: "timestamp", description: "When the issuer opened the dispute (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "chargeback_id", threshold: "100%" },
          { type: "not_null", columns: ["chargeback_id", "payment_id", "reason_code", "stage", "amount", "currency", "opened_at"] },
        ],
      },
      access: { classification: "confidential", retention: "10 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "settlements",
      domain: "payments",
      version: "1.0.1",
      title: "PSP Settlements & Payouts",
      status: "active",
      tags: ["payments", "settlement", "reconciliation"],
      owner: { team: "payments-domain-team", email: "payments-data@northwind.example", productOwner: "laura.bianchi@northwind.example" },
    },
    spec: {
      description: `Settlement batches and payouts from Stripe and Adyen, including fees, interchange and marketplace seller payouts.
Each row is a settlement line: a captured payment, refund, chargeback or fee as it landed in a payout.
Finance reconciles payouts against bank statements with this product.`,
      inputPorts: [
        { name: "adyen-settlement-reports", type: "sftp", sourceSystem: "adyen", location: "sftp://reports.adyen.com/northwind/settlement_detail_report/", format: "csv" },
        { name: "stripe-balance-transactions", type: "rest", sourceSystem: "stripe", location: "https://api.stripe.com/v1/balance_transactions" },
      ],
      outputPorts: [{ name: "settlements-table", type: "snowflake", database: "payments_domain", schema: "gold", table: "settlements" }],
      schema: {
        type: "sql",
        fields: [
          { name: "settlement_line_id", type: "string", description: "Unique settlement line", pii: false, required: true },
          { name: "batch_id", type: "string", pii: false, required: true },
          { name: "psp", type: "string", pii: false, required: true, enum: ["stripe", "adyen"] },
          { name: "line_type", type: "string", pii: false, required: true },
          { name: "seller_id", type: "string", description: "Marketplace seller receiving a payout", pii: false, required: false },
          { name: "seller_iban", type: "string", description: "Bank account of the marketplace seller", pii: true, required: false },
          { name: "gross_amount", type: "long", pii: false, required: true },
          { name: "fee_amount", type: "long", pii: false, required: true },
          { name: "currency", type: "string", pii: false, required: true },
          { name: "settled_on", type: "date", description: "Payout date", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "report_arrival_time" },
        availability: { target: "99.5%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "settlement_line_id", threshold: "100%" },
          { type: "not_null", columns: ["settlement_line_id", "batch_id", "psp", "gross_amount", "settled_on"] },
        ],
      },
      access: {
        classification: "restricted",
        retention: "10 years",
        privacy: { pii_columns: ["seller_iban"], masking_policy: "redact_for_non_privileged" },
      },
    },
  },
];
