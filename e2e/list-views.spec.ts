import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test.describe("list views", () => {
  test("a manager filters leads by owner, sorts, picks columns, saves the view and opens it again", async ({
    page,
  }) => {
    await loginAs(page, DEMO_USERS.manager.email, DEMO_PASSWORD);
    await page.goto("/leads");
    const view = page.getByRole("form", { name: "List view" });
    const owner = DEMO_USERS.rep.name;

    await view.getByRole("combobox", { name: "Owner" }).selectOption({ label: owner });
    await view.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Surname" });
    await view.getByRole("combobox", { name: "Order" }).selectOption({ label: "Descending" });
    await view.locator("summary", { hasText: "Columns" }).click();
    for (const column of [
      "Party Group Name",
      "Lead Source",
      "Contact List",
      "Marketing Campaign",
      "Received",
    ]) {
      await view.getByRole("checkbox", { name: column }).uncheck();
    }
    await view.getByRole("button", { name: "Apply" }).click();

    // The URL carries the view, so the link can be shared.
    await expect(page).toHaveURL(/owner=[0-9a-f-]{36}/);
    await expect(page).toHaveURL(/sort=name&dir=desc/);
    const table = page.getByRole("region", { name: "Leads" });
    const headers = table.locator("thead th");
    await expect(headers).toHaveText(["Party ID", "Fore Name", "Surname", "Status", "Owner"]);
    const owners = await table.locator("tbody tr td:last-child").allInnerTexts();
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners)).toEqual(new Set([owner]));
    const surnames = await table.locator("tbody tr td:nth-child(3)").allInnerTexts();
    expect(surnames).toEqual([...surnames].sort((a, b) => b.localeCompare(a, "en")));
    const filteredUrl = page.url();

    const saved = page.getByRole("navigation", { name: "Saved views" });
    await saved.getByRole("button", { name: "+ Save this view" }).click();
    await saved.getByLabel("View name").fill("Alice's leads, Z to A");
    await saved.getByRole("button", { name: "Save view" }).click();
    const viewLink = saved.getByRole("link", { name: "Alice's leads, Z to A" });
    await expect(viewLink).toHaveAttribute("aria-current", "true");

    // Back to the default view, then the saved one restores filters, order and columns.
    await saved.getByRole("link", { name: "Default" }).click();
    await expect(headers).toHaveCount(10);
    await viewLink.click();
    await expect(page).toHaveURL(filteredUrl);
    await expect(headers).toHaveText(["Party ID", "Fore Name", "Surname", "Status", "Owner"]);

    // Deleting it takes it off the bar.
    await saved.getByRole("button", { name: "Delete view Alice's leads, Z to A" }).click();
    await expect(viewLink).toHaveCount(0);
  });

  test("an empty name is refused next to the field", async ({ page }) => {
    await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
    await page.goto("/contacts");
    const saved = page.getByRole("navigation", { name: "Saved views" });
    await saved.getByRole("button", { name: "+ Save this view" }).click();
    await saved.getByRole("button", { name: "Save view" }).click();
    await expect(saved.getByText("Give the view a name")).toBeVisible();
    await expect(saved.getByLabel("View name")).toHaveAttribute("aria-invalid", "true");
  });
});
