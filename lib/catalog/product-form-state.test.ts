import { describe, expect, it } from "vitest";
import { customer360 } from "@/lib/governance/test-support/customer-360";
import type { DataProductSpec } from "@/lib/spec/schema";
import { emptyField, emptyFormState, formStateToSpecInput, moveRow, specToFormState, validateFormState } from "./product-form-state";

/** A spec as recordToSpec writes it: every field says whether it is required. */
function storedShape(spec: DataProductSpec): DataProductSpec {
  const fields = spec.spec.schema?.fields.map((field) => ({ ...field, required: field.required ?? false }));
  return { ...spec, spec: { ...spec.spec, schema: spec.spec.schema && { ...spec.spec.schema, fields: fields ?? [] } } };
}

describe("product form state", () => {
  it("round-trips a full spec through the form without losing anything", () => {
    const spec: DataProductSpec = storedShape({
      ...customer360(),
      metadata: { ...customer360().metadata, status: "deprecated", deprecation: { sunsetDate: "2027-03-31", message: "Use customer-360-v3", replacement: "customer-360-v3" } },
    });
    spec.spec.documentation = [{ title: "Runbook", url: "https://wiki.example.com/runbook" }];
    spec.spec.inputPorts = [{ name: "orders", type: "snowflake", kind: "view", product: "sales/orders", port: "orders-table", usesFields: ["order_id"] }];
    const validation = validateFormState(specToFormState(spec));
    expect(validation.errors).toEqual({});
    expect(validation.spec).toEqual(spec);
  });

  it("reports schema messages at the spec path of the input that holds them", () => {
    const state = emptyFormState({ domain: "customer", team: "customer-domain-team" });
    state.name = "Bad Name";
    state.outputPorts[0].name = "orders-table";
    state.fields[0].name = "1st";
    const { spec, errors } = validateFormState(state);
    expect(spec).toBeNull();
    expect(errors["metadata.name"]).toMatch(/lowercase letters/);
    expect(errors["spec.outputPorts[0].type"]).toMatch(/Use one of: snowflake/);
    expect(errors["spec.schema.fields[0].name"]).toMatch(/Start with a letter/);
  });

  it("leaves empty inputs out of the spec instead of sending empty strings", () => {
    const state = emptyFormState({ domain: "customer", team: "customer-domain-team" });
    state.name = "churn-scores";
    state.outputPorts = [];
    state.fields = [];
    expect(formStateToSpecInput(state)).toEqual({
      apiVersion: "datamesh.io/v1",
      kind: "DataProduct",
      metadata: { name: "churn-scores", domain: "customer", version: "0.1.0", status: "draft", owner: { team: "customer-domain-team" } },
      spec: {},
    });
  });

  it("publishing overrides the status the form holds", () => {
    const state = emptyFormState({ domain: "customer", team: "customer-domain-team" });
    state.name = "churn-scores";
    state.outputPorts[0] = { ...state.outputPorts[0], name: "scores", type: "bigquery" };
    state.fields = [{ ...emptyField(), name: "customer_id", pii: "no" }];
    expect(validateFormState(state, { status: "active" }).spec?.metadata.status).toBe("active");
  });

  it("moves rows within bounds only", () => {
    expect(moveRow(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveRow(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    const rows = ["a", "b"];
    expect(moveRow(rows, 0, -1)).toBe(rows);
    expect(moveRow(rows, 1, 1)).toBe(rows);
  });
});
