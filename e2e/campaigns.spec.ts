import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test("a manager creates a campaign, fixing what the form refuses, and finds it on the list", async ({
  page,
}) => {
  await loginAs(page, DEMO_USERS.manager.email, DEMO_PASSWORD);
  await page.goto("/campaigns");
  await page.getByRole("link", { name: "New campaign" }).click();
  const form = page.getByRole("form", { name: "New campaign" });
  const name = `Year-end rates review ${Date.now()}`;

  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Budget").fill("40000");
  await form.getByLabel("Currency").fill("");
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(form.getByText("Choose a channel")).toBeVisible();
  await expect(form.getByText("Start Date is required")).toBeVisible();

  await form.getByLabel("Channel").selectOption({ label: "Email" });
  await form.getByLabel("Start Date").fill("2027-01-04");
  await form.getByLabel("End Date").fill("2027-01-29");
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(form.getByText("Give the budget's currency")).toBeVisible();
  await expect(form.getByLabel("Currency")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Currency").fill("GBP");
  await form.getByRole("button", { name: "Create campaign" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("£40,000")).toBeVisible();
  await expect(page.getByText("No activities on accounts you can see.")).toBeVisible();

  await page.goto("/campaigns?sort=name&dir=asc&from=2027-01-01&to=2027-01-31");
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
});

test("a rep has no New campaign button and the form explains why", async ({ page }) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/campaigns");
  await expect(page.getByRole("link", { name: "New campaign" })).toHaveCount(0);
  await page.goto("/campaigns/new");
  await expect(page.getByText("Campaigns are created by managers")).toBeVisible();
});
