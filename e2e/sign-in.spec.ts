import { expect, signIn, test, USERS } from "./fixtures";

test.describe("signing in", () => {
  test("a signed-out visitor is sent to the sign-in page, which lists the demo accounts", async ({ page }) => {
    await page.goto("/domains");
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByRole("heading", { name: "Demo accounts" })).toBeVisible();
    for (const user of Object.values(USERS)) await expect(page.getByText(user.email)).toBeVisible();
  });

  for (const [role, user] of Object.entries(USERS)) {
    test(`the ${role} demo user signs in and sees the demo mesh`, async ({ page }) => {
      await signIn(page, user.email);
      await page.getByRole("button", { name: `Account menu for ${user.name}` }).or(page.getByLabel(`Account menu for ${user.name}`)).click();
      await expect(page.getByText(user.email)).toBeVisible();
      await expect(page.locator('main a[href="/domains/customer"]')).toContainText("Source-aligned");
      await page.goto("/products/customer/customer-360");
      await expect(page.getByRole("heading", { name: "Customer 360" })).toBeVisible();
    });
  }

  test("one click on a demo account signs in", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("button", { name: /Sign in as Consumer/ }).click();
    await expect(page.getByRole("heading", { name: "The mesh at a glance" })).toBeVisible();
  });

  test("a wrong password is refused with a clear message and the email is kept", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(USERS.owner.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("signin-error")).toHaveText("That email and password do not match an account.");
    await expect(page.getByLabel("Email")).toHaveValue(USERS.owner.email);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, USERS.viewer.email);
    await page.getByLabel(`Account menu for ${USERS.viewer.name}`).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
  });
});
