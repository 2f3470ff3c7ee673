import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

const SPEC_FILE = /\.(ya?ml|json)$/i;

/** Files as given; a directory stands for the spec files inside it (recursively), in name order. */
export async function expandFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(path, { recursive: true })).filter((entry) => SPEC_FILE.test(entry)).sort();
      out.push(...entries.map((entry) => join(path, entry)));
    } else {
      out.push(path);
    }
  }
  return out;
}

/**
 * Synchronous under an async signature: a spec file is a few kB read from the page cache, and the
 * promise-based read (open, stat, read, close, each a trip through the thread pool) cost the
 * single thread of `meshwork apply` more than the read itself.
 */
export async function readSpecFile(path: string): Promise<string | { error: string }> {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message };
  }
}
