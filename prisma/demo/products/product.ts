import type { DataProductSpecInput } from "../../../lib/spec/schema";

const owner = {
  team: "product-catalog-team",
  email: "catalog-data@northwind.example",
  slack: "#catalog-data",
};

const wiki = (page: string) => `https://wiki.northwind.example/data-mesh/product/${page}`;

export const productCatalogProducts: DataProductSpecInput[] = [
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "product-catalog",
      domain: "product",
      version: "4.2.0",
      title: "Product Catalog",
      status: "active",
      tags: ["product", "catalog", "sku", "master-data", "flagship"],
      owner: { ...owner, productOwner: "amara.nwosu@northwind.example" },
    },
    spec: {
      description: `## Product Catalog

Every sellable article and variant (SKU) with its brand, category, attributes and lifecycle, as mastered in the Akeneo PIM.
This is the reference for joining on \`sku\` anywhere in the mesh.

- One row per SKU; the parent article is in \`article_id\`
- Discontinued SKUs stay with \`lifecycle = 'discontinued'\` so historical orders still join
- The API port serves single-SKU lookups for operational use; use the table for analytics.`,
      documentation: [
        { title: "Catalog attribute dictionary", url: wiki("product-catalog/attributes") },
        { title: "Catalog API reference", url: "https://api.northwind.example/docs/product/catalog" },
      ],
      inputPorts: [{ name: "akeneo-products", type: "rest", sourceSystem: "akeneo-pim", location: "https://pim.northwind.example/api/rest/v1/products" }],
      outputPorts: [
        { name: "catalog-table", type: "snowflake", database: "product_domain", schema: "gold", table: "product_catalog" },
        { name: "catalog-api", type: "rest", location: "https://api.northwind.example/data/product/v4/skus", format: "json" },
      ],
      schema: {
        type: "sql",
        fields: [
          { name: "sku", type: "string", description: "Stock keeping unit, e.g. NW-104233-BLK-M", pii: false, required: true },
          { name: "article_id", type: "string", description: "Parent article grouping all variants", pii: false, required: true },
          { name: "name", type: "string", description: "Customer-facing product name (English)", pii: false, required: true },
          { name: "brand", type: "string", description: "Brand name", pii: false, required: true },
          { name: "category_id", type: "string", description: "Leaf category in the product taxonomy", pii: false, required: true },
          { name: "colour", type: "string", description: "Normalised colour", pii: false, required: false },
          { name: "size", type: "string", description: "Size label, if the article has sizes", pii: false, required: false },
          { name: "gtin", type: "string", description: "GTIN-13 barcode", pii: false, required: false },
          { name: "lifecycle", type: "string", description: "Lifecycle state", pii: false, required: true, enum: ["new", "active", "end_of_life", "discontinued"] },
          { name: "updated_at", type: "timestamp", description: "Last change in the PIM (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "1 hour", measurement: "max_latency_from_source" },
        availability: { target: "99.95%", measurement: "uptime_percentage" },
        completeness: { target: "99.5%", measurement: "mandatory_attribute_fill_rate" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "sku", threshold: "100%" },
          { type: "not_null", columns: ["sku", "article_id", "name", "brand", "category_id", "lifecycle", "updated_at"] },
          { type: "accepted_values", column: "lifecycle" },
          { type: "referential_integrity", column: "category_id", references: "product/product-categories.category_id", threshold: "100%" },
        ],
      },
      access: { classification: "public", retention: "10 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "product-prices",
      domain: "product",
      version: "1.5.0",
      title: "Product Prices",
      status: "active",
      tags: ["product", "pricing", "margin"],
      owner: { ...owner, productOwner: "amara.nwosu@northwind.example", steward: "mei.lin@northwind.example" },
    },
    spec: {
      description: `Selling prices per SKU and country with validity periods, plus the standard purchase cost from SAP.
Prices are versioned: each change closes the previous row (\`valid_to\`) and opens a new one, so you can price any historical order.
Standard cost is confidential because it reveals supplier terms; it is masked for readers outside finance and pricing.`,
      documentation: [{ title: "Pricing model", url: wiki("product-prices/model") }],
      inputPorts: [
        { name: "catalog", type: "snowflake", product: "product/product-catalog", port: "catalog-table", usesFields: ["sku", "lifecycle"] },
        { name: "sap-conditions", type: "rest", sourceSystem: "sap-erp", location: "https://erp.northwind.example/sap/opu/odata/sap/API_SLSPRICINGCONDITIONRECORD_SRV" },
      ],
      outputPorts: [{ name: "prices-table", type: "snowflake", database: "product_domain", schema: "gold", table: "product_prices" }],
      schema: {
        type: "sql",
        fields: [
          { name: "sku", type: "string", description: "Stock keeping unit", pii: false, required: true },
          { name: "country_code", type: "string", description: "Country the price applies to", pii: false, required: true },
          { name: "list_price", type: "decimal", description: "Selling price incl. VAT", pii: false, required: true },
          { name: "currency", type: "string", description: "ISO 4217 currency code", pii: false, required: true },
          { name: "standard_cost", type: "decimal", description: "Standard purchase cost in EUR (confidential)", pii: false, required: true },
          { name: "valid_from", type: "timestamp", description: "Start of validity (UTC)", pii: false, required: true },
          { name: "valid_to", type: "timestamp", description: "End of validity (UTC); null for the current price", pii: false, required: false },
        ],
      },
      slo: {
        freshness: { target: "1 hour", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", columns: ["sku", "country_code", "valid_from"], threshold: "100%" },
          { type: "not_null", columns: ["sku", "country_code", "list_price", "currency", "standard_cost", "valid_from"] },
          { type: "range", column: "list_price", min: 0.01, max: 20000 },
        ],
      },
      access: {
        classification: "confidential",
        retention: "10 years",
        roles: [
          { name: "pricing-and-finance", permissions: ["read"], principals: ["team:finance-domain-team", "team:product-catalog-team"] },
        ],
      },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "product-categories",
      domain: "product",
      version: "2.0.0",
      title: "Product Categories",
      status: "active",
      tags: ["product", "taxonomy", "master-data"],
      owner: { team: "product-catalog-team", email: "catalog-data@northwind.example", productOwner: "amara.nwosu@northwind.example" },
    },
    spec: {
      description: `The product taxonomy as a flattened tree: department, category and leaf category with their localized names.
Merchandising changes the tree a few times a year; \`category_id\` values are stable, names are not.`,
      inputPorts: [{ name: "akeneo-categories", type: "rest", sourceSystem: "akeneo-pim", location: "https://pim.northwind.example/api/rest/v1/categories" }],
      outputPorts: [{ name: "categories-table", type: "snowflake", database: "product_domain", schema: "gold", table: "product_categories" }],
      schema: {
        type: "sql",
        fields: [
          { name: "category_id", type: "string", description: "Stable category code", pii: false, required: true },
          { name: "parent_category_id", type: "string", pii: false, required: false },
          { name: "level", type: "integer", pii: false, required: true },
          { name: "department", type: "string", pii: false, required: true },
          { name: "name_en", type: "string", description: "English name", pii: false, required: true },
          { name: "name_de", type: "string", pii: false, required: false },
          { name: "name_nl", type: "string", pii: false, required: false },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "max_latency_from_source" },
        availability: { target: "99.9%", measurement: "uptime_percentage" },
      },
      quality: { tests: [{ type: "uniqueness", column: "category_id", threshold: "100%" }] },
      access: { classification: "public", retention: "10 years" },
    },
  },
  {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: "product-reviews",
      domain: "product",
      version: "1.0.0",
      title: "Product Reviews",
      status: "active",
      tags: ["product", "reviews", "ugc"],
      owner: { ...owner, productOwner: "amara.nwosu@northwind.example" },
    },
    spec: {
      description: `Customer ratings and reviews per SKU from the storefront review widget, after moderation.
Review text is included; reviewer names are shown publicly on the site but are still treated as personal data here.
Use \`rating\` for aggregate scores; sentiment scoring is on the roadmap.`,
      inputPorts: [{ name: "storefront-reviews", type: "rest", sourceSystem: "shopify-storefront", location: "https://northwind.myshopify.com/admin/api/2025-01/product_reviews.json" }],
      outputPorts: [{ name: "reviews-table", type: "snowflake", database: "product_domain", schema: "silver", table: "product_reviews" }],
      schema: {
        type: "sql",
        fields: [
          { name: "review_id", type: "string", description: "Unique identifier of the review", pii: false, required: true },
          { name: "sku", type: "string", description: "Reviewed SKU", pii: false, required: true },
          { name: "rating", type: "integer", description: "Star rating from 1 to 5", pii: false, required: true },
          { name: "title", type: "string", pii: false, required: false },
          { name: "body", type: "string", pii: false, required: false },
          { name: "reviewer_name", type: "string", pii: true, required: false },
          { name: "verified_buyer", type: "boolean", pii: false, required: true },
          { name: "published_at", type: "timestamp", description: "When the review went live (UTC)", pii: false, required: true },
        ],
      },
      slo: {
        freshness: { target: "24 hours", measurement: "max_latency_from_source" },
        availability: { target: "98.5%", measurement: "uptime_percentage" },
      },
      quality: {
        tests: [
          { type: "uniqueness", column: "review_id", threshold: "100%" },
          { type: "not_null", columns: ["review_id", "sku", "rating", "verified_buyer", "published_at"] },
          { type: "range", column: "rating", min: 1, max: 5 },
        ],
      },
      access: {
        classification: "confidential",
        retention: "5 years",
        privacy: { pii_columns: ["reviewer_name"], masking_policy: "redact_for_non_privileged" },
      },
    },
  },
];
