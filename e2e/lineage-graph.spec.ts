import { expect, signIn, test, USERS } from "./fixtures";

test.describe("lineage", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, USERS.owner.email);
  });

  test("a consumer opens customer-360's graph from its product page, expands a node and reads its panel", async ({ page }) => {
    await page.goto("/products/customer/customer-360");
    await page.getByRole("link", { name: "Full graph →" }).click();
    await expect(page).toHaveURL(/\/lineage\?focus=customer\/customer-360/);
    const canvas = page.getByRole("application", { name: /Lineage graph/ });
    await expect(canvas.locator(".react-flow__node").first()).toBeVisible();
    const before = await canvas.locator(".react-flow__node").count();

    // Pick a product node other than the focus and open its panel.
    const other = canvas.locator(".react-flow__node-product").filter({ hasNotText: "Customer 360" }).first();
    const title = (await other.locator("div.truncate").first().innerText()).trim();
    await other.click();
    const panel = page.getByRole("complementary", { name: "Selected product" });
    await expect(panel.getByRole("heading", { name: title })).toBeVisible();
    await expect(panel.getByRole("link", { name: "Open the product page →" })).toBeVisible();

    await panel.getByRole("button", { name: "Expand neighbours" }).click();
    await expect(panel.getByRole("button", { name: "Collapse neighbours" })).toBeVisible();
    await expect(page.getByText(/Added \d+ neighbour|has no neighbours beyond/)).toBeVisible();
    const after = await canvas.locator(".react-flow__node").count();
    expect(after).toBeGreaterThanOrEqual(before);

    await panel.getByRole("button", { name: "Collapse neighbours" }).click();
    await expect(page.getByText(/Collapsed \d+ node/)).toBeVisible();
    await expect(canvas.locator(".react-flow__node")).toHaveCount(before);
  });

  test("searching within the graph finds a node", async ({ page }) => {
    await page.goto("/lineage?focus=customer/customer-360&up=1&down=1");
    await expect(page.locator(".react-flow__node").first()).toBeVisible();
    await page.getByLabel("Search within the graph").fill("customer 360");
    await expect(page.getByText(/^1 match/)).toBeVisible();
  });

  test("an owner follows an impact analysis and downloads its CSV", async ({ page }) => {
    await page.goto("/lineage?focus=customer/customer-360");
    await page.getByRole("link", { name: "Impact analysis of the focus →" }).click();
    await expect(page.getByRole("heading", { name: "Impact analysis" })).toBeVisible();
    await expect(page.getByText("Direct readers")).toBeVisible();
    const firstPath = page.getByRole("list", { name: "Path from the analysed product" }).first();
    await expect(firstPath).toContainText("customer/customer-360");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("impact-customer-customer-360.csv");
    const stream = await file.createReadStream();
    let text = "";
    for await (const chunk of stream) text += chunk.toString();
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^product,title,domain/);
    expect(lines.length).toBeGreaterThan(1);
  });

  test("an unknown product says so and offers a search", async ({ page }) => {
    await page.goto("/lineage?focus=customer/no-such-product");
    await expect(page.getByText("No data product customer/no-such-product")).toBeVisible();
    await expect(page.getByRole("link", { name: /Search for/ })).toHaveAttribute("href", "/search?q=no-such-product");
    const response = await page.request.get("/api/v1/data-products/customer/no-such-product/lineage");
    expect(response.status()).toBe(404);
    expect((await response.json()).error.message).toContain("/search?q=no-such-product");
  });

  test("the domain map shows domains and weighted connections", async ({ page }) => {
    await page.goto("/lineage/domains");
    await expect(page.getByRole("heading", { name: "Domain map" })).toBeVisible();
    await expect(page.locator(".react-flow__node").first()).toBeVisible();
    await expect(page.getByRole("cell").first()).toBeVisible();
  });

  test("the 1,000-node graph loads and pans", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/lineage/stress");
    await expect(page.getByTestId("layout-status")).toHaveAttribute("data-layout-ms", /\d+/, { timeout: 60_000 });
    const pane = page.locator(".react-flow__pane");
    const viewport = page.locator(".react-flow__viewport");
    const before = await viewport.getAttribute("style");
    const box = (await pane.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 - 80, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => viewport.getAttribute("style")).not.toBe(before);
  });
});
