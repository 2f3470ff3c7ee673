/**
 * Teams and people of the Northwind Commerce demo mesh.
 * Pure data: the seeder turns these into Team, User and membership rows.
 */

export type DemoTeamRole = "owner" | "maintainer" | "member";
export type DemoPlatformRole = "admin" | "governance-lead" | "member" | "viewer";

export interface DemoTeam {
  slug: string;
  name: string;
  description: string;
  email: string;
  chatChannel: string;
}

export interface DemoUser {
  email: string;
  name: string;
  title: string;
  chatHandle: string;
  teams: { team: string; role: DemoTeamRole }[];
  role: DemoPlatformRole;
}

/** The sign-in users the demo and the end-to-end tests rely on. */
export const DEMO_SIGN_IN_USERS = {
  admin: "admin@meshwork.demo",
  governance: "gov@meshwork.demo",
  owner: "owner@meshwork.demo",
  viewer: "viewer@meshwork.demo",
} as const;

export const demoTeams: DemoTeam[] = [
  {
    slug: "customer-domain-team",
    name: "Customer Domain Team",
    description: "Owns customer identity, profiles, consents and the customer 360 view used across Northwind Commerce.",
    email: "customer-data@northwind.example",
    chatChannel: "#customer-data-support",
  },
  {
    slug: "order-domain-team",
    name: "Order Domain Team",
    description: "Runs checkout and order management; publishes order events, orders, order lines and returns.",
    email: "order-data@northwind.example",
    chatChannel: "#order-data-support",
  },
  {
    slug: "inventory-domain-team",
    name: "Inventory Domain Team",
    description: "Owns stock positions and warehouse movements across the four Northwind fulfilment centres.",
    email: "inventory-data@northwind.example",
    chatChannel: "#inventory-data",
  },
  {
    slug: "product-catalog-team",
    name: "Product Catalog Team",
    description: "Maintains the product information management system, prices, taxonomy and customer reviews.",
    email: "catalog-data@northwind.example",
    chatChannel: "#catalog-data",
  },
  {
    slug: "payments-domain-team",
    name: "Payments Domain Team",
    description: "Integrates payment service providers (Stripe, Adyen) and publishes payments, refunds, chargebacks and settlements.",
    email: "payments-data@northwind.example",
    chatChannel: "#payments-data",
  },
  {
    slug: "logistics-domain-team",
    name: "Logistics Domain Team",
    description: "Owns shipping, carrier integrations and last-mile delivery tracking.",
    email: "logistics-data@northwind.example",
    chatChannel: "#logistics-data",
  },
  {
    slug: "marketing-domain-team",
    name: "Marketing Domain Team",
    description: "Runs paid media, CRM email and web analytics; publishes campaign, engagement and attribution data.",
    email: "marketing-data@northwind.example",
    chatChannel: "#marketing-data",
  },
  {
    slug: "finance-domain-team",
    name: "Finance Domain Team",
    description: "Finance systems and controlling: general ledger, revenue recognition, tax and cost of goods sold.",
    email: "finance-data@northwind.example",
    chatChannel: "#finance-data",
  },
  {
    slug: "customer-insights-team",
    name: "Customer Insights Team",
    description: "Data scientists and analysts who model customer value, segments and churn for marketing and CRM.",
    email: "customer-insights@northwind.example",
    chatChannel: "#customer-insights",
  },
  {
    slug: "analytics-team",
    name: "BI & Executive Analytics",
    description: "Builds the company scorecard, the monthly board pack and the trading dashboards.",
    email: "bi@northwind.example",
    chatChannel: "#bi-help",
  },
  {
    slug: "supply-chain-team",
    name: "Supply Chain Planning Team",
    description: "Demand forecasting, replenishment and supplier performance across all warehouses.",
    email: "supply-chain-data@northwind.example",
    chatChannel: "#supply-chain-planning",
  },
  {
    slug: "risk-domain-team",
    name: "Risk & Fraud Team",
    description: "Fraud prevention, chargeback management and financial-crime screening.",
    email: "risk-data@northwind.example",
    chatChannel: "#risk-fraud-data",
  },
  {
    slug: "data-platform-team",
    name: "Data Platform Team",
    description: "Provides the self-serve data platform: Snowflake, Kafka, the lakehouse on S3/Iceberg and Meshwork itself.",
    email: "data-platform@northwind.example",
    chatChannel: "#data-platform",
  },
  {
    slug: "governance-council",
    name: "Data Governance Council",
    description: "Federated governance group: domain representatives, privacy office and platform agree on global policies.",
    email: "data-governance@northwind.example",
    chatChannel: "#data-governance",
  },
];

export const demoUsers: DemoUser[] = [
  {
    email: "admin@meshwork.demo",
    name: "Alex Morgan",
    title: "Data Platform Administrator",
    chatHandle: "@alex.morgan",
    teams: [{ team: "data-platform-team", role: "owner" }],
    role: "admin",
  },
  {
    email: "gov@meshwork.demo",
    name: "Grace Okafor",
    title: "Head of Data Governance",
    chatHandle: "@grace.okafor",
    teams: [
      { team: "governance-council", role: "owner" },
      { team: "data-platform-team", role: "maintainer" },
    ],
    role: "governance-lead",
  },
  {
    email: "owner@meshwork.demo",
    name: "Olivia Chen",
    title: "Product Owner, Customer Data",
    chatHandle: "@olivia.chen",
    teams: [{ team: "customer-domain-team", role: "owner" }],
    role: "member",
  },
  {
    email: "viewer@meshwork.demo",
    name: "Victor Alvarez",
    title: "Business Analyst, Commercial Finance",
    chatHandle: "@victor.alvarez",
    teams: [],
    role: "viewer",
  },
  {
    email: "priya.raman@northwind.example",
    name: "Priya Raman",
    title: "Senior Data Engineer, Customer",
    chatHandle: "@priya.raman",
    teams: [{ team: "customer-domain-team", role: "maintainer" }],
    role: "member",
  },
  {
    email: "marcus.bell@northwind.example",
    name: "Marcus Bell",
    title: "Engineering Lead, Orders",
    chatHandle: "@marcus.bell",
    teams: [
      { team: "order-domain-team", role: "owner" },
      { team: "governance-council", role: "member" },
    ],
    role: "member",
  },
  {
    email: "sofia.rossi@northwind.example",
    name: "Sofia Rossi",
    title: "Data Engineer, Orders",
    chatHandle: "@sofia.rossi",
    teams: [{ team: "order-domain-team", role: "maintainer" }],
    role: "member",
  },
  {
    email: "kenji.tanaka@northwind.example",
    name: "Kenji Tanaka",
    title: "Inventory Systems Lead",
    chatHandle: "@kenji.tanaka",
    teams: [{ team: "inventory-domain-team", role: "owner" }],
    role: "member",
  },
  {
    email: "jonas.weber@northwind.example",
    name: "Jonas Weber",
    title: "Data Engineer, Inventory",
    chatHandle: "@jonas.weber",
    teams: [
      { team: "inventory-domain-team", role: "maintainer" },
      { team: "supply-chain-team", role: "member" },
    ],
    role: "member",
  },
  {
    email: "amara.nwosu@northwind.example",
    name: "Amara Nwosu",
    title: "Product Information Manager",
    chatHandle: "@amara.nwosu",
    teams: [{ team: "product-catalog-team", role: "owner" }],
    role: "member",
  },
  {
    email: "lucas.fischer@northwind.example",
    name: "Lucas Fischer",
    title: "Payments Engineering Manager",
    chatHandle: "@lucas.fischer",
    teams: [
      { team: "payments-domain-team", role: "owner" },
      { team: "governance-council", role: "member" },
    ],
    role: "member",
  },
  {
    email: "laura.bianchi@northwind.example",
    name: "Laura Bianchi",
    title: "Data Engineer, Payments",
    chatHandle: "@laura.bianchi",
    teams: [{ team: "payments-domain-team", role: "maintainer" }],
    role: "member",
  },
  {
    email: "elena.petrova@northwind.example",
    name: "Elena Petrova",
    title: "Logistics Analytics Lead",
    chatHandle: "@elena.petrova",
    teams: [{ team: "logistics-domain-team", role: "owner" }],
    role: "member",
  },
  {
    email: "daniel.kim@northwind.example",
    name: "Daniel Kim",
    title: "Head of Marketing Analytics",
    chatHandle: "@daniel.kim",
    teams: [{ team: "marketing-domain-team", role: "owner" }],
    role: "member",
  },
  {
    email: "hannah.schmidt@northwind.example",
    name: "Hannah Schmidt",
    title: "Marketing Data Engineer",
    chatHandle: "@hannah.schmidt",
    teams: [{ team: "marketing-domain-team", role: "maintainer" }],
    role: "member",
  },
  {
    email: "rafael.souza@northwind.example",
    name: "Rafael Souza",
    title: "Finance Systems Lead",
    chatHandle: "@rafael.souza",
    teams: [{ team: "finance-domain-team", role: "owner" }],
    role: "member",
  },
  {
    email: "mei.lin@northwind.example",
    name: "Mei Lin",
    title: "Financial Controller & Data Steward",
    chatHandle: "@mei.lin",
    teams: [
      { team: "finance-domain-team", role: "maintainer" },
      { team: "governance-council", role: "member" },
    ],
    role: "member",
  },
  {
    email: "omar.haddad@northwind.example",
    name: "Omar Haddad",
    title: "Customer Insights Lead",
    chatHandle: "@omar.haddad",
    teams: [{ team: "customer-insights-team", role: "owner" }],
    role: "member",
  },
  {
    email: "chloe.martin@northwind.example",
    name: "Chloé Martin",
    title: "Senior Data Scientist",
    chatHandle: "@chloe.martin",
    teams: [
      { team: "customer-insights-team", role: "maintainer" },
      { team: "risk-domain-team", role: "member" },
    ],
    role: "member",
  },
  {
    email: "samuel.adeyemi@northwind.example",
    name: "Samuel Adeyemi",
    title: "Head of Business Intelligence",
    chatHandle: "@samuel.adeyemi",
    teams: [{ team: "analytics-team", role: "owner" }],
    role: "member",
  },
  {
    email: "fatima.zahra@northwind.example",
    name: "Fatima Zahra",
    title: "Analytics Engineer",
    chatHandle: "@fatima.zahra",
    teams: [
      { team: "analytics-team", role: "maintainer" },
      { team: "customer-domain-team", role: "member" },
    ],
    role: "member",
  },
  {
    email: "isabel.garcia@northwind.example",
    name: "Isabel García",
    title: "Supply Chain Planning Lead",
    chatHandle: "@isabel.garcia",
    teams: [{ team: "supply-chain-team", role: "owner" }],
    role: "member",
  },
  {
    email: "tomasz.nowak@northwind.example",
    name: "Tomasz Nowak",
    title: "Head of Risk & Fraud",
    chatHandle: "@tomasz.nowak",
    teams: [{ team: "risk-domain-team", role: "owner" }],
    role: "member",
  },
  {
    email: "nina.johansson@northwind.example",
    name: "Nina Johansson",
    title: "Data Protection Officer",
    chatHandle: "@nina.johansson",
    teams: [{ team: "governance-council", role: "maintainer" }],
    role: "governance-lead",
  },
  {
    email: "ben.carter@northwind.example",
    name: "Ben Carter",
    title: "Platform Engineer",
    chatHandle: "@ben.carter",
    teams: [{ team: "data-platform-team", role: "maintainer" }],
    role: "member",
  },
  {
    email: "aisha.bello@northwind.example",
    name: "Aisha Bello",
    title: "Logistics Data Engineer",
    chatHandle: "@aisha.bello",
    teams: [{ team: "logistics-domain-team", role: "maintainer" }],
    role: "member",
  },
];
