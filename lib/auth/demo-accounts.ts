/** The demo sign-ins shown on the sign-in page in demo mode; the seeder gives them this password. */
export const DEMO_PASSWORD = "meshwork-demo";

export const DEMO_ACCOUNTS = [
  { email: "gov@meshwork.demo", label: "Governance lead", description: "Sets mesh-wide and domain policies, sees every score" },
  { email: "owner@meshwork.demo", label: "Product owner", description: "Maintains the customer domain's data products" },
  { email: "viewer@meshwork.demo", label: "Consumer", description: "Finds and reads data products" },
  { email: "admin@meshwork.demo", label: "Platform admin", description: "Runs the catalog; may change anything" },
] as const;
