import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";
import { expectNoSeriousA11yViolations } from "./fixtures/axe.ts";
import { startDovecot, type Dovecot } from "../server/test/dovecot.ts";

// The whole journey needs the server to read a mailbox: playwright.config.ts sets IMAP_URL (the web
// server inherits it) to the address this spec's own Dovecot takes. The spec starts that Dovecot,
// delivers an e-mail from a stranger, and waits for the poll. Without IMAP_URL (IMAP_URL= on the
// command line) the page must say that no mailbox is configured.
const IMAP_URL = process.env.IMAP_URL;
const SHOTS = process.env.E2E_SHOTS_DIR;

async function shots(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1440, 1280, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("admin navigation leads to Inbox triage, which is for admins only", async ({ page, browser }) => {
  await loginAs(page, DEMO_USERS.admin.email, DEMO_PASSWORD);
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Admin areas" })
    .getByRole("link", { name: "Inbox triage" })
    .click();
  await expect(page.getByRole("heading", { name: "Inbox triage" })).toBeVisible();
  // Without a mailbox the page says so, rather than an empty list that looks like "all handled".
  if (!IMAP_URL) await expect(page.getByRole("note")).toContainText("No mailbox is configured");
  await expect(
    page
      .getByText("Nothing waiting for triage")
      .or(page.getByRole("region", { name: "Messages waiting for triage" })),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shots(page, "triage-first-view");

  const rep = await browser.newPage();
  await loginAs(rep, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await rep.goto("/admin/triage");
  await expect(rep.getByRole("heading", { name: "Inbox triage" })).toHaveCount(0);
  await rep.close();
});

test.describe("with a mailbox", () => {
  test.skip(!IMAP_URL, "needs the e2e server started with IMAP_URL (see the comment at the top)");
  let mail: Dovecot;
  test.beforeAll(async () => {
    const port = Number(new URL(IMAP_URL!).port);
    mail = await startDovecot({ imapPort: port, lmtpPort: port + 1 });
  });
  test.afterAll(async () => mail?.stop());

  test("an admin assigns an e-mail from an unknown sender to a contact, and it lands on the account", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const subject = `Question about FX forwards ${Date.now().toString(36)}`;
    await mail.deliver(
      [
        "From: Unknown Person <stranger@nowhere.example>",
        `To: ${mail.address}`,
        `Subject: ${subject}`,
        `Message-ID: <e2e-${Date.now()}@nowhere.example>`,
        `Date: ${new Date().toUTCString()}`,
        "",
        "Hello, could you quote a 6-month EUR/USD forward?",
        "",
      ].join("\r\n"),
    );
    await loginAs(page, DEMO_USERS.admin.email, DEMO_PASSWORD);
    // Find a contact to assign to through the contacts list, as an admin would.
    await page.goto("/contacts");
    const contactName = (await page.locator("table tbody tr td:first-child a").first().innerText()).trim();

    // The poll runs every minute on the job queue.
    await page.goto("/admin/triage");
    const row = page.getByRole("row").filter({ hasText: subject });
    await expect(async () => {
      await page.reload();
      await expect(row).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 150_000, intervals: [5_000] });
    await expect(row).toContainText("stranger@nowhere.example");
    await expect(row).toContainText("6-month EUR/USD forward");
    await shots(page, "triage-list");

    await row.getByRole("button", { name: /^Assign the message/ }).click();
    const form = page.getByRole("form", { name: "Assign to a contact" });
    await form.getByRole("combobox", { name: "Contact" }).fill(contactName.split(/\s+/).at(-1)!);
    await page.getByRole("option").filter({ hasText: contactName }).first().click();
    await shots(page, "triage-assign");
    await form.getByRole("button", { name: "Assign" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Filed on" })).toBeVisible();
    await expect(row).toHaveCount(0);
    await page.getByRole("link", { name: "Open the account" }).click();
    await expect(page.getByText(subject).filter({ visible: true }).first()).toBeVisible();
  });
});
