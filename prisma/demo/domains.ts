import type { DomainKind } from "../../lib/spec/enums";

/** Business domains of the Northwind Commerce demo mesh. */
export interface DemoDomain {
  slug: string;
  name: string;
  description: string;
  kind: DomainKind;
  /** Slug of the owning team (see people.ts). */
  team: string;
}

export const demoDomains: DemoDomain[] = [
  {
    slug: "customer",
    name: "Customer",
    description:
      "Customer identity, profiles, addresses and marketing consents, mastered in Salesforce and the Shopify storefront. The domain publishes the customer 360 view that most consumer-aligned products build on. Personal data lives here first, so privacy controls are strictest in this domain.",
    kind: "source-aligned",
    team: "customer-domain-team",
  },
  {
    slug: "order",
    name: "Orders",
    description:
      "Checkout and order management for the web shop and the mobile app. The domain publishes raw order events, the curated orders and order-line tables and product returns. Orders are the most consumed data in the mesh.",
    kind: "source-aligned",
    team: "order-domain-team",
  },
  {
    slug: "inventory",
    name: "Inventory",
    description:
      "Stock positions, reservations and warehouse movements from the warehouse management system of the four fulfilment centres. Near-real-time stock levels feed the storefront, while daily snapshots feed planning and finance.",
    kind: "source-aligned",
    team: "inventory-domain-team",
  },
  {
    slug: "product",
    name: "Product Catalog",
    description:
      "The product catalog as mastered in the Akeneo PIM: articles, variants, categories, prices and customer reviews. Every other domain joins on the SKU published here.",
    kind: "source-aligned",
    team: "product-catalog-team",
  },
  {
    slug: "payments",
    name: "Payments",
    description:
      "Card and wallet payments processed by Stripe and Adyen, with refunds, chargebacks and payout settlements. The domain normalises both providers into one contract so finance and risk never integrate a PSP directly.",
    kind: "source-aligned",
    team: "payments-domain-team",
  },
  {
    slug: "logistics",
    name: "Logistics",
    description:
      "Parcels, carriers and last-mile delivery tracking through the carrier gateway. The domain publishes shipments, carrier tracking events and carrier performance used by customer service and the executive scorecard.",
    kind: "source-aligned",
    team: "logistics-domain-team",
  },
  {
    slug: "marketing",
    name: "Marketing",
    description:
      "Paid media, CRM email and web analytics. The domain publishes campaign performance from the ad platforms, email engagement from Braze, web sessions from Segment and multi-touch attribution of orders to campaigns.",
    kind: "source-aligned",
    team: "marketing-domain-team",
  },
  {
    slug: "finance",
    name: "Finance",
    description:
      "The general ledger from SAP S/4HANA, daily revenue, VAT and cost of goods sold. Finance combines orders, payments and inventory into the numbers the company reports. Figures here are the single source of truth for revenue.",
    kind: "aggregate",
    team: "finance-domain-team",
  },
  {
    slug: "customer-insights",
    name: "Customer Insights",
    description:
      "Consumer-aligned models of customer value and behaviour: lifetime value, segments, churn propensity and survey feedback. Products here are built for CRM, marketing and the executive team, not for operational systems.",
    kind: "consumer-aligned",
    team: "customer-insights-team",
  },
  {
    slug: "analytics",
    name: "Executive Analytics",
    description:
      "The company scorecard, the monthly board pack and the trading dashboards. The domain reads from finance, customer insights and logistics and owns the official KPI definitions.",
    kind: "consumer-aligned",
    team: "analytics-team",
  },
  {
    slug: "supply-chain",
    name: "Supply Chain",
    description:
      "Demand forecasts, replenishment plans and supplier performance built from orders, stock and purchasing data. Planning products aggregate several source-aligned domains into one view of supply and demand.",
    kind: "aggregate",
    team: "supply-chain-team",
  },
  {
    slug: "risk",
    name: "Risk & Fraud",
    description:
      "Fraud scores for every order, chargeback risk and anti-money-laundering screening of marketplace sellers. Scores are served online to checkout and offline to the fraud operations team.",
    kind: "consumer-aligned",
    team: "risk-domain-team",
  },
];
