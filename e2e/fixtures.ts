import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "meshwork-demo";
export const USERS = {
  governance: { email: "gov@meshwork.demo", name: "Grace Okafor" },
  owner: { email: "owner@meshwork.demo", name: "Olivia Chen" },
  viewer: { email: "viewer@meshwork.demo", name: "Victor Alvarez" },
} as const;

/** Signs in through the real sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "The mesh at a glance" })).toBeVisible();
}

export const test = base;
export { expect };
