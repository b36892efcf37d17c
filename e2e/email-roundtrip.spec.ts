import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";
import { startDovecot, type Dovecot } from "../server/test/dovecot.ts";

// The whole round trip of issue "messages that really leave": a rep sends the seeded follow-up
// template in French to a French contact; the e2e SMTP server (scripts/e2e-smtp-sink.mjs) receives
// it with its headers; the customer's reply, threaded by In-Reply-To, is delivered to a real
// Dovecot that the app polls (IMAP_URL, set by playwright.config.ts), and lands on the account.
const IMAP_URL = process.env.IMAP_URL;
const SMTP_DIR = process.env.E2E_SMTP_DIR ?? "data/e2e-smtp";
const TEMPLATE = "Meeting follow-up";

/** The message the sink received for this address, once it has. */
async function receivedFor(address: string): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect(async () => {
    for (const file of fs.readdirSync(SMTP_DIR).sort().reverse()) {
      const mail = await simpleParser(fs.readFileSync(path.join(SMTP_DIR, file)));
      const to = mail.to && !Array.isArray(mail.to) ? mail.to.text : "";
      if (to === address) {
        found = mail;
        return;
      }
    }
    throw new Error(`no message for ${address} yet`);
  }).toPass({ timeout: 30_000 });
  return found!;
}

/** A French account of the rep's with a French contact: the Result tab's Contact list says "(fr-FR)". */
async function openFrenchContactForm(page: Page) {
  await page.goto("/accounts");
  const hrefs = await page
    .locator("table tbody tr")
    .filter({ hasText: ", France" })
    .locator("td:first-child a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  const form = page.getByRole("form", { name: "New interaction" });
  const interactions = page
    .locator("section[aria-labelledby=interactions-heading]")
    .filter({ visible: true });
  for (const href of hrefs) {
    await page.goto(href);
    await interactions.getByRole("button", { name: "Insert" }).click();
    await form.getByRole("tab", { name: "Result" }).click();
    const contacts = form.getByLabel("Contact", { exact: true });
    await expect(contacts.locator("option").first()).not.toHaveText("Loading…");
    const french = contacts.locator("option", { hasText: "(fr-FR)" });
    if (await french.count()) return { form, interactions, contact: (await french.first().textContent())! };
    await form.getByRole("button", { name: "Cancel" }).click();
  }
  throw new Error("no French contact on the rep's French accounts");
}

test.describe("an e-mail's round trip", () => {
  test.skip(!IMAP_URL, "needs the e2e server started with IMAP_URL (playwright.config.ts sets it)");
  let mail: Dovecot;
  test.beforeAll(async () => {
    const port = Number(new URL(IMAP_URL!).port);
    mail = await startDovecot({ imapPort: port, lmtpPort: port + 1 });
  });
  test.afterAll(async () => mail?.stop());

  test("a rep sends a templated e-mail in French; it arrives with its headers, and the reply lands on the account", async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const to = `client-${Date.now().toString(36)}@client.example`;
    await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
    const { form, interactions, contact } = await openFrenchContactForm(page);

    await form.getByRole("tab", { name: "Planning" }).click();
    await form.getByRole("textbox", { name: "Name", exact: true }).fill("Suivi du rendez-vous");
    await form.getByRole("combobox", { name: "Type", exact: true }).selectOption("EMAIL");
    await form.getByLabel("Email Address").fill(to);
    await form.getByRole("tab", { name: "Result" }).click();
    await form.getByLabel("Communication Channel").selectOption("EMAIL");
    await form.getByLabel("Contact", { exact: true }).selectOption({ label: contact });
    const template = form.getByLabel("Template", { exact: true });
    const option = template.locator("option", { hasText: TEMPLATE });
    await template.selectOption((await option.first().getAttribute("value"))!);
    await form.getByRole("checkbox", { name: "Use Template" }).check();
    await expect(form.getByLabel("Subject", { exact: true })).toHaveValue("Suite à notre rendez-vous");
    await expect(form.getByTestId("template-culture")).toContainText("fr-FR");
    await form.getByRole("button", { name: "Send to customer" }).click();
    await expect(form).toHaveCount(0);

    // Sent only once the SMTP server accepted it.
    const row = interactions.getByRole("row", { name: /Suivi du rendez-vous/ });
    await expect(row).toContainText("Sent", { timeout: 30_000 });

    const sent = await receivedFor(to);
    expect(sent.subject).toBe("Suite à notre rendez-vous");
    expect(sent.messageId).toMatch(/^<[0-9a-f-]{36}@[^>]+>$/);
    expect(sent.from?.text).toBeTruthy();
    expect(sent.text).toContain(`Bonjour ${contact.split(" ")[0]}`);
    expect(sent.html).toContain("Bonjour");

    // The customer answers from another address: only In-Reply-To ties the reply to the message.
    const replySubject = `Re: ${sent.subject}`;
    await mail.deliver(
      [
        "From: Client <reply-from-elsewhere@client.example>",
        `To: ${mail.address}`,
        `Subject: ${replySubject}`,
        `Message-ID: <reply-${Date.now()}@client.example>`,
        `In-Reply-To: ${sent.messageId}`,
        `References: ${sent.messageId}`,
        `Date: ${new Date().toUTCString()}`,
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Merci, la proposition nous convient.",
        "",
      ].join("\r\n"),
    );
    // The poll runs every minute on the job queue.
    await expect(async () => {
      await page.reload();
      await expect(interactions.getByRole("row", { name: new RegExp(replySubject) })).toBeVisible({
        timeout: 2_000,
      });
    }).toPass({ timeout: 150_000, intervals: [5_000] });
  });
});
