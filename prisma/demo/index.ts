import type { DataProductSpecInput } from "../../lib/spec/schema";
import { analyticsProducts } from "./products/analytics";
import { customerProducts } from "./products/customer";
import { customerInsightsProducts } from "./products/customer-insights";
import { financeProducts } from "./products/finance";
import { inventoryProducts } from "./products/inventory";
import { logisticsProducts } from "./products/logistics";
import { marketingProducts } from "./products/marketing";
import { orderProducts } from "./products/order";
import { paymentsProducts } from "./products/payments";
import { productCatalogProducts } from "./products/product";
import { riskProducts } from "./products/risk";
import { supplyChainProducts } from "./products/supply-chain";

export * from "./people";
export * from "./domains";
export * from "./source-systems";
export * from "./slo-history";
export * from "./governance-profile";
export {
  analyticsProducts,
  customerProducts,
  customerInsightsProducts,
  financeProducts,
  inventoryProducts,
  logisticsProducts,
  marketingProducts,
  orderProducts,
  paymentsProducts,
  productCatalogProducts,
  riskProducts,
  supplyChainProducts,
};

/**
 * Every demo product, upstream domains first so a seeder that inserts in order
 * rarely meets a reference to a product it has not created yet (it should still resolve lineage in a second pass).
 */
export const demoProducts: DataProductSpecInput[] = [
  ...customerProducts,
  ...orderProducts,
  ...productCatalogProducts,
  ...inventoryProducts,
  ...paymentsProducts,
  ...logisticsProducts,
  ...marketingProducts,
  ...financeProducts,
  ...customerInsightsProducts,
  ...analyticsProducts,
  ...supplyChainProducts,
  ...riskProducts,
];

/** `domain/name` of a product spec. */
export const demoProductRef = (product: DataProductSpecInput): string => `${product.metadata.domain}/${product.metadata.name}`;
