import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { main } from "./main";
import type { Output } from "./output";

const fixture = (name: string) => fileURLToPath(new URL(`../../tests/cli/${name}`, import.meta.url));

function collect(): Output & { lines: string[] } {
  const lines: string[] = [];
  return { lines, line: (text) => void lines.push(text), usage: (problem) => (lines.push(`usage: ${problem}`), 2) };
}

describe("meshwork validate", () => {
  it("passes a valid spec with exit code 0", async () => {
    const out = collect();
    expect(await main(["validate", fixture("valid-customer-360.yaml")], out)).toBe(0);
    expect(out.lines[0]).toMatch(/^✓ .*customer\/cli-customer-360 score \d+, 0 error/);
  });

  it("names the file, line, path and allowed values of schema errors", async () => {
    const out = collect();
    expect(await main(["validate", fixture("invalid-schema.yaml")], out)).toBe(1);
    const text = out.lines.join("\n");
    expect(text).toMatch(/invalid-schema\.yaml:7:3 {2}metadata\.colour {2}Unknown field "colour"/);
    expect(text).toMatch(/invalid-schema\.yaml:11:\d+ {2}spec\.outputPorts\[0\]\.type {2}Use one of: snowflake/);
  });

  it("fails on error-level governance violations and prints how to fix each", async () => {
    const out = collect();
    expect(await main(["validate", fixture("governance-errors.yaml")], out)).toBe(1);
    expect(out.lines).toContainEqual(expect.stringMatching(/governance-errors\.yaml {2}spec\.schema\.fields\[0\]\.pii {2}error PRIVACY-001/));
    expect(out.lines.some((line) => line.trim().startsWith("fix: "))).toBe(true);
  });

  it("reports malformed YAML and a missing file without stopping at the first", async () => {
    const out = collect();
    expect(await main(["validate", fixture("malformed.yaml"), fixture("nope.yaml"), fixture("valid-customer-360.yaml")], out)).toBe(1);
    expect(out.lines.at(-1)).toBe("1 of 3 file(s) passed");
  });

  it("runs as `npx meshwork` from the repository without a build", async () => {
    const run = promisify(execFile);
    const bin = fileURLToPath(new URL("../../bin/meshwork.mjs", import.meta.url));
    const ok = await run(process.execPath, [bin, "validate", fixture("valid-customer-360.yaml")]);
    expect(ok.stdout).toContain("1 of 1 file(s) passed");
    await expect(run(process.execPath, [bin, "validate", fixture("invalid-schema.yaml")])).rejects.toMatchObject({ code: 1 });
  }, 30_000);
});

describe("meshwork apply arguments", () => {
  it("asks for a URL and a token", async () => {
    const out = collect();
    expect(await main(["apply", fixture("valid-customer-360.yaml")], out, { NODE_ENV: "test" })).toBe(2);
    expect(out.lines[0]).toContain("--url and --token");
  });
});
