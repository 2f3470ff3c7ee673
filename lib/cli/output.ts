import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from "./apply";

/** Where the CLI writes; tests pass a collector instead of the terminal. */
export interface Output {
  line(text: string): void;
  /** Prints the problem and the usage text; returns the exit code for a usage error. */
  usage(problem: string): number;
}

export const USAGE = `Usage:
  meshwork validate <file|dir…>
      Checks each spec (datamesh.io/v1 or ODPS, YAML or JSON) against the schema and the
      governance policies, offline. Exits 1 on any invalid file or error-level violation.
  meshwork apply <file|dir…> --url <meshwork url> --token <api token> [--batch-size ${DEFAULT_BATCH_SIZE}] [--concurrency ${DEFAULT_CONCURRENCY}]
      Creates or updates each product through the REST API's batch endpoint, --batch-size files
      per request and --concurrency requests at a time, and reports each file created, updated,
      unchanged (nothing written) or failed. Exits 1 when any file failed.
      --url and --token default to MESHWORK_URL and MESHWORK_TOKEN.`;

export function consoleOutput(): Output {
  return {
    line: (text) => console.log(text),
    usage(problem) {
      console.error(`meshwork: ${problem}\n\n${USAGE}`);
      return 2;
    },
  };
}
