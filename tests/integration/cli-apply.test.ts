import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { stringifySpec } from "../../lib/spec/yaml";
import { createTeamWithDomain, goodSpec } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Route handlers run outside a Next request here: no session cookie, so only tokens identify callers.
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

let database: TestDatabase;
let db: PrismaClient;
let batch: Handler;
let main: typeof import("../../lib/cli/main").main;
let mine: Awaited<ReturnType<typeof createTeamWithDomain>>;
let other: Awaited<ReturnType<typeof createTeamWithDomain>>;
let token: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  // The route modules use the prisma singleton, which reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = database.url;
  batch = (await import("../../app/api/v1/data-products/batch/route")).POST as Handler;
  ({ main } = await import("../../lib/cli/main"));
  const { createApiToken } = await import("../../lib/auth/api-tokens");
  mine = await createTeamWithDomain(db);
  other = await createTeamWithDomain(db);
  token = (await createApiToken(mine.caller, "ci")).token;
}, 180_000);
afterAll(async () => database.drop());

/** The CLI's HTTP calls, served by the batch route handler in-process; counts the requests. */
const requests: string[] = [];
const serve = async (input: string | URL | Request, init?: RequestInit) => {
  const request = new Request(input, init);
  requests.push(new URL(request.url).pathname);
  return batch(request, { params: Promise.resolve({}) });
};

async function apply(paths: string[], extra: string[] = [], withToken = token) {
  const lines: string[] = [];
  vi.stubGlobal("fetch", serve);
  try {
    const code = await main(["apply", ...paths, "--url", "http://meshwork.test", "--token", withToken, ...extra], { line: (text) => void lines.push(text), usage: (problem) => (lines.push(problem), 2) });
    return { code, lines };
  } finally {
    vi.unstubAllGlobals();
  }
}

async function repository(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "meshwork-cli-apply-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe("meshwork apply through the batch endpoint", () => {
  it("creates a repository of products in batches, then finds them unchanged, then updates the edited one", async () => {
    const specs = Array.from({ length: 5 }, () => goodSpec(mine.domain.slug, mine.team.slug));
    const dir = await repository(Object.fromEntries(specs.map((spec, index) => [`p${index}.${index === 4 ? "json" : "yaml"}`, index === 4 ? JSON.stringify(spec) : stringifySpec(spec)])));
    requests.length = 0;

    const first = await apply([dir], ["--batch-size", "2", "--concurrency", "2"]);
    expect(first.code).toBe(0);
    expect(first.lines.at(-1)).toBe("5 created, 0 updated, 0 unchanged, 0 failed");
    expect(first.lines).toContainEqual(expect.stringMatching(new RegExp(`^created {3}${dir}/p0\\.yaml: ${specs[0].metadata.domain}/${specs[0].metadata.name} v1, score \\d+$`)));
    expect(requests).toEqual(Array(3).fill("/api/v1/data-products/batch"));

    const again = await apply([dir]);
    expect(again.lines.at(-1)).toBe("0 created, 0 updated, 5 unchanged, 0 failed");
    expect(await db.productVersion.count({ where: { product: { name: { in: specs.map((spec) => spec.metadata.name) } } } })).toBe(5);

    await writeFile(path.join(dir, "p1.yaml"), (await readFile(path.join(dir, "p1.yaml"), "utf8")).replace("version: 1.0.0", "version: 1.1.0"));
    const edited = await apply([dir]);
    expect(edited.code).toBe(0);
    expect(edited.lines.at(-1)).toBe("0 created, 1 updated, 4 unchanged, 0 failed");
    expect(edited.lines).toContainEqual(expect.stringMatching(/^updated {3}.*p1\.yaml: .* v2, score \d+$/));
  });

  it("fails the invalid, malformed and forbidden files alone, names why, and exits 1", async () => {
    const good = goodSpec(mine.domain.slug, mine.team.slug);
    const foreign = goodSpec(other.domain.slug, other.team.slug);
    const invalid = stringifySpec(goodSpec(mine.domain.slug, mine.team.slug)).replace("type: snowflake", "type: excel");
    const dir = await repository({ "a-good.yaml": stringifySpec(good), "b-foreign.yaml": stringifySpec(foreign), "c-invalid.yaml": invalid, "d-malformed.yaml": "metadata: [unclosed\n" });

    const { code, lines } = await apply([dir]);
    expect(code).toBe(1);
    expect(lines.at(-1)).toBe("1 created, 0 updated, 0 unchanged, 3 failed");
    expect(lines).toContainEqual(expect.stringMatching(/^failed {4}.*b-foreign\.yaml: .*You cannot publish/));
    expect(lines).toContainEqual(expect.stringMatching(/^failed {4}.*c-invalid\.yaml: invalid spec: spec\.outputPorts\[0\]\.type \(line \d+\): Use one of/));
    expect(lines).toContainEqual(expect.stringMatching(/^failed {4}.*d-malformed\.yaml: invalid spec: \(document\) \(line \d+\)/));
    expect(await db.dataProduct.count({ where: { name: good.metadata.name } })).toBe(1);
    expect(await db.dataProduct.count({ where: { name: foreign.metadata.name } })).toBe(0);
  });

  it("reports every file failed when the token is refused", async () => {
    const dir = await repository({ "p.yaml": stringifySpec(goodSpec(mine.domain.slug, mine.team.slug)) });
    const { code, lines } = await apply([dir], [], "mw_not-a-token");
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^failed {4}.*p\.yaml: HTTP 401 The API token is invalid/);
  });

  it("answers 422 to a body that is not a batch of specs", async () => {
    for (const body of ["{}", '{"specs":[]}', JSON.stringify({ specs: Array(501).fill({}) })]) {
      const response = await batch(new Request("http://meshwork.test/api/v1/data-products/batch", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body }), { params: Promise.resolve({}) });
      expect(response.status).toBe(422);
    }
  });
});
