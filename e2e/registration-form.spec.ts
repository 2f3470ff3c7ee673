import type { Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

// One product travels through the whole story: registered, published, edited twice at once, compared.
const name = `churn-e2e-${Date.now().toString(36)}`;
const ref = `customer/${name}`;
const DESCRIPTION = "Daily churn risk per customer, one row per customer and day. Scored from orders and support tickets by the retention model.";

// Long user stories on a shared two-core machine: allow them time; nothing here asserts speed.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const saveStatus = (page: Page) => page.getByRole("complementary");
// A save runs the whole transaction and reopens the page on the new version.
const SAVED = { timeout: 30_000 };

test("owner registers a product through the form, and an invalid attempt keeps what was typed", async ({ page }) => {
  await signIn(page, USERS.owner.email);
  await page.goto("/products/new");
  await expect(page.getByRole("heading", { name: "Register a data product" })).toBeVisible();
  await expect(page.getByLabel("Domain")).toHaveValue("customer");

  await page.getByLabel("Name", { exact: true }).fill("Churn Scores");
  await page.getByLabel("Title", { exact: true }).fill("Churn scores");
  await page.getByLabel("Description", { exact: true }).fill(DESCRIPTION);
  // Validation as you type, with the shared schema's message.
  await expect(page.getByText("Use lowercase letters, digits and single hyphens, e.g. customer-360")).toBeVisible();

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(saveStatus(page).getByRole("alert")).toContainText("before saving; nothing was sent");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Churn scores");
  await expect(page.getByLabel("Description", { exact: true })).toHaveValue(DESCRIPTION);

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Team email").fill("customer-data@example.com");
  await page.getByLabel("Output port 1 Port name").fill("scores-table");
  await page.getByLabel("Output port 1 Technology").selectOption("bigquery");
  await page.getByLabel("Output port 1 Table").fill("churn_scores");
  await page.getByLabel("Output port 1 Location").fill("bq://analytics/customer/churn_scores");

  await page.getByRole("button", { name: "Add input port" }).click();
  await page.getByLabel("Input port 1 Find an upstream output port").fill("customer-360");
  await page.getByRole("option", { name: /customer\/customer-360/ }).first().click();
  await expect(page.getByText("Reads customer/customer-360")).toBeVisible();

  await page.getByLabel("Field 1 Field name").fill("customer_id");
  await page.getByLabel("Field 1 Personal data").selectOption("no");
  await page.getByLabel("Field 1 Field description").fill("Customer identifier");

  // The live preview judges the draft as it is typed.
  const preview = page.getByRole("region", { name: "Governance preview" });
  await expect(preview.getByRole("list", { name: "Governance violations" })).toContainText("spec.slo.freshness.target");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/products/${ref}/edit\\?saved=draft`), SAVED);
  await expect(page.getByText(`Saved as draft: ${ref}, version 1.`)).toBeVisible(SAVED);
});

test("owner publishes once every governance error is fixed, and a refused publish keeps the form", async ({ page }) => {
  await signIn(page, USERS.owner.email);
  await page.goto(`/products/${ref}/edit`);
  await page.getByLabel("Title", { exact: true }).fill("Churn risk scores");

  await page.getByRole("button", { name: "Publish" }).click();
  const refusal = saveStatus(page).getByRole("alert");
  await expect(refusal).toContainText("cannot be active while");
  await expect(refusal).toContainText("spec.slo.freshness.target");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Churn risk scores");

  await page.getByLabel("Schema language").selectOption("parquet");
  await page.getByLabel("Freshness target").fill("1 day");
  await page.getByLabel("Availability target").fill("99.5%");
  await page.getByLabel("Classification").selectOption("internal");
  await page.getByLabel("Retention").fill("2 years");
  await expect(page.getByRole("region", { name: "Governance preview" })).toContainText("0 errors");

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(`Saved as active: ${ref}, version 2.`)).toBeVisible(SAVED);
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
});

test("owner edits a field's type and is asked for a major version", async ({ page }) => {
  await signIn(page, USERS.owner.email);
  await page.goto(`/products/${ref}/edit`);
  await page.getByLabel("Field 1 Type").selectOption("long");
  const breaking = page.getByRole("region", { name: "This change breaks consumers" });
  await expect(breaking).toContainText('Field "customer_id" changed type from string to long');
  await breaking.getByRole("button", { name: "Use version 1.0.0" }).click();
  await expect(page.getByLabel("Version", { exact: true })).toHaveValue("1.0.0");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(`Saved as active: ${ref}, version 3.`)).toBeVisible(SAVED);
});

test("a parallel edit is shown as a conflict and the second editor reapplies their change", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, USERS.owner.email);
  await signIn(second, USERS.owner.email);
  await first.goto(`/products/${ref}/edit`);
  await second.goto(`/products/${ref}/edit`);

  await first.getByLabel("Title", { exact: true }).fill("Churn risk scores (daily)");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByText(`Saved as active: ${ref}, version 4.`)).toBeVisible(SAVED);

  const retention = "3 years";
  await second.getByLabel("Retention").fill(retention);
  await second.getByRole("button", { name: "Save changes" }).click();
  const conflict = second.getByRole("alert").filter({ hasText: "Someone else saved this product while you were editing" });
  await expect(conflict).toContainText("You opened version 3; it is now version 4");
  await expect(conflict).toContainText("Churn risk scores (daily)");
  await expect(second.getByLabel("Retention")).toHaveValue(retention);

  await conflict.getByRole("button", { name: "Load their version and reapply my changes" }).click();
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue("Churn risk scores (daily)");
  await expect(second.getByLabel("Retention")).toHaveValue(retention);
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText(`Saved as active: ${ref}, version 5.`)).toBeVisible(SAVED);
  await first.context().close();
  await second.context().close();
});

test("owner compares two versions on the history page", async ({ page }) => {
  await signIn(page, USERS.owner.email);
  await page.goto(`/products/${ref}/history`);
  await expect(page.getByRole("heading", { name: "History of Churn risk scores (daily)" })).toBeVisible();
  const versions = page.getByRole("list", { name: "Versions, newest first" });
  await expect(versions.getByRole("listitem")).toHaveCount(5);
  await expect(page.getByText("spec.access.retention")).toBeVisible();
  await expect(page.getByText("3 years")).toBeVisible();

  await page.getByLabel("From").selectOption("2");
  await page.getByLabel("To").selectOption("3");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByText('Field "customer_id" changed type from string to long')).toBeVisible();
  await expect(page.getByText("spec.schema.fields[customer_id].type")).toBeVisible();
});

test("a viewer cannot reach the registration form's save", async ({ page }) => {
  await signIn(page, USERS.viewer.email);
  await page.goto("/products/new");
  await expect(page.getByText("You cannot register data products")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await page.goto(`/products/${ref}/edit`);
  await expect(page.getByText("You cannot edit this data product")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
});
