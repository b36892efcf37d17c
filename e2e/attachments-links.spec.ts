import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";
import { expectNoSeriousA11yViolations } from "./fixtures/axe.ts";

const shots = process.env.E2E_SCREENSHOTS; // a directory: the Sales tab and the application details at three widths
const WIDTHS = [1440, 1280, 1024];

async function screenshots(page: Page, name: string) {
  if (!shots) return;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 2400 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const visible = (page: Page, heading: string) =>
  page.locator(`section[aria-labelledby=${heading}]`).filter({ visible: true });

/** One of the rep's accounts with an application from another system, found through the UI. */
async function accountWithExternalApplication(page: Page): Promise<string> {
  await page.goto("/accounts");
  const hrefs = await page
    .locator("table tbody tr td:first-child a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  for (const href of hrefs) {
    await page.goto(href);
    const apps = visible(page, "applications-heading");
    await expect(apps).toBeVisible();
    if (await apps.getByText(/Loan Origination|Client Onboarding Portal|Trade Finance Hub/).count())
      return href;
  }
  throw new Error("no account on the first page has an external application");
}

test("an attachment uploaded, downloaded and removed; a link added, edited and removed; an application opened", async ({
  page,
  browser,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  const accountHref = await accountWithExternalApplication(page);

  // An interaction with an attachment whose declared type is HTML: it must come back as a download.
  const interactions = visible(page, "interactions-heading");
  await interactions.getByRole("button", { name: "Insert" }).click();
  const form = page.getByRole("form", { name: "New interaction" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("Term sheet sent");
  await form.getByRole("combobox", { name: "Type", exact: true }).selectOption("EMAIL");
  await form.getByRole("tab", { name: "Result" }).click();
  const bytes = Buffer.from("<script>alert(document.cookie)</script> Überweisung ✓", "utf8");
  await form.getByLabel("Attachment").setInputFiles({
    name: "Term sheet (draft) ü.html",
    mimeType: "text/html",
    buffer: bytes,
  });
  await form.getByRole("button", { name: "Save interaction" }).click();
  await expect(form).toHaveCount(0);

  const toggle = interactions.getByRole("button", { name: "Attachments of Term sheet sent: 1" });
  await toggle.click();
  const files = interactions.getByRole("group", { name: "Attachments of Term sheet sent" });
  // A second file added to the saved interaction, a 1 MB one (the old upload could not read it).
  const big = Buffer.alloc(1024 * 1024, 7);
  await files.getByLabel("Add attachment").setInputFiles({ name: "ledger.bin", mimeType: "", buffer: big });
  await expect(files.getByRole("link", { name: /ledger\.bin/ })).toBeVisible();
  await expect(interactions.getByRole("button", { name: "Attachments of Term sheet sent: 2" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The download: the same bytes, as an attachment, never as HTML.
  const link = files.getByRole("link", { name: /Term sheet \(draft\)/ });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(fs.readFileSync((await download.path())!)).toEqual(bytes);
  expect(download.suggestedFilename()).toBe("Term sheet (draft) ü.html");
  const href = (await link.getAttribute("href"))!;
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(Buffer.from(await res.body())).toEqual(bytes);
  expect(res.headers()).toMatchObject({
    "content-type": "application/octet-stream",
    "x-content-type-options": "nosniff",
    "content-disposition": `attachment; filename="Term sheet (draft) _.html"; filename*=UTF-8''Term%20sheet%20%28draft%29%20%C3%BC.html`,
  });
  const bigHref = (await files.getByRole("link", { name: /ledger\.bin/ }).getAttribute("href"))!;
  expect(Buffer.from(await (await page.request.get(bigHref)).body())).toEqual(big);

  // Another team's manager gets the same 404 as for an attachment that does not exist.
  const other = await browser.newPage();
  await loginAs(other, DEMO_USERS.otherManager.email, DEMO_PASSWORD);
  const theirs = await other.request.get(href);
  const missing = await other.request.get("/attachments/0190f3a0-0000-7000-8000-000000000000");
  expect(theirs.status()).toBe(404);
  expect(missing.status()).toBe(404);
  expect((await theirs.json()).message).toBe((await missing.json()).message);
  await other.close();

  // A link: a javascript: address is refused on its field; then added, edited and removed.
  const links = visible(page, "links-heading");
  await links.getByRole("button", { name: "Add link" }).click();
  const newLink = page.getByRole("form", { name: "New link" });
  await newLink.getByLabel("Title").fill("Hedging policy");
  await newLink.getByLabel("Address").fill("javascript:alert(1)");
  await newLink.getByRole("button", { name: "Add link" }).click();
  await expect(newLink.getByText("Only web addresses (http:// or https://) can be links")).toBeVisible();
  await newLink.getByLabel("Address").fill("https://intranet.example.bank/memos/4711");
  await newLink.getByRole("button", { name: "Add link" }).click();
  await expect(newLink).toHaveCount(0);
  await expect(links.getByRole("link", { name: "Hedging policy" })).toHaveAttribute(
    "href",
    "https://intranet.example.bank/memos/4711",
  );
  await screenshots(page, "sales-tab");
  await files.scrollIntoViewIfNeeded();

  await links.getByRole("button", { name: "Edit Hedging policy" }).click();
  const edit = page.getByRole("form", { name: "Edit link Hedging policy" });
  await edit.getByLabel("Title").fill("Hedging policy 2027");
  await edit.getByRole("button", { name: "Save link" }).click();
  await expect(links.getByRole("link", { name: "Hedging policy 2027" })).toBeVisible();

  page.once("dialog", (d) => void d.accept());
  await links.getByRole("button", { name: "Remove Hedging policy 2027" }).click();
  await expect(links.getByRole("link", { name: "Hedging policy 2027" })).toHaveCount(0);

  // The attachment removed.
  page.once("dialog", (d) => void d.accept());
  await files.getByRole("button", { name: "Remove ledger.bin" }).click();
  await expect(interactions.getByRole("button", { name: "Attachments of Term sheet sent: 1" })).toBeVisible();
  expect((await page.request.get(bigHref)).status()).toBe(404);

  // An application: Enter on its row opens the details; double-click does too.
  const apps = visible(page, "applications-heading");
  const row = apps
    .getByRole("listitem")
    .filter({ hasText: /Loan Origination|Client Onboarding Portal|Trade Finance Hub/ })
    .first();
  await row.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/applications\//);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto(accountHref);
  await visible(page, "applications-heading")
    .getByRole("listitem")
    .filter({ hasText: /Loan Origination|Client Onboarding Portal|Trade Finance Hub/ })
    .first()
    .dblclick();
  await expect(page).toHaveURL(/\/applications\//);
  const open = page.getByRole("link", { name: "Open Application" });
  await expect(open).toHaveAttribute("href", /^https:\/\/[a-z]+\.example\.bank\//);
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "application");

  // "Open Application" opens it in its own system, in a new tab.
  await page
    .context()
    .route(/^https:\/\/[a-z]+\.example\.bank\//, (route) =>
      route.fulfill({ contentType: "text/plain", body: "the external application" }),
    );
  const [popup] = await Promise.all([page.waitForEvent("popup"), open.click()]);
  await expect(popup).toHaveURL(/^https:\/\/[a-z]+\.example\.bank\//);
  await popup.close();
});
