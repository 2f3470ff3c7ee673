import { describe, expect, it } from "vitest";
import { impactToCsv } from "./impact-csv";
import type { ImpactReport } from "./impact-types";

const report: ImpactReport = {
  product: { ref: "sales/orders", title: "Orders", fields: [] },
  depth: 3, depthClamped: false, field: null, productLevelFallback: false, directConsumers: 1, total: 1, truncated: false,
  groups: [{
    domain: "finance", domainName: "Finance",
    products: [{
      ref: "finance/revenue", title: 'Revenue, "net"', domain: "finance", domainName: "Finance", status: "active", active: true, depth: 1,
      path: ["sales/orders", "finance/revenue"], owner: null, team: { name: "=cmd()", email: null, chatChannel: null }, contactEmail: null,
    }],
  }],
};

describe("impactToCsv", () => {
  it("writes one row per impacted product with quoted commas and quotes", () => {
    const [header, row] = impactToCsv(report).trim().split("\r\n");
    expect(header.split(",")[0]).toBe("product");
    expect(row).toContain('"Revenue, ""net"""');
    expect(row).toContain("sales/orders > finance/revenue");
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(impactToCsv(report)).toContain("'=cmd()");
    expect(impactToCsv(report)).not.toContain(",=cmd()");
  });
});
