import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Caller } from "../../lib/auth/permissions";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { readSpecText } from "../../lib/spec/document";
import type { DataProductSpec } from "../../lib/spec/schema";
import { stringifySpec } from "../../lib/spec/yaml";
import { seedDemoMesh } from "../../scripts/seed-demo";
import { createTeamWithDomain, goodSpec, unique } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Route handlers run outside a Next request here: no session cookie, so only tokens identify callers.
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Routes {
  list: { GET: Handler; POST: Handler };
  product: { GET: Handler; PUT: Handler; DELETE: Handler };
  versions: { GET: Handler };
  yaml: { GET: Handler };
  validate: { POST: Handler };
  batch: { POST: Handler };
}

let database: TestDatabase;
let db: PrismaClient;
let routes: Routes;
let createApiToken: (caller: Caller, name: string) => Promise<{ token: string }>;
let owner: Awaited<ReturnType<typeof createTeamWithDomain>>;
let ownerToken: string;
let otherToken: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  // The route modules use the prisma singleton, which reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = database.url;
  routes = {
    list: await import("../../app/api/v1/data-products/route"),
    product: await import("../../app/api/v1/data-products/[domain]/[name]/route"),
    versions: await import("../../app/api/v1/data-products/[domain]/[name]/versions/route"),
    yaml: await import("../../app/api/v1/data-products/[domain]/[name]/spec.yaml/route"),
    validate: await import("../../app/api/v1/validate/route"),
    batch: await import("../../app/api/v1/data-products/batch/route"),
  } as unknown as Routes;
  ({ createApiToken } = await import("../../lib/auth/api-tokens"));
  await seedDemoMesh(db);
  owner = await createTeamWithDomain(db);
  const other = await createTeamWithDomain(db);
  ownerToken = (await createApiToken(owner.caller, "ci")).token;
  otherToken = (await createApiToken(other.caller, "ci")).token;
}, 180_000);
afterAll(async () => database.drop());

/** Calls a handler the way Next does, with the path's params. */
function call(handler: Handler, init: { url?: string; method?: string; token?: string | null; body?: string; type?: string; headers?: Record<string, string>; params?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = init.type ?? "application/json";
  const request = new Request(`http://meshwork.test${init.url ?? "/api/v1/data-products"}`, { method: init.method ?? (init.body !== undefined ? "POST" : "GET"), headers, body: init.body });
  return handler(request, { params: Promise.resolve(init.params ?? {}) });
}
const at = (spec: DataProductSpec) => ({ domain: spec.metadata.domain, name: spec.metadata.name });
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string; details: { path: string; message: string }[] } }).error;

describe("creating a product through the API", () => {
  it("creates with a token (201) and reads it back as JSON and YAML", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    const created = await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ ref: `${spec.metadata.domain}/${spec.metadata.name}`, version: 1, created: true, governance: { errors: 0 } });

    const read = await call(routes.product.GET, { params: at(spec) });
    expect(read.headers.get("etag")).toBe('"1"');
    expect(((await read.json()) as { spec: unknown }).spec).toEqual(spec);
    const yaml = await call(routes.yaml.GET, { params: at(spec) });
    expect(yaml.headers.get("content-type")).toContain("yaml");
    const parsed = readSpecText(await yaml.text());
    expect(parsed.ok && parsed.spec).toEqual(spec);
  });

  it("accepts a YAML body", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    const created = await call(routes.list.POST, { token: ownerToken, body: stringifySpec(spec), type: "application/yaml" });
    expect(created.status).toBe(201);
  });

  it("refuses anonymous writes (401) and a wrong token (401)", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    const anonymous = await call(routes.list.POST, { body: JSON.stringify(spec) });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
    expect((await call(routes.list.POST, { token: "mw_not-a-token", body: JSON.stringify(spec) })).status).toBe(401);
    expect(await db.dataProduct.count({ where: { name: spec.metadata.name } })).toBe(0);
  });

  it("refuses a caller from another team (403)", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    const response = await call(routes.list.POST, { token: otherToken, body: JSON.stringify(spec) });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe("forbidden");
  });

  it("answers 409 naming an address that already exists", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) });
    const again = await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toContain(`${spec.metadata.domain}/${spec.metadata.name}`);
  });

  it("answers 400 to malformed JSON, malformed YAML and a body that is not an object", async () => {
    for (const [body, type] of [["{ not json", "application/json"], ["a: [b", "application/yaml"], ["[1, 2]", "application/json"], ["", "application/json"]]) {
      const response = await call(routes.list.POST, { token: ownerToken, body, type });
      expect(response.status, body).toBe(400);
      expect((await errorOf(response)).code).toBe("bad_request");
    }
  });

  it("answers 413 to a body over 1 MB, including a 10 MB upload", async () => {
    for (const size of [1024 * 1024 + 10, 10 * 1024 * 1024]) {
      const response = await call(routes.list.POST, { token: ownerToken, body: JSON.stringify({ padding: "x".repeat(size) }) });
      expect(response.status).toBe(413);
    }
  });

  it("answers 422 listing every invalid field with its path and the allowed values", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug) as unknown as { metadata: Record<string, unknown>; spec: Record<string, unknown> };
    spec.metadata.colour = "blue";
    spec.metadata.version = 2;
    (spec.spec.access as Record<string, unknown>).classification = "secret";
    (spec.spec.outputPorts as Record<string, unknown>[])[0].type = "snowflak";
    const response = await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) });
    expect(response.status).toBe(422);
    const { details } = await errorOf(response);
    expect(details).toContainEqual({ path: "metadata.colour", message: expect.stringContaining('Unknown field "colour"') });
    expect(details).toContainEqual({ path: "metadata.version", message: expect.stringContaining("string") });
    expect(details).toContainEqual({ path: "spec.access.classification", message: "Use one of: public, internal, confidential, restricted" });
    expect(details).toContainEqual({ path: "spec.outputPorts[0].type", message: expect.stringContaining("snowflake, bigquery") });
  });

  it("answers 422 to duplicate names, a self-dependency and an input port to a product that does not exist", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    const duplicate = structuredClone(spec);
    duplicate.spec.outputPorts!.push({ ...duplicate.spec.outputPorts![0] });
    duplicate.spec.lineage = { upstreamProducts: [spec.metadata.name] };
    const first = await errorOf(await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(duplicate) }));
    expect(first.details.map((detail) => detail.path)).toEqual(expect.arrayContaining(["spec.outputPorts[1].name", "spec.lineage.upstreamProducts[0]"]));

    const dangling = structuredClone(spec);
    dangling.spec.inputPorts = [{ name: "ghost", type: "snowflake", product: "nowhere/ghost-product" }];
    const response = await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(dangling) });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).details).toContainEqual({ path: "spec.inputPorts[0].product", message: expect.stringContaining("nowhere/ghost-product") });
    expect(await db.dataProduct.count({ where: { name: spec.metadata.name } })).toBe(0);
  });

  it("stores HTML and script in text fields as text", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    spec.spec.description = `<script>alert("x")</script><img src=x onerror=alert(1)> ${spec.spec.description}`;
    expect((await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) })).status).toBe(201);
    const stored = await db.dataProduct.findFirstOrThrow({ where: { name: spec.metadata.name } });
    expect(stored.description).toBe(spec.spec.description);
  });
});

describe("updating and deleting through the API", () => {
  it("updates with If-Match, refuses a stale version with 409, and lists the versions", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) });
    const edit = (title: string) => JSON.stringify({ ...spec, metadata: { ...spec.metadata, title } });

    const updated = await call(routes.product.PUT, { method: "PUT", token: ownerToken, body: edit("First edit"), headers: { "if-match": '"1"' }, params: at(spec) });
    expect(updated.status).toBe(200);
    expect(updated.headers.get("etag")).toBe('"2"');
    const stale = await call(routes.product.PUT, { method: "PUT", token: ownerToken, body: edit("Stale edit"), headers: { "if-match": '"1"' }, params: at(spec) });
    expect(stale.status).toBe(409);
    expect(await errorOf(stale)).toMatchObject({ code: "version_conflict", currentVersion: 2 });
    const viaField = await call(routes.product.PUT, { method: "PUT", url: "/api/v1/x?expectedVersion=1", token: ownerToken, body: edit("Stale edit"), params: at(spec) });
    expect(viaField.status).toBe(409);

    const versions = (await (await call(routes.versions.GET, { params: at(spec) })).json()) as { items: { version: number; changeKind: string }[] };
    expect(versions.items.map((item) => [item.version, item.changeKind])).toEqual([[2, "UPDATED"], [1, "CREATED"]]);
  });

  it("refuses a PUT whose body names another product, and wrong-team updates and deletes", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) });
    const renamed = await call(routes.product.PUT, { method: "PUT", token: ownerToken, body: JSON.stringify(spec), params: { ...at(spec), name: "other-name" } });
    expect(renamed.status).toBe(422);
    expect((await call(routes.product.PUT, { method: "PUT", token: otherToken, body: JSON.stringify(spec), params: at(spec) })).status).toBe(403);
    expect((await call(routes.product.PUT, { method: "PUT", body: JSON.stringify(spec), params: at(spec) })).status).toBe(401);
    expect((await call(routes.product.DELETE, { method: "DELETE", token: otherToken, params: at(spec) })).status).toBe(403);
    expect((await call(routes.product.DELETE, { method: "DELETE", params: at(spec) })).status).toBe(401);
  });

  it("deletes (204), then answers 410 Gone saying who deleted it and when, until it is created again", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) });
    expect((await call(routes.product.DELETE, { method: "DELETE", token: ownerToken, params: at(spec) })).status).toBe(204);
    const gone = await call(routes.product.GET, { params: at(spec) });
    expect(gone.status).toBe(410);
    const { error } = await gone.json();
    expect(error.code).toBe("gone");
    expect(error.message).toContain(`${spec.metadata.domain}/${spec.metadata.name} was deleted on ${new Date().toISOString().slice(0, 10)} by ${owner.caller.name}`);
    expect((await call(routes.product.PUT, { method: "PUT", token: ownerToken, body: JSON.stringify(spec), params: at(spec) })).status).toBe(410);
    expect((await call(routes.product.GET, { params: { domain: spec.metadata.domain, name: "never-registered" } })).status).toBe(404);

    expect((await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) })).status).toBe(201);
    expect((await call(routes.product.GET, { params: at(spec) })).status).toBe(200);
  });

  it("keeps a deleted restricted product's title from its old address", async () => {
    const { findDeletedProduct } = await import("../../lib/catalog/deleted-products");
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    spec.spec.access = { ...spec.spec.access, classification: "restricted" };
    expect((await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) })).status).toBe(201);
    expect((await call(routes.product.DELETE, { method: "DELETE", token: ownerToken, params: at(spec) })).status).toBe(204);
    expect(await findDeletedProduct(db, spec.metadata.domain, spec.metadata.name)).toMatchObject({ title: null, deletedBy: owner.caller.name });
  });

  it("refuses to delete a product other products read (409)", async () => {
    const upstream = goodSpec(owner.domain.slug, owner.team.slug);
    const downstream = goodSpec(owner.domain.slug, owner.team.slug);
    downstream.spec.inputPorts = [{ name: "orders", type: "snowflake", product: upstream.metadata.name, port: "orders-table" }];
    await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(upstream) });
    expect((await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(downstream) })).status).toBe(201);
    const response = await call(routes.product.DELETE, { method: "DELETE", token: ownerToken, params: at(upstream) });
    expect(response.status).toBe(409);
    expect((await errorOf(response)).message).toContain(downstream.metadata.name);
  });
});

describe("reading through the API", () => {
  it("pages the list with filters and a cursor", async () => {
    const first = (await (await call(routes.list.GET, { url: "/api/v1/data-products?domain=customer&limit=2" })).json()) as { items: { ref: string; domain: string }[]; nextCursor: string };
    expect(first.items).toHaveLength(2);
    expect(first.items.every((item) => item.domain === "customer")).toBe(true);
    const second = (await (await call(routes.list.GET, { url: `/api/v1/data-products?domain=customer&limit=2&cursor=${first.nextCursor}` })).json()) as { items: { ref: string }[] };
    expect(second.items.map((item) => item.ref)).not.toContain(first.items[0].ref);
    expect((await call(routes.list.GET, { url: "/api/v1/data-products?status=gone" })).status).toBe(400);
  });

  it("hides restricted products from anonymous callers and other teams, but not from their owners", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    spec.spec.access!.classification = "restricted";
    await call(routes.list.POST, { token: ownerToken, body: JSON.stringify(spec) });
    expect((await call(routes.product.GET, { params: at(spec) })).status).toBe(404);
    expect((await call(routes.product.GET, { token: otherToken, params: at(spec) })).status).toBe(404);
    expect((await call(routes.product.GET, { token: ownerToken, params: at(spec) })).status).toBe(200);
    const list = (await (await call(routes.list.GET, { url: `/api/v1/data-products?domain=${owner.domain.slug}&limit=100` })).json()) as { items: { name: string }[] };
    expect(list.items.map((item) => item.name)).not.toContain(spec.metadata.name);
  });

  it("answers 404 for an unknown product", async () => {
    const response = await call(routes.product.GET, { params: { domain: "customer", name: unique("nothing") } });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("not_found");
  });

  it("exports every demo product as YAML and as ODPS that import back to the same spec", async () => {
    const products = await db.dataProduct.findMany({ where: { classification: { not: "RESTRICTED" } }, select: { name: true, domain: { select: { slug: true } } } });
    const demo = products.filter((product) => !product.domain.slug.startsWith("domain-"));
    expect(demo.length).toBeGreaterThanOrEqual(40);
    for (const product of demo) {
      const params = { domain: product.domain.slug, name: product.name };
      const { spec } = (await (await call(routes.product.GET, { params })).json()) as { spec: DataProductSpec };
      for (const url of ["/spec.yaml", "/spec.yaml?format=odps"]) {
        const text = await (await call(routes.yaml.GET, { url, params })).text();
        const back = readSpecText(text);
        expect(back.ok ? back.spec : back.problems, `${params.domain}/${params.name}${url}`).toEqual(spec);
      }
    }
  });
});

describe("POST /api/v1/validate", () => {
  it("reports governance for a valid spec and saves nothing", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    const response = await call(routes.validate.POST, { body: stringifySpec(spec), type: "application/yaml" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ valid: true, format: "datamesh", governance: { errors: 0, canPublish: true } });
    expect(await db.dataProduct.count({ where: { name: spec.metadata.name } })).toBe(0);
  });

  it("places problems of a YAML body on their line and column", async () => {
    const text = stringifySpec(goodSpec(owner.domain.slug, owner.team.slug)).replace("type: snowflake", "type: snowflak");
    const report = (await (await call(routes.validate.POST, { body: text, type: "application/yaml" })).json()) as { valid: boolean; problems: { path: string; line: number }[] };
    expect(report.valid).toBe(false);
    const line = text.split("\n").findIndex((row) => row.includes("snowflak")) + 1;
    expect(report.problems).toContainEqual(expect.objectContaining({ path: "spec.outputPorts[0].type", line }));
  });

  it("reads ODPS documents too", async () => {
    const { specToOdps } = await import("../../lib/spec/odps");
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    const report = await (await call(routes.validate.POST, { body: JSON.stringify(specToOdps(spec)) })).json();
    expect(report).toMatchObject({ valid: true, format: "odps" });
  });
});

describe("the batch endpoint", () => {
  type BatchItem = { ref: string; outcome: string; error?: { code: string; details?: { path: string; message: string }[] } };
  const batch = (token: string | null, specs: unknown[]) =>
    call(routes.batch.POST, { url: "/api/v1/data-products/batch", token, body: JSON.stringify({ specs }) });

  it("refuses anonymous callers and a wrong token (401) and writes nothing", async () => {
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    expect((await batch(null, [spec])).status).toBe(401);
    expect((await batch("mw_not-a-token", [spec])).status).toBe(401);
    expect(await db.dataProduct.count({ where: { name: spec.metadata.name } })).toBe(0);
  });

  it("fails a spec of another team's domain alone (forbidden) and saves the rest", async () => {
    const theirs = goodSpec(owner.domain.slug, owner.team.slug);
    const response = await batch(otherToken, [theirs]);
    expect(response.status).toBe(200);
    const { items, failed } = (await response.json()) as { items: BatchItem[]; failed: number };
    expect(failed).toBe(1);
    expect(items[0].error?.code).toBe("forbidden");
    expect(await db.dataProduct.count({ where: { name: theirs.metadata.name } })).toBe(0);

    const mine = goodSpec(owner.domain.slug, owner.team.slug);
    const invalid = { ...goodSpec(owner.domain.slug, owner.team.slug), kind: "Table" };
    const mixed = (await (await batch(ownerToken, [mine, invalid])).json()) as { items: BatchItem[] };
    expect(mixed.items.map((item) => item.outcome)).toEqual(["created", "failed"]);
    expect(mixed.items[1].error?.details?.map((detail) => detail.path)).toContain("kind");
  });
});

describe("meshwork apply against the API", () => {
  it("creates, then reports unchanged, then updates", async () => {
    const { main } = await import("../../lib/cli/main");
    const { fileURLToPath } = await import("node:url");
    const file = fileURLToPath(new URL("../cli/valid-customer-360.yaml", import.meta.url));
    const governance = await db.user.findUniqueOrThrow({ where: { email: "owner@meshwork.demo" } });
    const { token } = await createApiToken({ userId: governance.id, email: governance.email, name: governance.name, role: "MEMBER", teams: [] }, "apply");
    // Routes the CLI's HTTP calls to the handlers in-process.
    const fetchShim = async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(String(input));
      const request = new Request(url, init);
      const match = /^\/api\/v1\/data-products\/([^/]+)\/([^/]+)$/.exec(url.pathname);
      if (match) {
        const handler = routes.product[request.method as "GET" | "PUT"];
        return handler(request, { params: Promise.resolve({ domain: match[1], name: match[2] }) });
      }
      if (url.pathname === "/api/v1/data-products/batch") return (await import("../../app/api/v1/data-products/batch/route")).POST(request, { params: Promise.resolve({}) });
      return routes.list.POST(request, { params: Promise.resolve({}) });
    };
    const run = async (path: string) => {
      const lines: string[] = [];
      const code = await main(["apply", path, "--url", "http://meshwork.test", "--token", token], { line: (text) => void lines.push(text), usage: () => 2 });
      // The CLI uses global fetch unless given one; apply through the shim.
      return { code, lines };
    };
    vi.stubGlobal("fetch", fetchShim);
    try {
      expect((await run(file)).lines.at(-1)).toBe("1 created, 0 updated, 0 unchanged, 0 failed");
      expect((await run(file)).lines.at(-1)).toBe("0 created, 0 updated, 1 unchanged, 0 failed");
      const { writeFile, readFile, mkdtemp } = await import("node:fs/promises");
      const dir = await mkdtemp("/tmp/meshwork-apply-");
      await writeFile(`${dir}/spec.yaml`, (await readFile(file, "utf8")).replace("version: 2.1.0", "version: 2.2.0"));
      const updated = await run(`${dir}/spec.yaml`);
      expect(updated.lines.at(-1)).toBe("0 created, 1 updated, 0 unchanged, 0 failed");
      expect(updated.code).toBe(0);
      const invalid = await run(fileURLToPath(new URL("../cli/invalid-schema.yaml", import.meta.url)));
      expect(invalid.code).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
