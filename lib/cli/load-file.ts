import { parseData } from "@/lib/spec/yaml-text";
import { readSpecFile } from "./files";

/** One spec may be at most 1 MB, as for POST /api/v1/data-products. */
const MAX_SPEC_BYTES = 1024 * 1024;

/** A file read and parsed, waiting for its batch; `text` is kept to place problems the server finds. */
export interface Loaded {
  file: string;
  text: string;
  body: string;
}

/** What a file became: a JSON body to send, a failure to report, or text whose problems must be explained. */
export type LoadedFile = Loaded | { file: string; failure: string } | { file: string; text: string; invalid: true };

export async function loadSpecFile(file: string): Promise<LoadedFile> {
  const text = await readSpecFile(file);
  if (typeof text !== "string") return { file, failure: text.error };
  if (Buffer.byteLength(text) > MAX_SPEC_BYTES) return { file, failure: "the file is larger than the 1 MB limit of a spec" };
  // The server validates with the shared schema; here the text only has to become data.
  const parsed = parseData(text);
  return parsed.ok ? { file, text, body: JSON.stringify(parsed.value) } : { file, text, invalid: true };
}
