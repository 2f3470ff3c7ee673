import type { ImpactReport } from "./impact-types";

const HEADER = ["product", "title", "domain", "status", "active", "depth", "path", "owner", "owner_email", "team", "team_email", "contact_email", "field_use"];

/** RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets do not run it as a formula. */
function cell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function impactToCsv(report: ImpactReport): string {
  const lines = [HEADER.join(",")];
  for (const group of report.groups) {
    for (const item of group.products) {
      lines.push(
        [
          item.ref, item.title, item.domain, item.status, item.active, item.depth, item.path.join(" > "),
          item.owner?.name, item.owner?.email, item.team.name, item.team.email, item.contactEmail, item.fieldUse,
        ].map(cell).join(","),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}
