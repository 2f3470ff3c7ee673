import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { expect, signIn, test, USERS } from "./fixtures";

const SHOTS = process.env.SCREENSHOT_DIR;
const validSpec = () => readFile(new URL("../tests/cli/valid-customer-360.yaml", import.meta.url), "utf8");

test("an owner creates an API token, sees it once and registers a product with it", async ({ page, request }) => {
  await signIn(page, USERS.owner.email);
  await page.goto("/settings/tokens");
  await expect(page).toHaveTitle(/API tokens/);
  const tokenName = `orders-ci-${Date.now()}`;
  await page.getByLabel("Name").fill(tokenName);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^mw_/);
  const listed = page.locator("tbody").getByText(tokenName, { exact: true });
  await expect(listed).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/tokens.png`, fullPage: true });

  const name = `e2e-api-${Date.now()}`;
  const yaml = (await validSpec()).replace("name: cli-customer-360", `name: ${name}`);
  const anonymous = await request.post("/api/v1/data-products", { data: yaml, headers: { "content-type": "application/yaml" } });
  expect(anonymous.status()).toBe(401);
  const created = await request.post("/api/v1/data-products", { data: yaml, headers: { "content-type": "application/yaml", authorization: `Bearer ${token}` } });
  expect(created.status()).toBe(201);
  const read = await request.get(`/api/v1/data-products/customer/${name}`);
  expect((await read.json()).spec.metadata.name).toBe(name);
  const odps = await request.get(`/api/v1/data-products/customer/${name}/spec.yaml?format=odps`);
  expect(await odps.text()).toContain("apiVersion: v1.0.0");

  // What `meshwork apply` sends: several specs in one request, stored by the batch writer.
  const specs = ["a", "b"].map((suffix) => parse(yaml.replace(`name: ${name}`, `name: ${name}-${suffix}`)));
  const batch = await request.post("/api/v1/data-products/batch", { data: { specs }, headers: { authorization: `Bearer ${token}` } });
  expect(batch.status()).toBe(200);
  expect((await batch.json()).items.map((item: { ref: string; outcome: string }) => `${item.ref} ${item.outcome}`)).toEqual([
    `customer/${name}-a created`,
    `customer/${name}-b created`,
  ]);
  const batched = await request.get(`/api/v1/data-products/customer/${name}-b`);
  expect((await batched.json()).spec.spec.outputPorts).toEqual(parse(yaml).spec.outputPorts);

  // An old link to a deleted product says what became of it.
  expect((await request.delete(`/api/v1/data-products/customer/${name}-a`, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(204);
  await page.goto(`/products/customer/${name}-a`);
  await expect(page.getByRole("heading", { name: /was deleted$/ })).toBeVisible();
  await expect(page.getByText(`customer/${name}-a`, { exact: true })).toBeVisible();
  await expect(page.getByText(new RegExp(`by ${USERS.owner.name}`))).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/deleted-product.png`, fullPage: true });

  await page.goto("/settings/tokens");
  await page.getByRole("button", { name: `Revoke token ${tokenName}` }).click();
  await expect(listed).toHaveCount(0);
  const revoked = await request.get("/api/v1/data-products", { headers: { authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);
});

test("an owner imports a YAML spec: sees errors with line and column, fixes them, and saves a draft", async ({ page }) => {
  await signIn(page, USERS.owner.email);
  await page.goto("/products/import");
  const name = `e2e-imported-${Date.now()}`;
  const yaml = (await validSpec()).replace("name: cli-customer-360", `name: ${name}`);
  await page.getByLabel("Spec").fill(yaml.replace("type: snowflake", "type: snowflak"));
  await page.getByRole("button", { name: "Check" }).click();
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText(/line 12, column \d+/);
  await expect(problems).toContainText("spec.outputPorts[0].type");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-errors.png`, fullPage: true });

  await page.getByLabel("Spec").fill(yaml);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("heading", { name: "Governance" })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-preview.png`, fullPage: true });
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/products/customer/${name}$`));
});

test("anyone signed in reads the API reference generated from the OpenAPI document", async ({ page, request }) => {
  const openapi = await request.get("/api/v1/openapi.json");
  expect((await openapi.json()).openapi).toBe("3.1.0");
  await signIn(page, USERS.viewer.email);
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { name: "/api/v1/data-products/{domain}/{name}", exact: true })).toBeVisible();
  await expect(page.getByText("spec.access.classification").first()).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/api-docs.png` });
});
