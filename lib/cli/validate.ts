import { evaluate } from "@/lib/governance/evaluate";
import { readSpecText } from "@/lib/spec/document";
import { expandFiles, readSpecFile } from "./files";
import type { Output } from "./output";

/**
 * `meshwork validate <file…>`: schema and governance, offline, with the app's own engine.
 * Exits 1 when any file does not parse, is invalid, or has an error-level violation.
 */
export async function validateCommand(paths: string[], out: Output): Promise<number> {
  const files = await expandFiles(paths);
  if (!files.length) return out.usage("validate needs at least one spec file");
  let failed = 0;
  for (const file of files) {
    const text = await readSpecFile(file);
    if (typeof text !== "string") {
      failed++;
      out.line(`✗ ${file}: ${text.error}`);
      continue;
    }
    const result = readSpecText(text);
    if (!result.ok) {
      failed++;
      out.line(`✗ ${file}: invalid spec (${result.problems.length} problem${result.problems.length === 1 ? "" : "s"})`);
      for (const problem of result.problems) {
        const at = problem.line ? `${file}:${problem.line}:${problem.column}` : file;
        out.line(`  ${at}  ${problem.path || "(document)"}  ${problem.message}`);
      }
      continue;
    }
    const report = evaluate(result.spec, { targetStatus: result.spec.metadata.status });
    const ref = `${result.spec.metadata.domain}/${result.spec.metadata.name}`;
    if (report.errors) failed++;
    out.line(`${report.errors ? "✗" : "✓"} ${file}: ${ref} score ${report.score}, ${report.errors} error(s), ${report.warnings} warning(s)${result.format === "odps" ? " (ODPS)" : ""}`);
    for (const violation of report.violations) {
      out.line(`  ${file}  ${violation.path}  ${violation.severity} ${violation.policyId}: ${violation.message}`);
      out.line(`    fix: ${violation.remediation}`);
    }
  }
  out.line(`${files.length - failed} of ${files.length} file(s) passed`);
  return failed ? 1 : 0;
}
