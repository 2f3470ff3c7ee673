import { describe, expect, it } from "vitest";
import { score } from "./score";
import type { Severity } from "./types";

const of = (errors: number, warnings: number) => [
  ...Array.from({ length: errors }, () => ({ severity: "error" as Severity })),
  ...Array.from({ length: warnings }, () => ({ severity: "warning" as Severity })),
];

describe("score", () => {
  it("is 100 without violations", () => {
    expect(score([])).toBe(100);
  });

  it("takes 10 per error and 2 per warning", () => {
    expect(score(of(1, 0))).toBe(90);
    expect(score(of(0, 1))).toBe(98);
    expect(score(of(3, 4))).toBe(62);
  });

  it("never goes below 0", () => {
    expect(score(of(10, 0))).toBe(0);
    expect(score(of(12, 7))).toBe(0);
    expect(score(of(0, 60))).toBe(0);
  });
});
