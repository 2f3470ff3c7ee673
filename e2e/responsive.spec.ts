import { expect, signIn, test, USERS } from "./fixtures";

test("on a phone the navigation lives in the account menu", async ({ page }) => {
  await signIn(page, USERS.owner.email);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByLabel(`Account menu for ${USERS.owner.name}`).click();
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Domains" }).click();
  await expect(page).toHaveURL(/\/domains$/);
});

test("on a phone, pages with wide tables and code fit the screen and scroll only inside those", async ({ page }) => {
  await signIn(page, USERS.governance.email);
  for (const path of ["/products/customer/customer-profile-raw", "/governance", "/governance/products"]) {
    await page.goto(path);
    await expect(page.locator("main h1")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBe(0);
  }
});

test("on a phone, search filters fold away above the results and show how many are selected", async ({ page }) => {
  await signIn(page, USERS.owner.email);
  await page.goto("/search?q=customer");
  const filters = page.getByRole("navigation", { name: "Filters" });
  await expect(filters).toBeHidden();
  await expect(page.getByRole("region", { name: "Results" }).getByRole("listitem").first()).toBeInViewport();
  await page.getByRole("button", { name: "Filters" }).click();
  await filters.getByRole("link", { name: /^Customer\b/ }).first().click();
  await expect(page).toHaveURL(/domain=customer/);
  await expect(page.getByRole("button", { name: "Filters 1 selected" })).toBeVisible();
});
