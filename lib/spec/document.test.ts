import { describe, expect, it } from "vitest";
import { CUSTOMER_360_YAML } from "@/lib/governance/test-support/customer-360";
import { readSpecText } from "./document";
import { parseText } from "./yaml-text";

describe("readSpecText", () => {
  it("reads a valid YAML spec", () => {
    const result = readSpecText(CUSTOMER_360_YAML);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.spec.metadata.name).toBe("customer-360");
  });

  it("places the problems of an invalid spec on their lines", () => {
    const result = readSpecText(CUSTOMER_360_YAML.replace("version: 2.1.0", "version: 2.1.0\n  status: shiny"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path: "metadata.status", line: expect.any(Number) }));
  });

  it("refuses duplicate keys in YAML and in JSON", () => {
    const yaml = readSpecText(CUSTOMER_360_YAML.replace("version: 2.1.0", "version: 2.1.0\n  version: 2.2.0"));
    expect(yaml.ok).toBe(false);
    if (!yaml.ok) expect(yaml.problems[0]).toMatchObject({ path: "", line: expect.any(Number) });
    const value = parseText(CUSTOMER_360_YAML);
    const json = JSON.stringify(value.ok ? value.value : null).replace('"metadata":{', '"metadata":{"name":"twice",');
    expect(readSpecText(json).ok).toBe(false);
  });
});
