import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";
import { expectNoSeriousA11yViolations } from "./fixtures/axe.ts";

const AREAS = [
  { path: "/accounts", heading: "Accounts" },
  { path: "/contacts", heading: "Contacts" },
  { path: "/leads", heading: "Leads" },
  { path: "/opportunities", heading: "Opportunities" },
  { path: "/events?when=past", heading: "Events" },
  { path: "/forecasts", heading: "Sales forecast" },
  { path: "/campaigns", heading: "Campaigns" },
  { path: "/agreements", heading: "Agreements" },
  { path: "/communication-centre", heading: "Communication Centre" },
];

test.describe("every area shows seeded rows", () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  });

  for (const area of AREAS) {
    test(`${area.heading} lists records`, async ({ page }) => {
      await page.goto(area.path);
      await expect(page.getByRole("heading", { level: 1, name: area.heading })).toBeVisible();
      const rows = page.locator("table tbody tr");
      await expect(rows.first()).toBeVisible();
      expect(await rows.count()).toBeGreaterThan(0);
      await expectNoSeriousA11yViolations(page);
    });
  }

  test("the sidebar reaches every area and the next page of a list", async ({ page }) => {
    await page.goto("/accounts");
    const firstName = await page.locator("table tbody tr").first().textContent();
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(page.locator("table tbody tr").first()).not.toHaveText(firstName ?? "");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leads" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
  });
});

test.describe("roles", () => {
  test("a rep cannot open Admin and does not see it in the sidebar", async ({ page }) => {
    await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }),
    ).toHaveCount(0);
    await page.goto("/admin");
    // The same page as for a route that does not exist.
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Users" })).toHaveCount(0);
  });

  test("an admin sees users and the audit log", async ({ page }) => {
    await loginAs(page, DEMO_USERS.admin.email, DEMO_PASSWORD);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
    await expect(page.getByRole("cell", { name: DEMO_USERS.rep.email })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  });

  test("a rep sees only their teams' accounts; the manager of another team sees other ones", async ({
    page,
    browser,
  }) => {
    await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
    await page.goto("/accounts");
    const repTeams = await page.locator("table tbody tr td:last-child").allTextContents();
    expect(new Set(repTeams).size).toBeGreaterThan(0);
    for (const team of repTeams) expect(DEMO_USERS.rep.teams).toContain(team.trim());

    const other = await browser.newPage();
    await loginAs(other, DEMO_USERS.otherManager.email, DEMO_PASSWORD);
    await other.goto("/accounts");
    const managerTeams = await other.locator("table tbody tr td:last-child").allTextContents();
    for (const team of managerTeams) expect(DEMO_USERS.rep.teams).not.toContain(team.trim());
    await other.close();
  });
});
