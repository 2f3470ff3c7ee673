import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_OPTIONS, withServerNodeOptions } from "./server-node-options";

describe("the server's Node options", () => {
  it("keep the operator's own NODE_OPTIONS", () => {
    expect(withServerNodeOptions("--enable-source-maps")).toBe(`--enable-source-maps ${SERVER_NODE_OPTIONS}`);
    expect(withServerNodeOptions(undefined)).toBe(SERVER_NODE_OPTIONS);
  });

  it("are the ones the bench runs with, so it measures the server as deployed", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(scripts.bench).toContain(`NODE_OPTIONS=${SERVER_NODE_OPTIONS} `);
  });
});
