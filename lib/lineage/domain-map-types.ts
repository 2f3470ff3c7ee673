/** The domain map's data, importable from client components. */
export interface DomainMapNode {
  slug: string;
  name: string;
  products: number;
}

export interface DomainConnection {
  from: string;
  fromName: string;
  to: string;
  toName: string;
  /** product-to-product edges from the one domain to the other */
  edges: number;
}
