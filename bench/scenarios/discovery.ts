import { listDataProducts } from "@/lib/catalog/list-products";
import { getHomeLists, getHomeOverview } from "@/lib/catalog/overview";
import { getProductPageOrThrow } from "@/lib/catalog/product-page";
import { defineScenarios } from "../scenario";

const viewer = { readsAllRestricted: false, teamIds: [] };

export const discoveryScenarios = defineScenarios(
  {
    name: "discovery: product page data (most consumed product)",
    prepare: async ({ prisma, pool }) => {
      const { rows } = await pool.query<{ domain: string; name: string }>(
        `SELECT d."slug" AS domain, p."name" FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId" ORDER BY p."consumerCount" DESC LIMIT 1`,
      );
      return { run: () => getProductPageOrThrow(rows[0].domain, rows[0].name, prisma) };
    },
  },
  {
    name: "discovery: product page data (ordinary product)",
    prepare: async ({ prisma, pool }) => {
      const { rows } = await pool.query<{ domain: string; name: string }>(
        `SELECT d."slug" AS domain, p."name" FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId" WHERE p."consumerCount" BETWEEN 1 AND 10 ORDER BY p."id" LIMIT 1`,
      );
      return { run: () => getProductPageOrThrow(rows[0].domain, rows[0].name, prisma) };
    },
  },
  {
    name: "discovery: home page data",
    prepare: async ({ prisma }) => ({
      run: () => Promise.all([getHomeOverview(prisma), listDataProducts(prisma, { limit: 6 }), getHomeLists(viewer, prisma)]),
    }),
  },
);
