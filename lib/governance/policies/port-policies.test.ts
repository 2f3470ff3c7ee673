import { describe, expect, it } from "vitest";
import { cleanSpec } from "../test-support/customer-360";
import { activeHasOutputPort, portKindMatchesTechnology } from "./port-policies";

describe("PORT-001 an active product has an output port with a location", () => {
  it("passes for an active product with a table, a topic or a location", () => {
    const spec = cleanSpec();
    spec.metadata.status = "active";
    expect(activeHasOutputPort.check(spec, {})).toEqual([]);
    spec.spec.outputPorts = [{ name: "files", type: "s3", location: "s3://bucket/customer-360/" }];
    expect(activeHasOutputPort.check(spec, {})).toEqual([]);
  });

  it("does not apply to drafts", () => {
    const spec = cleanSpec();
    spec.spec.outputPorts = [];
    expect(activeHasOutputPort.check(spec, {})).toEqual([]);
  });

  it("fails for an active product without ports, or publishing one whose ports have no location", () => {
    const spec = cleanSpec();
    spec.metadata.status = "active";
    spec.spec.outputPorts = [];
    expect(activeHasOutputPort.check(spec, {})).toEqual([expect.objectContaining({ severity: "error", path: "spec.outputPorts" })]);

    const draft = cleanSpec();
    draft.spec.outputPorts = [{ name: "customer-360-table", type: "snowflake", format: "iceberg" }];
    expect(activeHasOutputPort.check(draft, { targetStatus: "active" })).toEqual([
      expect.objectContaining({ path: "spec.outputPorts[0].location", message: expect.stringContaining('"customer-360-table"') }),
    ]);
  });
});

describe("PORT-002 a port's kind matches its technology", () => {
  it("passes when kind is absent or consistent", () => {
    const spec = cleanSpec();
    expect(portKindMatchesTechnology.check(spec, {})).toEqual([]);
    spec.spec.outputPorts![0].kind = "table";
    expect(portKindMatchesTechnology.check(spec, {})).toEqual([]);
  });

  it("reports a kafka input declared as a table", () => {
    const spec = cleanSpec();
    spec.spec.inputPorts![0].kind = "table";
    expect(portKindMatchesTechnology.check(spec, {})).toEqual([
      expect.objectContaining({ severity: "warning", path: "spec.inputPorts[0].kind", remediation: expect.stringContaining("kind: stream") }),
    ]);
  });
});
