import { expect, signIn, test, USERS } from "./fixtures";

test.describe("ownership views", () => {
  test("the customer product owner sees her team's products on My products and on the team page", async ({ page }) => {
    await signIn(page, USERS.owner.email);
    await page.goto("/me");
    await expect(page.getByRole("heading", { level: 1, name: "My products" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Customer 360", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Order Events (raw)" })).toHaveCount(0);

    await page.goto("/teams/customer-domain-team");
    await expect(page.getByRole("heading", { level: 1, name: "Customer Domain Team" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Customer 360", exact: true })).toBeVisible();
    await expect(page.locator("#main").getByText(USERS.owner.name)).toBeVisible();
    await expect(page.getByRole("link", { name: "Order Events (raw)" })).toHaveCount(0);
    await expect(page.getByText("Average score")).toBeVisible();
  });

  test("a viewer in no team owns nothing, and the people directory links people to teams", async ({ page }) => {
    await signIn(page, USERS.viewer.email);
    await page.goto("/me");
    await expect(page.getByText("You do not own any data product")).toBeVisible();

    await page.goto("/people");
    const olivia = page.getByRole("listitem").filter({ hasText: USERS.owner.name });
    await olivia.getByRole("link", { name: /Customer Domain Team/ }).click();
    await expect(page).toHaveURL(/\/teams\/customer-domain-team$/);
  });

  test("the home page shows the mesh at a glance and lists worth a look", async ({ page }) => {
    await signIn(page, USERS.governance.email);
    for (const heading of ["Recently updated", "Most used", "Best governed", "Needs attention"]) {
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    }
  });

  test("an unknown product address says it does not exist", async ({ page }) => {
    await signIn(page, USERS.viewer.email);
    await page.goto("/products/customer/no-such-product");
    await expect(page.getByText("This data product does not exist")).toBeVisible();
  });
});

test("the owning team reads its restricted product", async ({ page }) => {
  await signIn(page, USERS.owner.email);
  await page.goto("/products/customer/customer-addresses");
  await expect(page.getByRole("heading", { name: "Customer Addresses", level: 1 })).toBeVisible();
});
