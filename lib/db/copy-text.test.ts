import { describe, expect, it } from "vitest";
import { copyText } from "./copy-text";

describe("copyText", () => {
  it("writes one tab-separated line per row, in the given column order", () => {
    expect(copyText([{ b: 2, a: "x" }, { a: "y", b: 3 }], ["a", "b"])).toBe("x\t2\ny\t3\n");
  });

  it("writes NULL, booleans and dates as COPY reads them", () => {
    const at = new Date("2026-11-29T12:00:00.000Z");
    expect(copyText([{ a: null, b: undefined, c: true, d: false, e: at }], ["a", "b", "c", "d", "e"])).toBe("\\N\t\\N\tt\tf\t2026-11-29T12:00:00.000Z\n");
  });

  it("escapes backslashes, tabs and line breaks in text", () => {
    expect(copyText([{ a: "C:\\data\tone\ntwo\r" }], ["a"])).toBe("C:\\\\data\\tone\\ntwo\\r\n");
  });

  it("writes arrays as quoted array literals and json columns as JSON", () => {
    const row = { tags: ['a "b"', "c,d", "e\\f"], doc: [{ path: "x", message: 'say "hi"\n' }] };
    expect(copyText([row], ["tags", "doc"], new Set(["doc"]))).toBe(
      `{"a \\\\"b\\\\"","c,d","e\\\\\\\\f"}\t[{"path":"x","message":"say \\\\"hi\\\\"\\\\n"}]\n`,
    );
  });

  it("refuses an object outside a json column rather than writing [object Object]", () => {
    expect(() => copyText([{ a: { b: 1 } }], ["a"])).toThrow(/json column/);
  });
});
