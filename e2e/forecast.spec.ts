import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";
import { DEMO_USER_LIST } from "../prisma/demo-users.ts";

/** "€1,234,567" → 1234567 */
async function euros(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).innerText()).replace(/[^\d.-]/g, "");
  return Number(text);
}

/** The drill-down link's URL for a named row of the forecast table. */
async function rowHref(page: Page, name: string): Promise<string> {
  const link = page.getByRole("region", { name: /^Forecast / }).getByRole("link", { name, exact: true });
  return (await link.getAttribute("href"))!;
}

test("a manager adjusts a rep's best case and the team roll-up follows, with the reason in the history", async ({
  page,
}) => {
  const manager = DEMO_USERS.manager;
  const team = manager.teams[0]!;
  const rep = DEMO_USER_LIST.find((u) => u.role === "REP" && u.team === team)!;
  await loginAs(page, manager.email, DEMO_PASSWORD);

  await page.goto("/forecasts");
  await page.goto(await rowHref(page, team));
  await expect(page.getByRole("navigation", { name: "Forecast level" })).toContainText(team);
  const teamBefore = await euros(page, "stat-best-case");

  await page.goto(await rowHref(page, rep.name));
  await expect(page.getByRole("navigation", { name: "Forecast level" })).toContainText(rep.name);
  const repBefore = await euros(page, "stat-best-case");

  // The new figure: the rep's current one plus a round amount, so it always changes.
  const amount = Math.round(repBefore) + 1_250_000;
  const reason = `Tender decision brought forward ${Date.now()}`;
  const form = page.getByRole("form", { name: "Adjust forecast" });
  await form.getByLabel("Figure").selectOption("BEST_CASE");
  await form.getByLabel("Reason").fill("no");
  await form.getByLabel("Adjusted amount (EUR)").fill("12,5");
  await form.getByRole("button", { name: "Save adjustment" }).click();
  await expect(form.getByText("Enter an amount such as 250000 or 250000.50")).toBeVisible();
  await expect(form.getByText("Say why, in a few words")).toBeVisible();

  await form.getByLabel("Adjusted amount (EUR)").fill(String(amount));
  await form.getByLabel("Reason").fill(reason);
  await form.getByRole("button", { name: "Save adjustment" }).click();
  await expect(form.getByRole("status")).toHaveText("Adjustment saved.");
  await expect.poll(() => euros(page, "stat-best-case")).toBe(amount);
  // The unadjusted figure stays in view, and the history says who, when and why.
  await expect(page.getByTestId("stat-best-case").locator("..")).toContainText("Unadjusted");
  const history = page.getByRole("region", { name: "Adjustment history" });
  await expect(history.getByRole("row").filter({ hasText: reason })).toContainText(manager.name);

  await page.getByRole("navigation", { name: "Forecast level" }).getByRole("link", { name: team }).click();
  await expect.poll(() => euros(page, "stat-best-case")).toBe(teamBefore - repBefore + amount);

  // The CSV carries what is on screen.
  const csv = await page.request.get(page.url().replace("/forecasts", "/forecasts/export"));
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(rep.name);
});

test("a rep sees their own forecast and another team's reads as missing", async ({ page, browser }) => {
  // An admin finds another team's and another person's forecast links.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await loginAs(admin, DEMO_USERS.admin.email, DEMO_PASSWORD);
  const rep = DEMO_USERS.rep;
  const otherTeam = DEMO_USER_LIST.find((u) => u.role === "MANAGER" && !rep.teams.includes(u.team!))!.team!;
  await admin.goto("/forecasts");
  const otherTeamHref = await rowHref(admin, otherTeam);
  await admin.goto(otherTeamHref);
  const colleague = DEMO_USER_LIST.find(
    (u) => u.role === "REP" && u.team === otherTeam && u.teams.length === 1,
  )!;
  const colleagueHref = await rowHref(admin, colleague.name);
  await adminContext.close();

  await loginAs(page, rep.email, DEMO_PASSWORD);
  await page.goto("/forecasts");
  await expect(page.getByRole("navigation", { name: "Forecast level" })).toHaveText(rep.name);
  await expect(page.getByRole("form", { name: "Adjust forecast" })).toHaveCount(0);

  const teamId = new URL(otherTeamHref, "http://x").searchParams.get("team")!;
  for (const href of [`/forecasts?team=${teamId}`, colleagueHref]) {
    await page.goto(href);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  const csv = await page.request.get(`/forecasts/export?team=${teamId}`);
  expect(csv.status()).toBe(404);
});
