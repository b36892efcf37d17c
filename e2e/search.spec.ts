import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test.describe("global search", () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  });

  test("Ctrl-K, type, arrow down, Enter opens the record", async ({ page }) => {
    // A contact this rep can see, read off the contacts list.
    await page.goto("/contacts");
    const firstRow = page.locator("table tbody tr").first();
    const surname = (await firstRow.locator("td").nth(0).innerText()).trim();
    const foreName = (await firstRow.locator("td").nth(1).innerText()).trim();

    await page.keyboard.press("Control+k");
    const box = page.getByRole("combobox", { name: "Search" });
    await expect(box).toBeFocused();
    await box.fill(`${foreName} ${surname}`);
    const popover = page.getByTestId("search-popover");
    await expect(popover.getByRole("group", { name: "Contacts" })).toContainText(surname);
    await box.press("ArrowDown");
    await expect(popover.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    // Walk down to the first contact option and open it.
    const options = popover.getByRole("option");
    const contactIndex = await options.evaluateAll((els) =>
      els.findIndex((el) => el.closest('[aria-label="Contacts"]')),
    );
    for (let i = 0; i < contactIndex; i++) await box.press("ArrowDown");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  });

  test("Enter without a highlighted result opens the full results page, grouped by type", async ({
    page,
  }) => {
    await page.goto("/accounts");
    const name = (await page.locator("table tbody tr").first().locator("td").first().innerText()).trim();
    const box = page.getByRole("combobox", { name: "Search" });
    await box.fill(name);
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    // Visible only: while the page streams in, a hidden copy of its content can be in the document.
    await expect(page.getByTestId("search-group-account").filter({ visible: true })).toContainText(name);
  });
});
