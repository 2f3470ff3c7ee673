import { expect, signIn, test, USERS } from "./fixtures";

test.describe("browsing the catalog", () => {
  test.beforeEach(async ({ page }) => signIn(page, USERS.viewer.email));

  test("a consumer opens a domain and finds who owns its products", async ({ page }) => {
    await page.getByRole("link", { name: "Domains", exact: true }).first().click();
    await expect(page).toHaveTitle("Domains · Meshwork");
    await page.getByRole("link", { name: /^Orders/ }).click();
    await expect(page.getByRole("heading", { name: "Orders", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Downstream domains" })).toBeVisible();
    await page.getByRole("link", { name: "Orders", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Output ports" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Governance", exact: true })).toBeVisible();
  });

  test("the product page answers what it is, who owns it and how to read it", async ({ page }) => {
    await page.goto("/products/customer/customer-360");
    await expect(page).toHaveTitle("Customer 360 · Meshwork");
    await expect(page.getByRole("link", { name: "customer-data@example.com" })).toBeVisible();
    await expect(page.getByText("customer_domain.gold.customer_360")).toBeVisible();
    await expect(page.getByRole("cell", { name: "email", exact: true })).toBeVisible();
    await expect(page.getByText("PII", { exact: true })).toBeVisible();
  });

  test("the product page lists every governance finding, errors first, each with its fix", async ({ page }) => {
    await page.goto("/products/order/abandoned-carts");
    const [errors, warnings] = (await page.getByText(/^\d+ errors · \d+ warnings$/).textContent())!.match(/\d+/g)!.map(Number);
    expect(errors).toBeGreaterThan(0);
    const findings = page.getByRole("list", { name: "Governance findings" }).getByRole("listitem");
    await expect(findings).toHaveCount(errors + warnings);
    // One policy, three columns without a PII answer: three findings, not one.
    await expect(findings.filter({ hasText: "PRIVACY-001" })).toHaveCount(3);
    await expect(findings.first()).toContainText("PRIVACY-001");
    await expect(findings.first()).toContainText("Fix:");
  });

  test("a deprecated product carries a banner with its replacement", async ({ page }) => {
    await page.goto("/products/order/orders-legacy-v1");
    await expect(page.getByRole("note")).toContainText("Deprecated");
    await expect(page.getByRole("note").getByRole("link")).toHaveAttribute("href", /\/products\/order\//);
  });

  test("the product list pages through every product with a cursor", async ({ page }) => {
    await page.goto("/products");
    const firstPage = await page.locator("main li a").first().textContent();
    await page.getByRole("link", { name: "Next page →" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(page.locator("main li a").first()).not.toHaveText(firstPage ?? "");
  });

  test("a link to a product that does not exist says so and offers search", async ({ page }) => {
    await page.goto("/products/customer/no-such-product");
    await expect(page.getByText("This data product does not exist")).toBeVisible();
    await expect(page.getByRole("link", { name: "Search the catalog" })).toBeVisible();
  });

  test("an address no page answers gets a 404 that leads back to the catalog", async ({ page }) => {
    const response = await page.goto("/no-such-page/anywhere");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("We could not find that page")).toBeVisible();
    await page.getByRole("link", { name: "Search the catalog" }).click();
    await expect(page).toHaveURL(/\/search$/);
  });

  test("a restricted product is not shown to a consumer outside its team", async ({ page }) => {
    await page.goto("/products/customer/customer-addresses");
    await expect(page).toHaveTitle("Restricted data product · Meshwork");
    await expect(page.getByText("This data product is restricted")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Output ports" })).toHaveCount(0);
  });
});
