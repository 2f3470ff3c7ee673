import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

interface ProductGovernance {
  score: number;
  sloState: string;
  violations: { policyId: string }[];
  slos: { kind: string; targetValue: number; state: string }[];
}

const governanceOf = async (api: APIRequestContext, ref: string): Promise<ProductGovernance> => {
  const response = await api.get(`/api/v1/data-products/${ref}/governance`);
  expect(response.status()).toBe(200);
  return response.json();
};

test("a governance lead adds a domain policy and sees the affected scores change", async ({ page }) => {
  await signIn(page, USERS.governance.email);
  const before = await governanceOf(page.request, "customer/customer-360");
  const untouched = await governanceOf(page.request, "order/orders");

  await page.goto("/governance/domains/customer");
  await expect(page.getByRole("heading", { name: "Customer: domain policies" })).toBeVisible();

  // A rule weaker than the global floor is refused, with the reason on the field.
  await page.getByLabel("Policy id").fill("CUSTOMER-101");
  await page.getByLabel("Rule").selectOption("min-availability");
  await page.getByLabel(/Lowest availability target/).fill("95");
  await page.getByRole("button", { name: "Add policy" }).click();
  await expect(page.getByText(/below the global 99% of SLO-001/)).toBeVisible();

  await page.getByLabel("Rule").selectOption("required-tags");
  await page.getByLabel("Tags, separated by commas").fill("gdpr-reviewed");
  await page.getByRole("button", { name: "Add policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scores recomputed" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: "CUSTOMER-101" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Grace Okafor created CUSTOMER-101" })).toBeVisible();

  const after = await governanceOf(page.request, "customer/customer-360");
  expect(after.score).toBe(Math.max(0, before.score - 2));
  expect(after.violations.map((violation) => violation.policyId)).toContain("CUSTOMER-101");
  expect((await governanceOf(page.request, "order/orders")).score).toBe(untouched.score);

  await page.getByRole("link", { name: "CUSTOMER-101" }).click();
  await expect(page.getByRole("heading", { name: /products? violates? CUSTOMER-101/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Customer 360" })).toBeVisible();
});

test("an owner fixes a violation and the score rises", async ({ page }) => {
  await signIn(page, USERS.owner.email);
  const ref = "customer/support-tickets";
  const before = await governanceOf(page.request, ref);
  expect(before.violations.map((violation) => violation.policyId)).toContain("SLO-001");

  const current = await page.request.get(`/api/v1/data-products/${ref}`);
  expect(current.status()).toBe(200);
  const { version, spec } = await current.json();
  spec.spec.slo.availability.target = "99.5%";
  const saved = await page.request.put(`/api/v1/data-products/${ref}`, { data: spec, headers: { "If-Match": `"${version}"` } });
  expect(saved.status()).toBe(200);

  const after = await governanceOf(page.request, ref);
  expect(after.violations.map((violation) => violation.policyId)).not.toContain("SLO-001");
  expect(after.score).toBe(Math.min(100, before.score + 2));
});

test("the dashboard shows the figures the database holds", async ({ page }) => {
  await signIn(page, USERS.governance.email);
  for (const query of ["", "?domain=customer"]) {
    const response = await page.request.get(`/api/v1/governance/summary${query}`);
    expect(response.status()).toBe(200);
    const summary = await response.json();
    await page.goto(`/governance${query}`);
    const tile = (label: string) => page.locator("dl > a, dl > div").filter({ has: page.getByText(label, { exact: true }) }).locator("dd").first();
    await expect(tile("Average score")).toHaveText(String(summary.mesh.averageScore));
    await expect(tile("Domains onboarded")).toHaveText(`${summary.kpis.domainsOnboarded} of ${summary.kpis.domainsTotal}`);
    await expect(tile("Cross-domain products")).toHaveText(String(summary.kpis.crossDomainProducts));
    await expect(tile("Errors · warnings")).toHaveText(`${summary.mesh.errors} · ${summary.mesh.warnings}`);
    await expect(page.getByRole("link", { name: `Breached ${summary.slo.breached}`, exact: true })).toBeVisible();
    await expect(page.getByRole("row").nth(1)).toContainText(summary.domains[0].name);
    const [top] = summary.topPolicies;
    await expect(page.getByRole("link", { name: new RegExp(`^${top.policyId}\\s+${top.products} products?$`) })).toBeVisible();
  }

  // Every number links to its list: the breached count opens exactly that many products.
  const summary = await (await page.request.get("/api/v1/governance/summary")).json();
  await page.goto("/governance");
  await page.getByRole("link", { name: `Breached ${summary.slo.breached}`, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Products SLO breached" })).toBeVisible();
  await expect(page.getByText(new RegExp(`^${summary.slo.breached} products?`))).toBeVisible();
});

test("SLO measurements posted through the API change a product's compliance state", async ({ page, baseURL }) => {
  await signIn(page, USERS.owner.email);
  const ref = "customer/customer-360";
  const before = await governanceOf(page.request, ref);
  const freshness = before.slos.find((slo) => slo.kind === "freshness")!;
  expect(before.sloState).not.toBe("BREACHED");

  const now = Date.now();
  const measurements = Array.from({ length: 400 }, (_, index) => ({ kind: "freshness", value: freshness.targetValue * 5, observedAt: new Date(now - (index + 1) * 300_000).toISOString() }));

  const anonymous = await playwrightRequest.newContext({ baseURL });
  expect((await anonymous.post(`/api/v1/data-products/${ref}/slo-measurements`, { data: { measurements } })).status()).toBe(401);
  await anonymous.dispose();

  const unknown = await page.request.post(`/api/v1/data-products/${ref}/slo-measurements`, { data: { kind: "accuracy", value: 99, observedAt: new Date(now - 60_000).toISOString() } });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).error.message).toContain("freshness");
  const future = await page.request.post(`/api/v1/data-products/${ref}/slo-measurements`, { data: { kind: "freshness", value: 1, observedAt: new Date(now + 86_400_000).toISOString() } });
  expect(future.status()).toBe(422);

  const posted = await page.request.post(`/api/v1/data-products/${ref}/slo-measurements`, { data: { measurements } });
  expect(posted.status()).toBe(200);
  expect(await posted.json()).toMatchObject({ recorded: 400, sloState: "BREACHED" });
  expect((await governanceOf(page.request, ref)).slos.find((slo) => slo.kind === "freshness")?.state).toBe("BREACHED");

  await page.goto("/governance/products?domain=customer&slo=breached");
  await expect(page.getByRole("link", { name: "Customer 360" })).toBeVisible();
});
