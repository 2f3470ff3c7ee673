import { describe, expect, it } from "vitest";
import { demoProducts } from "@/prisma/demo";
import { readSpecText } from "./document";
import { odpsDocumentSchema, specToOdps } from "./odps";
import { dataProductSpecSchema } from "./schema";
import { stringifySpec } from "./yaml";

describe("ODPS round-trip of the demo mesh", () => {
  it.each(demoProducts.map((product) => [`${product.metadata.domain}/${product.metadata.name}`, product] as const))("%s survives export → import", (_ref, product) => {
    const spec = dataProductSpecSchema.parse(product);
    const odps = specToOdps(spec);
    expect(odpsDocumentSchema.safeParse(odps).success).toBe(true);
    const back = readSpecText(stringifySpec(odps));
    expect(back.ok ? back.spec : back.problems).toEqual(spec);
    expect(back).toMatchObject({ format: "odps", ignored: [] });
  });
});

describe("ODPS documents written elsewhere", () => {
  const foreign = `apiVersion: v1.0.0
kind: DataProduct
id: customer/loyalty-members
name: Loyalty members
domain: customer
status: draft
version: v1.2.0
tenant: RetailCorp
description:
  purpose: Members of the loyalty programme.
  usage: Join on customer_id.
inputPorts:
  - { name: crm, version: 1.0.0, contractId: crm-system }
outputPorts:
  - { name: members, type: snowflake, version: 1.2.0 }
support:
  - { channel: "#loyalty", url: "https://slack.com/app_redirect?channel=loyalty", tool: slack }
team:
  - { username: ana@example.com, role: Product Owner }
customProperties:
  - { property: owningTeam, value: customer-domain-team }
`;

  it("maps standard keys and says what it left out", () => {
    const result = readSpecText(foreign);
    expect(result.ok).toBe(false); // the input port has no technology: ODPS has no key for it
    expect(result.ignored).toContain("tenant");
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path: "spec.inputPorts[0].type" }));
    const fixed = readSpecText(foreign.replace("  - { property: owningTeam", "  - { property: inputPortDetails, value: { crm: { type: postgres, sourceSystem: crm-system } } }\n  - { property: owningTeam"));
    expect(fixed.ok).toBe(true);
    if (fixed.ok) {
      expect(fixed.spec.metadata).toMatchObject({ name: "loyalty-members", domain: "customer", version: "1.2.0", title: "Loyalty members", status: "draft" });
      expect(fixed.spec.metadata.owner).toEqual({ team: "customer-domain-team", slack: "#loyalty", productOwner: "ana@example.com" });
      expect(fixed.spec.spec.description).toContain("**Usage:** Join on customer_id.");
    }
  });

  it("names unknown ODPS keys with their line", () => {
    const result = readSpecText(foreign.replace("tenant: RetailCorp", "tennant: RetailCorp"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path: "tennant", line: 8 }));
  });
});
