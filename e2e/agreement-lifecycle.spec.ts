import { expect, test, type Locator, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";
import { expectNoSeriousA11yViolations } from "./fixtures/axe.ts";
import { agreementRows, agreementsOf, findAccountByAgreements } from "./fixtures/agreements.ts";

// Seed 001's agreements, the whole way: opened from the Sales tab (double-click, Enter), ended
// now, renewed prefilled; the rep's marketing email is refused while no agreement is active and
// goes out again after the renewal. Then the expiry list and an individual's Data Collection notice.

const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp";
async function shoot(page: Page, name: string) {
  for (const width of [1440, 1280, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/hd-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const emailRows = (page: Page) => agreementRows(page, "Email Marketing");

/** One of the rep's accounts with exactly one active Email Marketing agreement. */
const accountWithOneEmailAgreement = (page: Page) =>
  findAccountByAgreements(
    page,
    async (p) => (await emailRows(p).count()) === 1,
    "has exactly one Email Marketing agreement",
  );

async function sendOffer(page: Page): Promise<Locator> {
  const interactions = page
    .locator("section[aria-labelledby=interactions-heading]")
    .filter({ visible: true });
  await interactions.getByRole("button", { name: "Insert" }).click();
  const form = page.getByRole("form", { name: "New interaction" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("Renewal rates offer");
  await form.getByRole("combobox", { name: "Type", exact: true }).selectOption("EMAIL");
  await form.getByRole("tab", { name: "Result" }).click();
  await form.getByLabel("Communication Channel").selectOption("EMAIL");
  await form.getByLabel("Subject", { exact: true }).fill("Our renewal rates");
  await form.getByLabel("Body", { exact: true }).fill("Dear client, our rates for next year are…");
  await form.getByLabel(/Marketing communication/).check();
  await form.getByRole("button", { name: "Send to customer" }).click();
  return form;
}

test("an agreement opened, ended and renewed, with marketing refused and then allowed", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  const accountHref = await accountWithOneEmailAgreement(page);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await loginAs(admin, DEMO_USERS.admin.email, DEMO_PASSWORD);
  await admin.goto(accountHref);

  // A new agreement does not pick a contract for you.
  await agreementsOf(admin).getByRole("button", { name: "Insert" }).click();
  await expect(admin.getByRole("form", { name: "New agreement" }).getByLabel("Contract Number")).toHaveValue(
    "none",
  );
  await admin.getByRole("form", { name: "New agreement" }).getByRole("button", { name: "Cancel" }).click();

  // Enter on the row opens it; so does a double-click.
  await emailRows(admin).focus();
  await admin.keyboard.press("Enter");
  await expect(admin).toHaveURL(/\/agreements\/[0-9a-f-]{36}$/);
  const agreementUrl = admin.url();
  await admin.goBack();
  await emailRows(admin).dblclick();
  await expect(admin).toHaveURL(agreementUrl);
  await expect(admin.getByRole("heading", { level: 1, name: "Email Marketing agreement" })).toBeVisible();
  await expect(admin.getByText("Active", { exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
  await shoot(admin, "agreement-details");

  // End it now: inactive at once, and the rep's marketing email is refused.
  await admin.getByRole("button", { name: "End now" }).click();
  await admin.getByRole("button", { name: "Yes, end it now" }).click();
  await expect(admin.getByTestId("agreement-ended")).toContainText("Ended early");
  await page.goto(accountHref);
  const form = await sendOffer(page);
  await expect(page.getByTestId("interaction-error")).toContainText("no active Email Marketing agreement");
  await form.getByRole("button", { name: "Cancel" }).click();

  // Renew it: a new agreement prefilled from the old one.
  await admin.getByRole("button", { name: "Renew" }).click();
  const renewal = admin.getByRole("form", { name: "Renewal" });
  await expect(renewal.getByLabel("Agreement Type")).toHaveValue("EMAIL_MARKETING");
  await expect(renewal.getByLabel("Start Date")).not.toHaveValue("");
  await renewal.getByRole("button", { name: "Save renewal" }).click();
  await expect(admin).not.toHaveURL(agreementUrl);
  await expect(admin).toHaveURL(/\/agreements\/[0-9a-f-]{36}$/);
  await expect(admin.getByText("Renews")).toBeVisible();

  // The same email now goes out.
  await page.goto(accountHref);
  const again = await sendOffer(page);
  await expect(again).toHaveCount(0);
  const sent = page.getByRole("row", { name: /Renewal rates offer/ }).first();
  await expect(sent).toContainText("Sent");

  // What ends in the next 30 days.
  await admin.goto("/agreements/expiring");
  await expect(admin.getByRole("heading", { level: 1, name: "Agreements ending soon" })).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
  await shoot(admin, "expiring");

  // An individual without an active Data Collection agreement says why, and masks for the admin.
  await admin.goto("/accounts?accountType=INDIVIDUAL");
  const individuals = await admin
    .locator("table tbody tr td:first-child a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  let found = false;
  for (const href of individuals) {
    await admin.goto(href);
    await expect(agreementsOf(admin)).toBeVisible();
    if (await admin.getByTestId("data-collection-notice").count()) {
      found = true;
      break;
    }
  }
  expect(found, "an individual account without Data Collection consent").toBe(true);
  await expect(admin.getByTestId("data-collection-notice")).toContainText(
    "No active Data Collection agreement",
  );
  await expectNoSeriousA11yViolations(admin);
  await shoot(admin, "data-collection-notice");
  await adminContext.close();
});
