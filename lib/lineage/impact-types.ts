/** The impact analysis as the page, the CSV export and GET .../impact share it. */
import type { LifecycleStatus } from "@/lib/spec/enums";

export interface ImpactedProduct {
  ref: string;
  title: string;
  domain: string;
  domainName: string;
  status: LifecycleStatus;
  active: boolean;
  /** hops from the analysed product */
  depth: number;
  /** product refs from the analysed product to this one, both ends included */
  path: string[];
  owner: { name: string; email: string } | null;
  team: { name: string; email: string | null; chatChannel: string | null };
  contactEmail: string | null;
  /** field mode, direct readers only: "declared" when the reader lists the field in usesFields, "product-level" when it does not say */
  fieldUse?: "declared" | "product-level";
}

export interface ImpactReport {
  product: { ref: string; title: string; fields: string[] };
  depth: number;
  depthClamped: boolean;
  field: string | null;
  /** field mode: true when some direct reader does not declare its fields, so the answer is partly product-level */
  productLevelFallback: boolean;
  /** readers one hop down, counted in full even when the list is capped */
  directConsumers: number;
  total: number;
  truncated: boolean;
  groups: { domain: string; domainName: string; products: ImpactedProduct[] }[];
}
