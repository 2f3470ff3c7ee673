/**
 * Rows as the text format of COPY … FROM STDIN: one line per row, columns separated by tabs, NULL
 * as \N, and backslash, tab, newline and carriage return escaped with a backslash. `jsonColumns`
 * hold json or jsonb values, written as JSON; any other array is a PostgreSQL array literal.
 */
export function copyText(rows: Record<string, unknown>[], columns: readonly string[], jsonColumns: ReadonlySet<string> = new Set()): string {
  let text = "";
  for (const row of rows) {
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index];
      text += (index ? "\t" : "") + field(row[column], jsonColumns.has(column));
    }
    text += "\n";
  }
  return text;
}

function field(value: unknown, json: boolean): string {
  if (value === null || value === undefined) return "\\N";
  // JSON writes tabs and line breaks as \t and \n already: only its backslashes need doubling.
  if (json) return JSON.stringify(value).replaceAll("\\", "\\\\");
  if (typeof value === "string") return escape(value);
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escape(arrayLiteral(value));
  throw new Error(`copyText: no COPY form for ${Object.prototype.toString.call(value)}; is it a json column?`);
}

/** `{"a","b \"c\""}`: every element quoted, so commas, braces and spaces need no other care. */
function arrayLiteral(values: unknown[]): string {
  return `{${values.map((value) => (value === null || value === undefined ? "NULL" : `"${String(value).replace(/[\\"]/g, "\\$&")}"`)).join(",")}}`;
}

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function escape(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (character) => ESCAPES[character]) : text;
}
