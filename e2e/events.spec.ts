import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

/** Wednesday of next week, YYYY-MM-DD. */
function nextWednesday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((3 - d.getUTCDay() + 7) % 7) + 7);
  return d.toISOString().slice(0, 10);
}

test("a rep adds an event from an opportunity and finds it in the week calendar; accounts offer the same", async ({
  page,
}) => {
  const subject = `Pricing call ${Date.now().toString(36)}`;
  const day = nextWednesday();
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);

  await page.goto("/opportunities");
  await page.locator("table tbody tr td:first-child a").first().click();
  await expect(page).toHaveURL(/\/opportunities\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  const opportunityName = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await page.getByRole("link", { name: "New event" }).click();
  await expect(page.getByTestId("event-serves")).toContainText(opportunityName, { timeout: 20_000 });

  const form = page.getByRole("form", { name: "New event" });
  await form.getByRole("button", { name: "Create event" }).click();
  await expect(form.getByText("Subject is required")).toBeVisible();
  await form.getByLabel("Subject").fill(subject);
  await form.getByLabel("Type").selectOption("CALL");
  await form.getByLabel("Starts").fill(`${day}T10:00`);
  await form.getByLabel("Ends").fill(`${day}T09:30`);
  await form.getByRole("button", { name: "Create event" }).click();
  await expect(form.getByText("Ends must be after Starts")).toBeVisible();
  await form.getByLabel("Ends").fill(`${day}T10:30`);
  await form.getByRole("button", { name: "Create event" }).click();

  await expect(page.getByRole("heading", { name: subject })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("link", { name: opportunityName })).toBeVisible();

  await page.goto(`/events/calendar?week=${day}`);
  await expect(
    page.locator(`ul[data-day="${day}"]`).getByRole("link", { name: new RegExp(subject) }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Previous week" }).click();
  await expect(page.getByRole("link", { name: new RegExp(subject) })).toHaveCount(0);

  // From an account: the form knows which account the event serves.
  await page.goto("/accounts");
  await page.locator("table tbody tr td:first-child a").first().click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  const accountName = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await page.getByRole("link", { name: "New event" }).click();
  await expect(page.getByTestId("event-serves")).toContainText(accountName, { timeout: 20_000 });
});
