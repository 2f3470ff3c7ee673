import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/governance/evaluate";
import { CUSTOMER_360_YAML } from "@/lib/governance/test-support/customer-360";
import { readSpecText } from "@/lib/spec/document";
import { governanceResultRows, resultSignature, storedViolations } from "./governance-results";

function customer360WithUntestedColumns() {
  const parsed = readSpecText(CUSTOMER_360_YAML);
  if (!parsed.ok) throw new Error("customer-360 does not parse");
  const { spec } = parsed;
  spec.spec.description = "Short.";
  spec.spec.schema!.fields = [
    ...spec.spec.schema!.fields!,
    { name: "spend_eur", type: "decimal", description: "Spend in euros", pii: false, required: true },
    { name: "visits", type: "integer", description: "Visits", pii: false, required: true },
  ];
  return evaluate(spec);
}

describe("stored governance results", () => {
  const governance = customer360WithUntestedColumns();

  it("stores one row per failing policy, with its findings in the evaluation's order", () => {
    const rows = governanceResultRows(governance);
    expect(new Set(rows.map((row) => row.policyId)).size).toBe(rows.length);
    const quality = rows.find((row) => row.policyId === "QUALITY-001")!;
    expect(quality.severity).toBe("WARNING");
    expect(quality.findings.map((finding) => finding.message)).toEqual([
      'Required field "spend_eur" has no not_null test.',
      'Required field "visits" has no not_null test.',
    ]);
    expect(rows.flatMap((row) => row.findings)).toHaveLength(governance.violations.length);
  });

  it("reads stored rows back as the evaluation's violations, whatever order the rows come in", () => {
    const stored = JSON.parse(JSON.stringify(governanceResultRows(governance))).reverse();
    expect(storedViolations(stored)).toEqual(governance.violations);
  });

  it("refuses a stored finding that lost its message", () => {
    expect(() => storedViolations([{ policyId: "DOC-002", severity: "WARNING", findings: [{ path: "spec.description", remediation: "Write more." }] }])).toThrow();
  });

  it("fingerprints results so that a changed finding, and only a change, gives another signature", () => {
    const same = customer360WithUntestedColumns();
    expect(resultSignature(same)).toBe(resultSignature(governance));
    const changed = { ...governance, violations: governance.violations.map((v, index) => (index === 0 ? { ...v, message: `${v.message}!` } : v)) };
    expect(resultSignature(changed)).not.toBe(resultSignature(governance));
    expect(resultSignature({ ...governance, violations: [] })).toBe("d41d8cd98f00b204e9800998ecf8427e");
  });
});
