/** Operational systems the source-aligned data products ingest from. */
export interface DemoSourceSystem {
  slug: string;
  name: string;
  technology: string;
  description: string;
}

export const demoSourceSystems: DemoSourceSystem[] = [
  {
    slug: "shopify-storefront",
    name: "Shopify Storefront",
    technology: "Shopify Plus",
    description: "The web shop and mobile app checkout. Emits order, cart and customer account webhooks.",
  },
  {
    slug: "salesforce-crm",
    name: "Salesforce CRM",
    technology: "Salesforce Sales Cloud",
    description: "Customer master data, B2B accounts and consent records, replicated through Salesforce CDC.",
  },
  {
    slug: "sap-erp",
    name: "SAP S/4HANA",
    technology: "SAP S/4HANA",
    description: "Enterprise resource planning: general ledger, purchasing, suppliers and standard costs.",
  },
  {
    slug: "stripe",
    name: "Stripe",
    technology: "Stripe API",
    description: "Card and wallet payments for EU and UK storefronts; events received as webhooks and Sigma exports.",
  },
  {
    slug: "adyen",
    name: "Adyen",
    technology: "Adyen",
    description: "Payments for the Nordics and marketplace sellers; settlement detail reports delivered by SFTP.",
  },
  {
    slug: "warehouse-wms",
    name: "Warehouse Management System",
    technology: "Manhattan Active WM",
    description: "Stock, bins, picks and goods receipts in the four fulfilment centres (Rotterdam, Leipzig, Leeds, Poznań).",
  },
  {
    slug: "zendesk",
    name: "Zendesk",
    technology: "Zendesk Support",
    description: "Customer service tickets, satisfaction and NPS surveys.",
  },
  {
    slug: "google-ads",
    name: "Google Ads",
    technology: "Google Ads API",
    description: "Search, shopping and Performance Max campaigns; daily cost and conversion reports.",
  },
  {
    slug: "meta-ads",
    name: "Meta Ads",
    technology: "Meta Marketing API",
    description: "Facebook and Instagram campaigns; daily insights exports.",
  },
  {
    slug: "braze",
    name: "Braze",
    technology: "Braze Currents",
    description: "CRM email and push messaging; engagement events streamed through Braze Currents.",
  },
  {
    slug: "segment",
    name: "Segment",
    technology: "Twilio Segment",
    description: "Web and app clickstream collection (page views, product views, add-to-cart).",
  },
  {
    slug: "akeneo-pim",
    name: "Akeneo PIM",
    technology: "Akeneo PIM",
    description: "Product information management: articles, variants, attributes and category trees.",
  },
  {
    slug: "carrier-gateway",
    name: "Carrier Gateway",
    technology: "EasyPost",
    description: "Label creation and tracking for DHL, DPD, PostNL, Royal Mail and InPost.",
  },
];
