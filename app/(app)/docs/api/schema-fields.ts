/** Flattens a JSON schema into rows (path, type, required, description, allowed values) for the reference table. */
export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  description?: string;
  allowed?: string;
}

type Node = {
  type?: string | string[];
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  enum?: unknown[];
  const?: unknown;
  description?: string;
  pattern?: string;
  format?: string;
};

export function schemaFields(schema: Node, prefix = "", required = true): FieldRow[] {
  const rows: FieldRow[] = [];
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if (prefix) {
    const allowed = schema.enum ? schema.enum.map(String).join(", ") : schema.const !== undefined ? String(schema.const) : schema.format;
    rows.push({ path: prefix, type: type === "array" && schema.items?.type ? `${schema.items.type}[]` : type, required, description: schema.description, allowed });
  }
  if (schema.properties) {
    for (const [key, child] of Object.entries(schema.properties)) rows.push(...schemaFields(child, prefix ? `${prefix}.${key}` : key, schema.required?.includes(key) ?? false));
  }
  if (schema.items?.properties) rows.push(...schemaFields({ ...schema.items, description: undefined }, `${prefix}[]`, true).slice(1));
  if (schema.items?.enum && prefix) rows[0].allowed = schema.items.enum.map(String).join(", ");
  return rows;
}
