import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "finance-domain-team",
  email: "finance-data@northwind.example",
  slack: "#finance-data",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/finance/${page}`;

export const financeProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "general-ledger",
      domain: "finance",
      version: "1.7.0",
      title: "General Ledger",
      status: "active",
      tags: ["finance", "ledger", "sap", "sox"],
      owner: { ...owner, productOwner: "rafael.souza@northwind.example", steward: "mei.lin@northwind.example" },
    },
    spec: {
      description: `## General Ledger

Posted journal entry lines from SAP S/4HANA for all Northwind legal entities, with account, cost centre and profit centre.
Only posted documents are included; parked documents stay in SAP.

- Amounts are in document currency and in EUR (group currency)
- Period-end corrections arrive up to working day 5 of the next month
- SOX-relevant: changes to this product require a finance approver`,
      documentation: [
        { title: "Chart of accounts", url: wiki("general-ledger/chart-of-accounts") },
        { title: "Month-end close calendar", url: wiki("month-end-close") },
      ],
      inputPorts: [{ name: "sap-acdoca", type: "rest", sourceSystem: "sap-erp", location: "https://erp.northwind.example/sap/opu/odata/sap/API_JOURNALENTRYITEMBASIC_SRV" }],
      outputPorts: [{ name: "gl-table", type: "snowflake", database: "finance_domain", schema: "gold", table: "general_ledger" }],
      schema: {
        type: "sql",
        fields: [
          { name: "document_number", type: "string", description: "SAP accounting document number", pii: false, required: true },
          { name: "line_item", type: "integer", description: "Line within the document", pii: false, required: true },
          { name: "company_code", type: "string", description: "Legal entity (NL01, DE01, UK01, PL01)", pii: false, required: true },
          { name: "fiscal_period", type: "string", description: "Fiscal year and period, e.g. 2025-07", pii: false, required: true },
          { name: "account", type: "string", description: "G/L account", pii: false, required: true },
          { name: "cost_centre", type: "string", description: "Cost centre, for expense accounts", pii: false, required: false },
          { name: "profit_centre", type: "string", description: "Profit centre", pii: false, required: true },
          { name: "amount_document_currency", type: "decimal", description: "Signed amount in document currency", pii: false, required: true },
          { name: "document_currency", type: "string", description: "ISO 4217 document currency", pii: false, required: true },
          { name: "amount_eur", type: "decimal", description: "Signed amount in EUR (group currency)", pii: false, required: true },
          { name: "posting_date", type: "date", description: "Posting date", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
        accuracy: { target: "100%", measurement: "trial_balance_reconciliation" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["company_code", "document_number", "line_item"], threshold: "100%" },
          { type: "not_null", columns: ["document_number", "line_item", "company_code", "fiscal_period", "account", "profit_centre", "amount_document_currency", "document_currency", "amount_eur", "posting_date"] },
          { type: "custom", description: "Debits equal credits per document" },
        ],
      },
      access: {
        classification: "confidential",
        retention: "10 years",
        roles: [
          { name: "finance", permissions: ["read", "write"], principals: ["team:finance-domain-team"] },
          { name: "controlling-readers", permissions: ["read"], principals: ["group:controlling", "team:analytics-team"] },
        ],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "revenue-daily",
      domain: "finance",
      version: "2.2.0",
      title: "Daily Revenue",
      status: "active",
      tags: ["finance", "revenue", "kpi", "flagship"],
      owner: { ...owner, productOwner: "rafael.souza@northwind.example", steward: "mei.lin@northwind.example" },
    },
    spec: {
      description: `## Daily Revenue

Gross and net revenue per day, country, channel and legal entity: the official revenue figure of Northwind Commerce.
Gross revenue comes from fulfilled orders; refunds from the payments domain are netted off on the day they are issued.

### Definitions
- **Gross revenue**: order totals excl. VAT of orders fulfilled that day
- **Net revenue**: gross revenue minus refunds and discounts
- Currency: EUR at the ECB rate of the fulfilment day

Figures for closed months are frozen after working day 5.`,
      documentation: [
        { title: "Revenue definitions (approved by the CFO)", url: wiki("revenue-daily/definitions") },
        { title: "Reconciliation with the ledger", url: wiki("revenue-daily/reconciliation") },
      ],
      inputPorts: [
        { name: "orders", type: "snowflake", product: "order/orders", port: "orders-table", usesFields: ["order_id", "status", "channel", "country_code", "order_total", "discount_total", "currency", "updated_at"] },
        { name: "refunds", type: "snowflake", product: "payments/refunds", port: "refunds-table", usesFields: ["refund_id", "order_id", "amount", "currency", "refunded_at"] },
      ],
      outputPorts: [{ name: "revenue-daily-table", type: "snowflake", database: "finance_domain", schema: "gold", table: "revenue_daily" }],
      lineage: { upstreamProducts: ["payments/payment-transactions"] },
      schema: {
        type: "sql",
        fields: [
          { name: "revenue_date", type: "date", description: "Business day (Europe/Amsterdam)", pii: false, required: true },
          { name: "company_code", type: "string", description: "Legal entity", pii: false, required: true },
          { name: "country_code", type: "string", description: "Shipping country", pii: false, required: true },
          { name: "channel", type: "string", description: "Sales channel", pii: false, required: true },
          { name: "orders_count", type: "integer", description: "Fulfilled orders", pii: false, required: true },
          { name: "gross_revenue_eur", type: "decimal", description: "Gross revenue excl. VAT in EUR", pii: false, required: true },
          { name: "refunds_eur", type: "decimal", description: "Refunds issued that day in EUR", pii: false, required: true },
          { name: "net_revenue_eur", type: "decimal", description: "Net revenue in EUR", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "6 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
        accuracy: { target: "99.95%", measurement: "ledger_reconciliation" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["revenue_date", "company_code", "country_code", "channel"], threshold: "100%" },
          { type: "not_null", columns: ["revenue_date", "company_code", "country_code", "channel", "orders_count", "gross_revenue_eur", "refunds_eur", "net_revenue_eur"] },
          { type: "range", column: "gross_revenue_eur", min: 0 },
          { type: "custom", description: "Monthly net revenue matches G/L revenue accounts within 0.05%" },
        ],
      },
      access: {
        classification: "confidential",
        retention: "10 years",
        roles: [{ name: "revenue-readers", permissions: ["read"], principals: ["team:analytics-team", "team:customer-insights-team", "group:leadership"] }],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "vat-returns",
      domain: "finance",
      version: "1.1.0",
      title: "VAT Returns",
      status: "active",
      tags: ["finance", "tax", "vat", "compliance"],
      owner: { ...owner, productOwner: "mei.lin@northwind.example" },
    },
    spec: {
      description: `Monthly VAT due per country and rate, prepared for the OSS (One-Stop Shop) and domestic VAT returns.
It still reads the legacy nightly order export because the tax engine expects the legacy net/VAT split; migration to \`order/orders\` is planned for Q1 2027.
Amounts are reconciled against the VAT accounts of the general ledger before filing.`,
      documentation: [
        { title: "VAT filing process", url: wiki("vat-returns/process") },
        { title: "Migration off orders-legacy-v1", url: wiki("vat-returns/migration-plan") },
      ],
      inputPorts: [
        { name: "legacy-orders", type: "s3", product: "order/orders-legacy-v1", port: "orders-legacy-export", format: "parquet", usesFields: ["ORDER_NO", "NET_AMT", "VAT_AMT", "COUNTRY", "ORDER_DT"] },
        { name: "ledger", type: "snowflake", product: "finance/general-ledger", port: "gl-table", usesFields: ["account", "amount_eur", "fiscal_period", "company_code"] },
      ],
      outputPorts: [{ name: "vat-returns-table", type: "snowflake", database: "finance_domain", schema: "gold", table: "vat_returns" }],
      schema: {
        type: "sql",
        fields: [
          { name: "fiscal_period", type: "string", description: "Fiscal year and period, e.g. 2025-07", pii: false, required: true },
          { name: "country_code", type: "string", description: "Country of consumption", pii: false, required: true },
          { name: "vat_rate", type: "decimal", description: "VAT rate", pii: false, required: true },
          { name: "taxable_base_eur", type: "decimal", description: "Net sales subject to the rate", pii: false, required: true },
          { name: "vat_due_eur", type: "decimal", description: "VAT due", pii: false, required: true },
          { name: "scheme", type: "string", description: "Filing scheme", pii: false, required: true, enum: ["oss", "domestic"] },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.5%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["fiscal_period", "country_code", "vat_rate", "scheme"], threshold: "100%" },
          { type: "not_null", columns: ["fiscal_period", "country_code", "vat_rate", "taxable_base_eur", "vat_due_eur", "scheme"] },
        ],
      },
      access: { classification: "confidential", retention: "10 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "cost-of-goods-sold",
      domain: "finance",
      version: "1.0.0",
      title: "Cost of Goods Sold",
      status: "active",
      tags: ["finance", "margin", "cogs"],
      owner: { ...owner, productOwner: "mei.lin@northwind.example" },
    },
    spec: {
      description: `Daily cost of goods sold per SKU and legal entity, valued at standard cost and adjusted for write-offs and inventory differences.
Combines warehouse picks and write-offs with standard costs from the pricing product, reconciled against the COGS accounts of the ledger.
Use it with \`finance/revenue-daily\` for gross margin reporting.`,
      documentation: [{ title: "COGS valuation method", url: wiki("cost-of-goods-sold/valuation") }],
      inputPorts: [
        { name: "movements", type: "snowflake", product: "inventory/warehouse-movements", port: "movements-table", usesFields: ["movement_type", "sku", "quantity", "moved_at"] },
        { name: "prices", type: "snowflake", product: "product/product-prices", port: "prices-table", usesFields: ["sku", "standard_cost", "valid_from", "valid_to"] },
        { name: "ledger", type: "snowflake", product: "finance/general-ledger", port: "gl-table" },
      ],
      outputPorts: [{ name: "cogs-table", type: "snowflake", database: "finance_domain", schema: "gold", table: "cost_of_goods_sold" }],
      schema: {
        type: "sql",
        fields: [
          { name: "cogs_date", type: "date", description: "Business day", pii: false, required: true },
          { name: "company_code", type: "string", description: "Legal entity", pii: false, required: true },
          { name: "sku", type: "string", description: "Stock keeping unit", pii: false, required: true },
          { name: "units_sold", type: "integer", description: "Units picked for customer orders", pii: false, required: true },
          { name: "cogs_eur", type: "decimal", description: "Cost of goods sold at standard cost", pii: false, required: true },
          { name: "write_off_eur", type: "decimal", description: "Write-offs and inventory differences", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99.5%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["cogs_date", "company_code", "sku"], threshold: "100%" },
          { type: "not_null", columns: ["cogs_date", "company_code", "sku", "units_sold", "cogs_eur", "write_off_eur"] },
        ],
      },
      access: { classification: "confidential", retention: "10 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "budget-vs-actuals",
      domain: "finance",
      version: "0.1.0",
      title: "Budget vs Actuals",
      status: "draft",
      tags: ["finance", "fp-and-a", "budget"],
      owner: { team: "finance-domain-team", email: "finance-data@northwind.example", productOwner: "rafael.souza@northwind.example" },
    },
    spec: {
      description: `Draft for FP&A: monthly budget versus actual spend per cost centre, starting with marketing media spend.
The budget side is still loaded from the planning spreadsheet by hand.`,
      inputPorts: [
        { name: "ledger", type: "snowflake", product: "finance/general-ledger", port: "gl-table" },
        { name: "media-spend", type: "bigquery", product: "marketing/campaign-performance", port: "campaign-performance-table", usesFields: ["report_date", "spend_eur"] },
      ],
      outputPorts: [{ name: "budget-vs-actuals-table", type: "snowflake", database: "finance_domain", schema: "sandbox", table: "budget_vs_actuals" }],
      schema: {
        type: "sql",
        fields: [
          { name: "fiscal_period", type: "string", description: "Fiscal year and period", required: true },
          { name: "cost_centre", type: "string", description: "Cost centre", required: true },
          { name: "budget_eur", type: "decimal", description: "Budgeted amount" },
          { name: "actual_eur", type: "decimal", description: "Actual amount from the ledger" },
          { name: "variance_pct", type: "double" },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "partition_arrival_time" },
        availability: { target: "99%", measurement: "uptime_percentage" },
      },
      access: { classification: "confidential" },
    },
  },
];
