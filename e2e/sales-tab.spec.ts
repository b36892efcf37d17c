import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

/** One of the rep's accounts with no active Email Marketing agreement, found through the UI. */
async function accountWithoutEmailConsent(page: Page): Promise<string> {
  await page.goto("/accounts");
  const hrefs = await page
    .locator("table tbody tr td:first-child a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  for (const href of hrefs) {
    await page.goto(href);
    // Visible only: while the page streams in, a hidden copy of its content can be in the document.
    const agreements = page.locator("section[aria-labelledby=agreements-heading]").filter({ visible: true });
    await expect(agreements).toBeVisible();
    if (!(await agreements.getByText("Email Marketing", { exact: true }).count())) return href;
  }
  throw new Error("every account on the first page has email consent");
}

test("a rep logs an interaction on both tabs and is refused email marketing until an admin adds the agreement", async ({
  page,
  browser,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  const accountHref = await accountWithoutEmailConsent(page);
  const interactions = page
    .locator("section[aria-labelledby=interactions-heading]")
    .filter({ visible: true });

  // An ordinary call, Planning and Result filled.
  await interactions.getByRole("button", { name: "Insert" }).click();
  const form = page.getByRole("form", { name: "New interaction" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("Quarterly FX hedging review");
  await form.getByRole("combobox", { name: "Type", exact: true }).selectOption("CALL");
  await form.getByLabel("Source Reason Type").selectOption("Priority SLA");
  await form.getByLabel("Plan Start Date").fill("2026-11-20");
  await form.getByLabel("Plan Start Hour").fill("10:30");
  await form.getByLabel("Activity Description").fill("Walk through the hedging programme for 2027.");
  await form.getByRole("tab", { name: "Result" }).click();
  await form.getByLabel("Activity Date").fill("2026-11-20T10:45");
  await form.getByLabel("Duration (h)").fill("0.5");
  await form.getByLabel("Result Type").selectOption("Call back requested");
  await form.getByLabel("Activity Comments").fill("Wants pricing for 12-month forwards.");
  await form.getByRole("button", { name: "Save interaction" }).click();
  await expect(form).toHaveCount(0);
  await expect(
    interactions.getByRole("cell", { name: "Quarterly FX hedging review", exact: true }),
  ).toBeVisible();

  // A marketing email without consent is refused, naming the missing agreement.
  const sendOffer = async () => {
    await interactions.getByRole("button", { name: "Insert" }).click();
    await form.getByRole("textbox", { name: "Name", exact: true }).fill("Year-end deposit offer");
    await form.getByRole("combobox", { name: "Type", exact: true }).selectOption("EMAIL");
    await form.getByRole("tab", { name: "Result" }).click();
    await form.getByLabel("Communication Channel").selectOption("EMAIL");
    await form.getByLabel("Subject", { exact: true }).fill("Year-end deposit rates");
    await form.getByLabel("Body", { exact: true }).fill("Dear client, our year-end rates are…");
    await form.getByLabel(/Marketing communication/).check();
    await form.getByRole("button", { name: "Send to customer" }).click();
  };
  await sendOffer();
  await expect(page.getByTestId("interaction-error")).toContainText("no active Email Marketing agreement");
  await form.getByRole("button", { name: "Cancel" }).click();

  // A rep cannot change the consent record.
  const agreements = page.locator("section[aria-labelledby=agreements-heading]").filter({ visible: true });
  await expect(agreements.getByRole("button", { name: "Insert" })).toHaveCount(0);

  // The admin adds an Email Marketing agreement with a new contract.
  const adminPage = await browser.newPage();
  await loginAs(adminPage, DEMO_USERS.admin.email, DEMO_PASSWORD);
  await adminPage.goto(accountHref);
  const adminAgreements = adminPage
    .locator("section[aria-labelledby=agreements-heading]")
    .filter({ visible: true });
  await adminAgreements.getByRole("button", { name: "Insert" }).click();
  const agreementForm = adminPage.getByRole("form", { name: "New agreement" });
  await agreementForm.getByLabel("Agreement Type").selectOption("EMAIL_MARKETING");
  await agreementForm.getByLabel("Contract Number", { exact: true }).selectOption("new");
  await agreementForm.getByLabel("New Contract Number").fill(`CTR-E2E-${Date.now()}`);
  await agreementForm.getByLabel("Contract title").fill("Marketing consent");
  await agreementForm.getByRole("button", { name: "Save agreement" }).click();
  await expect(adminAgreements.getByText("Email Marketing", { exact: true })).toBeVisible();
  await adminPage.close();

  // Now the same email goes out.
  await page.reload();
  await sendOffer();
  await expect(form).toHaveCount(0);
  const row = interactions.getByRole("row", { name: /Year-end deposit offer/ });
  await expect(row).toContainText("Sent");
  await expect(row).toContainText("Marketing");
});
