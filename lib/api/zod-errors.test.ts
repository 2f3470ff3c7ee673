import { describe, expect, it } from "vitest";
import { dataProductSpecSchema } from "@/lib/spec/schema";
import { formatPath, zodIssuesToFieldErrors } from "./zod-errors";

describe("field errors from the spec schema", () => {
  it("formats paths the way the UI and API point at fields", () => {
    expect(formatPath(["spec", "outputPorts", 0, "type"])).toBe("spec.outputPorts[0].type");
  });

  it("names unknown fields and lists the allowed values of an enum", () => {
    const result = dataProductSpecSchema.safeParse({
      apiVersion: "datamesh.io/v1",
      kind: "DataProduct",
      metadata: { name: "orders", domain: "order", version: "1.0.0", owner: { team: "order-team" }, colour: "blue" },
      spec: { access: { classification: "secret" } },
    });
    expect(result.success).toBe(false);
    const errors = zodIssuesToFieldErrors(result.error!.issues);
    expect(errors).toContainEqual({ path: "metadata.colour", message: 'Unknown field "colour"; remove it or check its spelling' });
    expect(errors).toContainEqual({ path: "spec.access.classification", message: "Use one of: public, internal, confidential, restricted" });
  });
});
