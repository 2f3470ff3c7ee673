import { describe, expect, it } from "vitest";
import { plainSnippet } from "./snippet";

describe("plainSnippet", () => {
  it("drops a heading that repeats the title and keeps the prose as one line", () => {
    const description = "## Customer Profiles (raw)\n\nEvery customer account, **not** deduplicated:\n> see `customer/customer-360`.";
    expect(plainSnippet(description)).toBe("Every customer account, not deduplicated: see customer/customer-360.");
  });

  it("keeps the text of links and says nothing when only headings remain", () => {
    expect(plainSnippet("Built by the [payments team](https://wiki.example.com/payments).")).toBe("Built by the payments team.");
    expect(plainSnippet("# Orders\n## How to use it")).toBeNull();
    expect(plainSnippet(null)).toBeNull();
  });

  it("keeps channels and column names that only look like Markdown", () => {
    expect(plainSnippet("Ask in #customer-data; join on customer_id.")).toBe("Ask in #customer-data; join on customer_id.");
  });
});
