import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";
import { expectNoSeriousA11yViolations } from "./fixtures/axe.ts";

const WIDTHS = [1440, 1280, 1024];
const SHOTS = process.env.TASK_SCREENSHOTS_DIR;

/** Screenshots at each width the layout is checked at, when asked for (TASK_SCREENSHOTS_DIR). */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 860 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 860 });
}

/** A datetime-local value `seconds` from now, in the browser's own time zone. */
const localIn = (page: Page, seconds: number) =>
  page.evaluate((s) => {
    const d = new Date(Date.now() + s * 1000);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, seconds);

test("a task created from Ctrl-K, due in a few seconds, reminds its assignee live and then stands out as overdue", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 860 });
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/tasks");
  await expect(page.getByRole("heading", { name: "My tasks" })).toBeVisible();
  if (await page.getByText("Nothing to do").isVisible()) await shoot(page, "tasks-empty");
  await expectNoSeriousA11yViolations(page);

  // Ctrl-K, type what the task is about, and take the "New task" action.
  const title = `Ring Hans back about the forward ${Date.now()}`;
  await page.keyboard.press("Control+k");
  const box = page.getByRole("combobox", { name: "Search" });
  await expect(box).toBeFocused();
  await box.fill(title);
  await page.getByTestId("action-new-task").click();
  await expect(page).toHaveURL(/\/tasks\/new\?title=/);
  const form = page.getByTestId("task-form");
  await expect(form.getByLabel("Title")).toHaveValue(title);

  // Without a due time the server answers on the field.
  await form.getByRole("button", { name: "Create task" }).click();
  await expect(form.getByText("Choose when it is due")).toBeVisible();
  await shoot(page, "task-form-error");
  await expectNoSeriousA11yViolations(page);

  await form.getByLabel("Kind").selectOption("CALL_BACK");
  await form.getByLabel("Due").fill(await localIn(page, 6));
  await form.getByRole("button", { name: "Create task" }).click();
  await expect(page).toHaveURL(/\/tasks$/);
  const row = page.getByTestId("task").filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute("data-overdue", "false");

  // The reminder arrives on the live stream: no reload (the marker on window survives).
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const toast = page.getByTestId("task-reminder").filter({ hasText: title });
  await expect(toast).toBeVisible({ timeout: 40_000 });
  await expect(toast).toContainText("Call back due");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expect(page.getByTestId("task-reminder")).toHaveCount(1);
  await shoot(page, "task-reminder-toast");

  // Now past due, it stands apart at the top of /tasks.
  await page.reload();
  const overdue = page.getByTestId("overdue-tasks").getByTestId("task").filter({ hasText: title });
  await expect(overdue).toBeVisible();
  await expect(overdue).toHaveAttribute("data-overdue", "true");
  await expect(overdue.getByText("Overdue")).toBeVisible();
  // Sent once: the reloaded page does not get it again.
  await page.waitForTimeout(6_000);
  await expect(page.getByTestId("task-reminder")).toHaveCount(0);
  await shoot(page, "tasks-overdue");
  await expectNoSeriousA11yViolations(page);
});

test("a task created from an account page is linked to the account", async ({ page }) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/accounts");
  await page.locator("table tbody tr").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
  const account = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  await page.getByRole("link", { name: "New task" }).click();
  const form = page.getByTestId("task-form");
  await expect(form.getByTestId("task-link")).toContainText(account);
  await shoot(page, "task-form");
  const title = `Send the term sheet ${Date.now()}`;
  await form.getByLabel("Kind").selectOption("FOLLOW_UP");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Due").fill(await localIn(page, 3600));
  await form.getByRole("button", { name: "Create task" }).click();
  await expect(page).toHaveURL(/\/tasks$/);
  const row = page.getByTestId("task").filter({ hasText: title });
  await expect(row.getByRole("link", { name: account })).toBeVisible();
});
