import { parse } from "yaml";
import { dataProductSpecSchema, type DataProductSpec } from "../../spec/schema";

/** The reference spec from the product brief (PRODUCT.md), verbatim, so tests follow the documented example. */
export const CUSTOMER_360_YAML = `
apiVersion: datamesh.io/v1
kind: DataProduct
metadata:
  name: customer-360
  domain: customer
  version: 2.1.0
  owner: { team: customer-domain-team, email: customer-data@example.com, slack: "#customer-data-support" }
spec:
  description: Comprehensive view of customer interactions, preferences and lifetime value.
  inputPorts:
    - { name: customer-transactions, type: kafka, topic: customer.transactions.v1 }
  outputPorts:
    - { name: customer-360-table, type: snowflake, database: customer_domain, schema: gold, table: customer_360, format: iceberg }
  schema:
    type: avro
    fields:
      - { name: customer_id, type: string, description: Unique customer identifier, pii: false, required: true }
      - { name: email, type: string, description: Customer email address, pii: true, required: true }
  slo:
    freshness: { target: 1 hour, measurement: max_latency_from_source }
    availability: { target: 99.9%, measurement: uptime_percentage }
  quality:
    tests:
      - { type: uniqueness, column: customer_id, threshold: 100% }
      - { type: not_null, columns: [customer_id, email] }
  lineage:
    upstreamProducts: [customer-transactions, customer-profile-raw]
  access:
    classification: confidential
    retention: 7 years
    privacy: { pii_columns: [email], masking_policy: hash_pii_for_non_privileged }
`;

/** A fresh, parsed copy each call, so a test can mutate it without leaking into the next. */
export function customer360(): DataProductSpec {
  return dataProductSpecSchema.parse(parse(CUSTOMER_360_YAML));
}

/**
 * customer-360 with a description long enough for DOC-002: a spec no global policy objects to,
 * which each policy test breaks in exactly one place.
 */
export function cleanSpec(): DataProductSpec {
  const spec = customer360();
  spec.spec.description =
    "Comprehensive view of customer interactions, preferences and lifetime value. One row per customer, rebuilt hourly from the transaction stream.";
  return spec;
}
