import "server-only";
import type { DirectTransaction } from "@/lib/db/client";
import { copyText } from "@/lib/db/copy-text";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Set-based statements for the batch writer: a whole table's rows for a batch travel as one json
 * parameter and are expanded by json_populate_recordset against the table's own row type, so
 * every column keeps its type (enums, arrays, json, dates) without a cast list to maintain, and a
 * column the shared row mapping gains is written here too. Table and column names come from code,
 * never from input.
 */

type Tx = DirectTransaction;
export type Row = Record<string, unknown>;

const quote = (name: string) => `"${name}"`;

/** Prisma.DbNull means SQL NULL; Dates and nested JSON serialise as they are. Rows without one are not copied. */
function toJson(rows: Row[]): string {
  return JSON.stringify(rows.map(withSqlNulls));
}

function withSqlNulls(row: Row): Row {
  let copy: Row | undefined;
  for (const key in row) if (row[key] === Prisma.DbNull) (copy ??= { ...row })[key] = null;
  return copy ?? row;
}

/**
 * INSERT … SELECT FROM json_populate_recordset(…); `tail` adds ON CONFLICT / RETURNING. Rows are sent
 * as json: PostgreSQL reads the text once, in order, where building a jsonb value first cost a sixth
 * more for rows of plain columns.
 */
export async function insertRows<R = unknown>(tx: Tx, table: string, rows: Row[], tail = ""): Promise<R[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]).map(quote).join(", ");
  const sql = `INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $1::json) ${tail}`;
  return tx.query<R>(sql, [toJson(rows)]);
}

/** The json columns among the tables written by COPY; any other array is a PostgreSQL array. */
const JSON_COLUMNS: Record<string, ReadonlySet<string>> = {
  governance_results: new Set(["findings"]),
  product_schemas: new Set(["fields"]),
  product_versions: new Set(["spec"]),
};

/**
 * New rows by COPY, for rows that cannot conflict (a new product's, or those of a product whose
 * old rows this transaction deleted): no ON CONFLICT, no RETURNING. PostgreSQL reads COPY's text
 * format several times faster than it expands json_populate_recordset (3 against 16 µs a row for
 * 20,000 output ports), and writes a page's new rows together. In the Prisma fallback, which
 * cannot COPY, the rows go through insertRows.
 */
export async function copyRows(tx: Tx, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  if (!tx.copy) {
    await insertRows(tx, table, rows);
    return;
  }
  const columns = Object.keys(rows[0]);
  await tx.copy(`COPY ${quote(table)} (${columns.map(quote).join(", ")}) FROM STDIN`, copyText(rows.map(withSqlNulls), columns, JSON_COLUMNS[table]));
}

/**
 * New data_products rows, each stored with its search document in the same INSERT (built by
 * product_search_vector, as refresh_product_search builds it, from the row, its domain and team
 * and `names[i]`: the names of row i's output ports and fields in position order, space-separated),
 * instead of rewriting every new row and its index entries a second time to add it.
 */
export async function insertProducts<R = unknown>(tx: Tx, rows: Row[], names: string[], returning: string): Promise<R[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]).map(quote);
  const sql = `INSERT INTO "data_products" (${columns.join(", ")}, "searchVector")
    SELECT ${columns.map((column) => `x.${column}`).join(", ")},
           product_search_vector(x."name", x."title", x."tags", x."description", d."slug", d."name", t."name", n."names")
    FROM json_populate_recordset(NULL::"data_products", $1::json) WITH ORDINALITY x
    JOIN unnest($2::text[]) WITH ORDINALITY n("names", "ordinality") ON n."ordinality" = x."ordinality"
    JOIN "domains" d ON d."id" = x."domainId"
    JOIN "teams" t ON t."id" = x."owningTeamId"
    ORDER BY x."ordinality"
    RETURNING ${returning}`;
  return tx.query<R>(sql, [toJson(rows), names]);
}

/** `ON CONFLICT (keys) DO UPDATE` setting every other column of `row` from the proposed row. */
export function onConflictUpdate(keys: string[], row: Row): string {
  const others = Object.keys(row).filter((column) => !keys.includes(column)).map(quote);
  return `ON CONFLICT (${keys.map(quote).join(", ")}) DO UPDATE SET (${others.join(", ")}) = ROW(${others.map((column) => `EXCLUDED.${column}`).join(", ")})`;
}

/** UPDATE table SET every column of the rows but `id`, matched on id; `extra` adds assignments. */
export async function updateRowsById<R = unknown>(tx: Tx, table: string, rows: Row[], extra: string, returning: string): Promise<R[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]).filter((column) => column !== "id").map(quote);
  const sql = `UPDATE ${quote(table)} t SET (${columns.join(", ")}) = ROW(${columns.map((column) => `x.${column}`).join(", ")})${extra ? `, ${extra}` : ""}
    FROM json_populate_recordset(NULL::${quote(table)}, $1::json) x WHERE t."id" = x."id" RETURNING ${returning}`;
  return tx.query<R>(sql, [toJson(rows)]);
}

/** Deletes the rows of these products; with `keep`, only those whose (productId, key) is not kept. */
export async function deleteProductRows(tx: Tx, table: string, productIds: number[], keep?: { column: string; pairs: { productId: number; key: string }[] }) {
  if (!productIds.length) return;
  if (!keep) {
    await tx.query(`DELETE FROM ${quote(table)} WHERE "productId" = ANY($1::int[])`, [productIds]);
    return;
  }
  await tx.query(
    `DELETE FROM ${quote(table)} WHERE "productId" = ANY($1::int[])
       AND ("productId", ${quote(keep.column)}::text) NOT IN (SELECT * FROM unnest($2::int[], $3::text[]))`,
    [productIds, keep.pairs.map((pair) => pair.productId), keep.pairs.map((pair) => pair.key)],
  );
}
