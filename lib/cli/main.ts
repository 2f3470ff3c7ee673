import { parseArgs } from "node:util";
import { applyCommand, DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, MAX_BATCH_SIZE } from "./apply";
import { consoleOutput, USAGE, type Output } from "./output";
import { validateCommand } from "./validate";

/** Entry point of `npx meshwork`; returns the exit code. */
export async function main(argv: string[], out: Output = consoleOutput(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...rest] = argv;
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(rest);
  } catch (error) {
    return out.usage((error as Error).message);
  }
  switch (command) {
    case "validate":
      return validateCommand(args.positionals, out);
    case "apply": {
      const url = args.values.url ?? env.MESHWORK_URL;
      const token = args.values.token ?? env.MESHWORK_TOKEN;
      if (!url || !token) return out.usage("apply needs --url and --token (or MESHWORK_URL and MESHWORK_TOKEN)");
      const concurrency = Number(args.values.concurrency ?? DEFAULT_CONCURRENCY);
      if (!Number.isInteger(concurrency) || concurrency < 1) return out.usage("--concurrency must be a positive whole number");
      const batchSize = Number(args.values["batch-size"] ?? DEFAULT_BATCH_SIZE);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) return out.usage(`--batch-size must be a whole number from 1 to ${MAX_BATCH_SIZE}`);
      return applyCommand(args.positionals, { url, token, concurrency, batchSize }, out);
    }
    case undefined:
    case "help":
    case "--help":
      out.line(USAGE);
      return 0;
    default:
      return out.usage(`unknown command "${command}"`);
  }
}

function parseCliArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: "string" }, token: { type: "string" }, concurrency: { type: "string" }, "batch-size": { type: "string" } },
  });
}
