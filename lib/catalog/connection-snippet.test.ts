import { describe, expect, it } from "vitest";
import { connectionSnippet, type PortAccess } from "./connection-snippet";

const port = (overrides: Partial<PortAccess>): PortAccess => ({
  name: "out",
  technology: "snowflake",
  location: null,
  format: null,
  database: null,
  schemaName: null,
  tableName: null,
  topic: null,
  ...overrides,
});

describe("connectionSnippet", () => {
  it("writes a quoted SELECT for a Snowflake table", () => {
    const snippet = connectionSnippet(port({ database: "customer_domain", schemaName: "gold", tableName: "customer_360" }));
    expect(snippet).toEqual({ language: "sql", code: 'SELECT *\nFROM "customer_domain"."gold"."customer_360"\nLIMIT 100;' });
  });

  it("gives Kafka consumers the topic and a consumer group", () => {
    const { code } = connectionSnippet(port({ technology: "kafka", topic: "customer.transactions.v1", name: "events" }));
    expect(code).toContain("# topic: customer.transactions.v1");
    expect(code).toContain("group.id=<your-team>.events");
  });

  it("shell-quotes paths and URLs", () => {
    expect(connectionSnippet(port({ technology: "s3", location: "s3://bucket/it's" })).code).toBe("aws s3 ls 's3://bucket/it'\\''s' --recursive");
    expect(connectionSnippet(port({ technology: "rest", location: "https://api.example/v1/x" })).code).toContain("curl -H");
  });

  it("escapes quotes inside SQL identifiers", () => {
    expect(connectionSnippet(port({ technology: "postgres", tableName: 'we"ird' })).code).toContain('"we""ird"');
  });
});
