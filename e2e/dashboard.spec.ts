import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test("a manager's dashboard draws every chart with a table behind it", async ({ page }) => {
  await loginAs(page, DEMO_USERS.manager.email, DEMO_PASSWORD);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Team dashboard" })).toBeVisible();
  for (const id of ["pipeline-by-stage", "forecast-vs-quota", "win-rate", "interactions"]) {
    const card = page.getByTestId(`chart-${id}`);
    // Charts draw after hydration measures their box: slow on a loaded two-core CI machine.
    await expect(card.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 20_000 });
    await card.getByText("Show as table").click();
    await expect(card.getByRole("table")).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Activities due in the next 7 days" })).toBeVisible();
});

test("a rep's dashboard shows their pipeline, quota attainment, call-backs and next steps", async ({
  page,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "My dashboard" })).toBeVisible();
  await expect(page.getByTestId("chart-my-pipeline").locator("svg.recharts-surface").first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByTestId("chart-my-attainment")).toBeVisible();
  await expect(page.getByRole("heading", { name: /My call-backs/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "My next steps due" })).toBeVisible();
  // A rep has no team dashboard: the manager's figures are refused on the server.
  const res = await page.request.get(
    `/api/trpc/dashboards.manager?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
  );
  expect(res.status()).toBe(403);
});
