/**
 * The V8 flags the app server runs with (`npm start` passes them to `next start`; `npm run bench`
 * runs with them too, see server-node-options.test.ts). A 64 MB young-generation semi-space instead
 * of V8's 16 MB: a batch of 500 specs makes tens of megabytes of short-lived strings and objects,
 * which the default scavenged often and partly promoted to the old generation. In interleaved
 * `meshwork apply` runs of 10,000 specs the process used about 2 CPU-seconds (11%) less.
 */
export const SERVER_NODE_OPTIONS = "--max-semi-space-size=64";

/** NODE_OPTIONS for the server: the operator's own options, then ours. */
export function withServerNodeOptions(existing: string | undefined): string {
  return [existing, SERVER_NODE_OPTIONS].filter(Boolean).join(" ");
}
