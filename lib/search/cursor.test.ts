import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("search cursor", () => {
  it("round-trips the sort key", () => {
    const key = [1.25, 12, 90, "2026-11-28 10:00:00.123", 42];
    expect(decodeCursor("relevance", encodeCursor("relevance", key))).toEqual(key);
  });

  it("treats a cursor of another sort or garbage as the first page", () => {
    expect(decodeCursor("recent", encodeCursor("relevance", [1, 2, 3, "2026-11-28", 4]))).toBeNull();
    expect(decodeCursor("recent", "not-a-cursor")).toBeNull();
    expect(decodeCursor("recent", Buffer.from('["recent","x",1]').toString("base64url"))).toBeNull();
    expect(decodeCursor("recent", Buffer.from('["recent","2026-11-28","1; drop"]').toString("base64url"))).toBeNull();
  });
});
