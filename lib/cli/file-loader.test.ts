import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createFileLoader, loaderThreads, THREADED_FROM_FILES } from "./file-loader";

const fixture = (name: string) => fileURLToPath(new URL(`../../tests/cli/${name}`, import.meta.url));
const files = ["valid-customer-360.yaml", "malformed.yaml", "no-such-file.yaml", "invalid-schema.yaml"].map(fixture);

describe("the spec file loader of meshwork apply", () => {
  it("reads and parses files on worker threads exactly as on the main thread, in order", async () => {
    const inThread = createFileLoader(0);
    const threaded = createFileLoader(2);
    try {
      const expected = await inThread.load(files);
      expect(expected.map((result) => ("body" in result ? "body" : "failure" in result ? result.failure : "invalid"))).toEqual(["body", "invalid", "file not found", "body"]);
      // Until a thread has started, the calling thread reads; then the threads do, to the same result.
      expect(await threaded.load(files)).toEqual(expected);
      expect(await threaded.started()).toBe(true);
      const [first, second] = await Promise.all([threaded.load(files), threaded.load([...files].reverse())]);
      expect(first).toEqual(expected);
      expect(second).toEqual([...expected].reverse());
    } finally {
      await Promise.all([inThread.close(), threaded.close()]);
    }
  }, 30_000);

  it("starts threads only for runs large enough to repay them", () => {
    expect(loaderThreads(THREADED_FROM_FILES - 1)).toBe(0);
    expect(loaderThreads(THREADED_FROM_FILES)).toBeGreaterThanOrEqual(1);
  });
});
