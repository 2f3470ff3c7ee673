import { expect, signIn, test, USERS } from "./fixtures";

test("on a phone the navigation lives in the account menu", async ({ page }) => {
  await signIn(page, USERS.owner.email);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByLabel(`Account menu for ${USERS.owner.name}`).click();
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Domains" }).click();
  await expect(page).toHaveURL(/\/domains$/);
});
