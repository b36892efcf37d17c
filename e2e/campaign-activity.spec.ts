import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { expectNoSeriousA11yViolations } from "./fixtures/axe.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

const CAMPAIGN = "FX Hedging Webinar Series";
const WIDTHS = [1440, 1280, 1024];

async function screenshots(page: Page, name: string) {
  // The main column scrolls inside the page, so a tall window shows all of it.
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 1800 });
    await page.locator("main").evaluate((m) => m.scrollTo(0, 0));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `/tmp/h13f-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("a campaign activity is created on an account, assigned, started and completed; a contact joins a list", async ({
  page,
  browser,
}) => {
  const name = `Present the hedging offer ${Date.now()}`;
  await loginAs(page, DEMO_USERS.manager.email, DEMO_PASSWORD);

  // On an account's Sales tab: the form names what it refuses, then creates the activity.
  await page.goto("/accounts");
  const accountHref = await page.locator("table tbody tr td:first-child a").first().getAttribute("href");
  await page.goto(accountHref!);
  const activities = page.locator("section[aria-labelledby=activities-heading]").filter({ visible: true });
  await activities.getByRole("button", { name: "New activity" }).click();
  const form = page.getByRole("form", { name: "New internal campaign activity" });
  await form.getByRole("button", { name: "Create activity" }).click();
  await expect(form.getByText("Name is required")).toBeVisible();
  await form.getByLabel("Campaign").selectOption({ label: CAMPAIGN });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Due Date").fill("2027-02-15");
  await form.getByRole("button", { name: "Create activity" }).click();
  await expect(form).toBeHidden();

  // It starts Unassigned; the manager gives it to Alice, so it shows under Assigned.
  await activities.getByLabel("Activity status").selectOption("UNASSIGNED");
  await expect(activities.getByText(name)).toBeVisible();
  await activities.getByRole("button", { name: `Assign ${name}` }).click();
  await activities.getByLabel(`Assigned User for ${name}`).selectOption({ label: DEMO_USERS.rep.name });
  await activities.getByRole("button", { name: "Save" }).click();
  await expect(activities.getByText(name)).toBeHidden();
  await activities.getByLabel("Activity status").selectOption("ASSIGNED");
  await expect(activities.getByText(name)).toBeVisible();

  // Alice works it from the campaign page.
  const repContext = await browser.newContext();
  const rep = await repContext.newPage();
  await loginAs(rep, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await rep.goto("/campaigns?sort=name&dir=asc");
  await rep.getByRole("link", { name: CAMPAIGN }).click();
  const row = rep.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Assigned");
  await row.getByRole("button", { name: `Start ${name}` }).click();
  await expect(row).toContainText("In progress");
  await row.getByRole("button", { name: `Complete ${name}` }).click();
  await expect(row).toContainText("Completed");
  await expect(row.getByRole("button")).toHaveCount(0);
  await expect(rep.getByRole("heading", { name: "Results" })).toBeVisible();
  await expectNoSeriousA11yViolations(rep);
  await screenshots(rep, "campaign");
  await repContext.close();

  // The manager sees it Completed on the account.
  await page.reload();
  await activities.getByLabel("Activity status").selectOption("COMPLETED");
  await expect(activities.getByText(name)).toBeVisible();

  // A contact list under the campaign: a contact added by name, then removed.
  await page.goto("/contacts");
  const firstContact = page.locator("table tbody tr").first();
  const surname = (await firstContact.locator("td").first().innerText()).trim();
  await page.goto("/campaigns?sort=name&dir=asc");
  await page.getByRole("link", { name: CAMPAIGN }).click();
  await page.getByRole("button", { name: "New contact list" }).click();
  const listName = `Webinar follow-ups ${Date.now()}`;
  await page.getByRole("form", { name: "New contact list" }).getByLabel("Name").fill(listName);
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page.getByRole("heading", { level: 1, name: listName })).toBeVisible();
  await expect(page.getByText("No contacts on this list yet.")).toBeVisible();
  await screenshots(page, "contact-list-empty");

  const add = page.getByRole("form", { name: "Add a contact" });
  await add.getByLabel("Add a contact").fill(surname);
  await add.getByRole("listbox").getByRole("option").first().click();
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("status").filter({ hasText: "added" })).toBeVisible();
  const members = page.locator("table tbody tr");
  await expect(members).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Members (1)" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "contact-list");
  await members
    .first()
    .getByRole("button", { name: /^Remove / })
    .click();
  await expect(page.getByText("No contacts on this list yet.")).toBeVisible();
});

test("a contact's page selects that customer in the action panel", async ({ page }) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/contacts");
  await expect(page.getByTestId("action-panel")).toContainText("New contact");
  // A contact at an account: the Account column (the fifth) is filled.
  const href = await page.locator("table tbody tr").evaluateAll(
    (rows) =>
      rows
        .find((r) => (r.querySelectorAll("td")[4]?.textContent ?? "—").trim() !== "—")
        ?.querySelector("td a")
        ?.getAttribute("href") ?? null,
  );
  await page.goto(href!);
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  const [foreName] = title.split(" ");
  const customer = page.getByTestId("action-panel-customer");
  await expect(customer).toContainText(foreName!);
  await expect(customer).toContainText(" at ");
  await expect(page.getByTestId("action-panel")).toContainText("New interaction");
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "contact-action-panel");
  // Leaving the page lets the selection go.
  await page.goto("/contacts");
  await expect(page.getByText("No customer selected.")).toBeVisible();
});
