// A worker thread of `meshwork apply`: reads and parses spec files while the main thread sends
// batches. Registers tsx itself, as bin/meshwork.mjs does, since it starts without the parent's loaders.
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
const { loadSpecFile } = await import("./load-file.ts");

parentPort.on("message", async (files) => {
  const results = [];
  for (const file of files) results.push(await loadSpecFile(file));
  parentPort.postMessage({ results });
});
parentPort.postMessage({ ready: true });
