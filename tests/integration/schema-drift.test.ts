import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * Guards against drift between prisma/schema.prisma and the hand-written migrations: every model
 * field must exist as a column of the right type and nullability, every enum with the same values,
 * and every @@unique/@@index under Prisma's naming convention. (Prisma's own diff needs a schema
 * engine this offline machine cannot download.)
 */
const SCALAR_TYPES: Record<string, string> = {
  Int: "integer",
  BigInt: "bigint",
  String: "text",
  Boolean: "boolean",
  Float: "double precision",
  Json: "jsonb",
  DateTime: "timestamp without time zone",
};

interface ParsedField {
  model: string;
  table: string;
  name: string;
  type: string;
  optional: boolean;
  list: boolean;
  attributes: string;
}

function parseSchema(source: string) {
  const enums = new Map<string, string[]>();
  for (const match of source.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    enums.set(match[1], match[2].split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("//")));
  }
  const fields: ParsedField[] = [];
  const indexes: { table: string; name: string; unique: boolean }[] = [];
  for (const match of source.matchAll(/^model (\w+) \{([^}]*)\}/gm)) {
    const [, model, body] = match;
    const table = /@@map\("(\w+)"\)/.exec(body)?.[1] ?? model;
    for (const line of body.split("\n").map((raw) => raw.trim())) {
      const field = /^(\w+)\s+([\w()"]+?)(\[\])?(\?)?(\s+.*)?$/.exec(line);
      if (field && !line.startsWith("@@") && !line.startsWith("//")) {
        const [, name, type, list, optional, attributes = ""] = field;
        const isRelation = attributes.includes("@relation") || /^[A-Z]/.test(type) && !SCALAR_TYPES[type] && !enums.has(type) && !type.startsWith("Unsupported");
        if (!isRelation) fields.push({ model, table, name, type, optional: Boolean(optional), list: Boolean(list), attributes });
      }
      const index = /^@@(unique|index|id)\(\[([^\]]*)\](.*)\)$/.exec(line);
      if (index && index[1] !== "id") {
        const columns = index[2].split(",").map((column) => column.trim().replace(/\(.*\)$/, ""));
        const explicit = /map: "(\w+)"/.exec(index[3])?.[1];
        const name = explicit ?? `${table}_${columns.join("_")}_${index[1] === "unique" ? "key" : "idx"}`;
        indexes.push({ table, name, unique: index[1] === "unique" });
      }
      const uniqueField = /^(\w+)\s.*@unique/.exec(line);
      if (uniqueField) indexes.push({ table, name: `${table}_${uniqueField[1]}_key`, unique: true });
    }
  }
  return { enums, fields, indexes };
}

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  await database.drop();
});

describe("migrations match schema.prisma", () => {
  const schema = parseSchema(readFileSync("prisma/schema.prisma", "utf8"));

  it("parses the schema (a guard for this guard)", () => {
    expect(schema.fields.length).toBeGreaterThan(150);
    expect(schema.enums.size).toBeGreaterThan(5);
  });

  it("has every model field as a column of the right type and nullability", async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const columns = new Map(rows.map((row) => [`${row.table_name}.${row.column_name}`, row]));
    const problems: string[] = [];
    for (const field of schema.fields) {
      const column = columns.get(`${field.table}.${field.name}`);
      if (!column) {
        problems.push(`${field.model}.${field.name}: no column ${field.table}.${field.name}`);
        continue;
      }
      const expected = field.list
        ? "ARRAY"
        : schema.enums.has(field.type)
          ? "USER-DEFINED"
          : field.type.startsWith("Unsupported")
            ? /Unsupported\("(\w+)"\)/.exec(field.type)![1]
            : field.attributes.includes("@db.Date")
              ? "date"
              : field.attributes.includes("@db.Json")
                ? "json"
                : SCALAR_TYPES[field.type];
      if (column.data_type !== expected) problems.push(`${field.model}.${field.name}: ${column.data_type}, schema says ${expected}`);
      if (schema.enums.has(field.type) && column.udt_name !== field.type) problems.push(`${field.model}.${field.name}: enum ${column.udt_name}, schema says ${field.type}`);
      // Prisma lists are nullable in SQL even when required in the schema.
      const nullable = column.is_nullable === "YES";
      if (!field.list && nullable !== field.optional) problems.push(`${field.model}.${field.name}: nullable=${nullable}, schema optional=${field.optional}`);
    }
    expect(problems).toEqual([]);
  });

  it("has every enum with the same values in the same order", async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((row) => [row.name, row.values]));
    expect(actual).toEqual(Object.fromEntries(schema.enums));
  });

  it("has every declared index and unique constraint", async () => {
    const { rows } = await client.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'`);
    const actual = new Map(rows.map((row) => [row.indexname, row.indexdef]));
    const missing = schema.indexes.filter((index) => !actual.has(index.name)).map((index) => index.name);
    expect(missing).toEqual([]);
    const notUnique = schema.indexes.filter((index) => index.unique && !actual.get(index.name)?.startsWith("CREATE UNIQUE")).map((index) => index.name);
    expect(notUnique).toEqual([]);
  });

  it("has no table that the schema does not know", async () => {
    const { rows } = await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
    const tables = new Set(schema.fields.map((field) => field.table));
    expect(rows.map((row) => row.table_name).filter((name) => !tables.has(name))).toEqual([]);
  });
});
