import { readdir, readFile, stat } from "node:fs/promises";
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

export async function readSpecFile(path: string): Promise<string | { error: string }> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message };
  }
}
