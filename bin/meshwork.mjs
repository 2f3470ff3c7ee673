#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources (no build step): tsx compiles on the fly and
// resolves the "@/" imports through the repository's tsconfig.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
const { main } = await import("../lib/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
