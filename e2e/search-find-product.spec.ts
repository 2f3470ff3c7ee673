import { expect, signIn, test, USERS } from "./fixtures";

test.describe("finding a data product", () => {
  test("a consumer finds a product by a typo'd name, narrows with facets, opens it and copies an access snippet", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(page, USERS.viewer.email);

    await page.getByLabel("Search data products").fill("custmer 360");
    await page.getByLabel("Search data products").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=custmer\+360/);
    await expect(page.getByText(/No exact match for “custmer 360”/)).toBeVisible();
    await expect(page.getByText("Did you mean")).toBeVisible();
    const results = page.getByRole("region", { name: "Results" });
    await expect(results.getByRole("link", { name: "Customer 360", exact: true })).toBeVisible();

    const filters = page.getByRole("navigation", { name: "Filters" });
    await filters.getByRole("link", { name: /^Customer\s*\d+$/ }).first().click();
    await expect(page).toHaveURL(/domain=customer/);
    await expect(filters.getByRole("link", { name: /^Customer\s*\d+$/ }).first()).toHaveAttribute("aria-current", "true");
    await expect(results.getByText("customer/", { exact: false }).first()).toBeVisible();

    await results.getByRole("link", { name: "Customer 360", exact: true }).click();
    await expect(page).toHaveURL(/\/products\/customer\/customer-360$/);
    await expect(page.getByRole("heading", { level: 1, name: "Customer 360" })).toBeVisible();

    await page.getByRole("button", { name: "Copy the snowflake snippet for customer-360-table" }).click();
    await expect(page.getByRole("button", { name: "Copy the snowflake snippet for customer-360-table" })).toHaveText("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('FROM "customer_domain"."gold"."customer_360"');
  });

  test("exact-name intent puts the product first, with the matched words highlighted", async ({ page }) => {
    await signIn(page, USERS.viewer.email);
    await page.goto("/search?q=customer-360");
    const first = page.getByRole("region", { name: "Results" }).getByRole("listitem").first();
    await expect(first.getByRole("link").first()).toHaveText("Customer 360");
    await expect(first.locator("mark").first()).toBeVisible();
  });

  test("Ctrl K opens the palette on another page and jumps to a product", async ({ page }) => {
    await signIn(page, USERS.viewer.email);
    await page.goto("/domains");
    const palette = page.getByRole("dialog", { name: "Command palette" });
    // The shortcut listens once the page has hydrated, which can come after "load" on a busy machine.
    await expect(async () => {
      await page.keyboard.press("Control+k");
      await expect(palette).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    await palette.getByRole("combobox").fill("customer 360");
    await expect(palette.getByRole("option", { name: /Customer 360/ }).first()).toBeVisible();
    await expect(palette.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/products\/customer\/customer-360$/);
    await expect(palette).toBeHidden();
  });

  test("nasty queries show results or an empty state, never an error", async ({ page, request }) => {
    await signIn(page, USERS.viewer.email);
    const nasty = ['"', "'", "\\", "& | ! : * ( )", "🚀🎉", "     ", "'; DROP TABLE data_products; --", "x".repeat(1000), "<script>alert(1)</script>", "a:* & !b"];
    for (const q of nasty) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
      const api = await request.get(`/api/v1/search?q=${encodeURIComponent(q)}&domain=nope&sort=sideways`);
      expect(api.status(), q).toBe(200);
      expect(await api.json()).toMatchObject({ total: expect.any(Number), items: expect.any(Array) });
    }
  });
});
