import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signUnsubscribeToken } from "../server/messaging/unsubscribe/token.ts";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

// The e2e app sends e-mail to the run's own SMTP server (scripts/e2e-smtp-sink.mjs, started by
// playwright.config.ts), so "Sent" here means a real SMTP server answered 250.

const WIDTHS = [1440, 1280, 1024];
async function screenshots(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: `/tmp/shots-email/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** One of the rep's accounts with an Email Marketing agreement (a consenting customer), opened. */
async function consentingAccount(page: Page): Promise<string> {
  await page.goto("/accounts");
  const hrefs = await page
    .locator("table tbody tr td:first-child a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  for (const href of hrefs) {
    await page.goto(href);
    const agreements = page.locator("section[aria-labelledby=agreements-heading]").filter({ visible: true });
    await expect(agreements).toBeVisible();
    if (await agreements.getByText("Email Marketing", { exact: true }).count()) return href;
  }
  // No consenting account on the first page: a service e-mail needs no consent, so the first will do.
  await page.goto(hrefs[0]!);
  return hrefs[0]!;
}

test("a rep sends an e-mail from the action panel and sees it become Sent once the server accepted it", async ({
  page,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await consentingAccount(page);
  await page.getByTestId("action-panel").getByRole("button", { name: "Send email" }).click();
  const dialog = page.getByRole("dialog", { name: /Send email/ });
  await expect(dialog).toBeVisible();

  // An invalid address is refused on its field, before anything is written.
  const to = dialog.getByRole("textbox", { name: "To" });
  await to.fill("not-an-address");
  await dialog.getByLabel("Subject").fill("Your EUR/USD forward quote");
  await dialog
    .getByLabel("Body")
    .fill("Dear client,\n\nPlease find our 12-month forward quote below.\n\nAlice");
  await dialog.getByRole("button", { name: "Send" }).click();
  await expect(dialog.getByText("Enter a valid email address")).toBeVisible();
  await expect(to).toHaveAttribute("aria-invalid", "true");

  // An attachment over 2 MB is refused before it is read or uploaded.
  await dialog.locator("input[type=file]").setInputFiles({
    name: "big.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.alloc(2 * 1024 * 1024 + 1),
  });
  await expect(dialog.getByRole("alert")).toContainText(
    "big.pdf is 2.0 MB; each attachment may be at most 2 MB.",
  );
  await dialog.locator("input[type=file]").setInputFiles({
    name: "quote.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("EUR/USD 12M forward 1.0950"),
  });
  await expect(dialog.getByRole("list", { name: "Attachments" })).toContainText("quote.txt");
  await to.fill("treasury@client.example");
  await screenshots(page, "compose-dialog");
  await dialog.getByRole("button", { name: "Send" }).click();

  // "Queued" (or already further) at once, then the server's answer: never "Sent" before it.
  const state = dialog.getByTestId("message-state");
  await expect(state).toBeVisible();
  await expect(state).toHaveAttribute("data-state", "SENT");
  await expect(dialog.getByTestId("message-reply")).toContainText("250");
  await screenshots(page, "compose-sent");
  await dialog.getByRole("button", { name: "Close" }).first().click();
  await expect(dialog).toHaveCount(0);

  // The account's interactions show the message's state, with the server's reply on hover.
  await page.reload();
  const interactions = page
    .locator("section[aria-labelledby=interactions-heading]")
    .filter({ visible: true });
  const row = interactions.getByRole("row", { name: /Your EUR\/USD forward quote/ }).first();
  await expect(row.getByTestId("message-state")).toHaveAttribute("data-state", "SENT");
  await expect(row.getByTestId("message-state")).toHaveAttribute("title", /^250/);
  await interactions.scrollIntoViewIfNeeded();
  await screenshots(page, "interactions-state");
});

test("an admin finds the message in Admin → Outbox and opens it as it was sent", async ({ page }) => {
  await loginAs(page, DEMO_USERS.admin.email, DEMO_PASSWORD);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin areas" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "State" })
    .getByRole("link", { name: "Sent", exact: true })
    .click();
  await expect(page).toHaveURL(/state=SENT/);
  await screenshots(page, "outbox");
  await page.getByRole("link", { name: "Your EUR/USD forward quote" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Your EUR/USD forward quote" })).toBeVisible();
  await expect(page.getByText("Message-ID:")).toBeVisible();
  await expect(page.getByText("treasury@client.example")).toBeVisible();
  await expect(page.getByText("quote.txt (text/plain)")).toBeVisible();
  await expect(page.locator("iframe[sandbox='']")).toHaveCount(1);
  await screenshots(page, "outbox-message");

  // A forged unsubscribe link is refused and changes nothing; the page needs no sign-in.
  const res = await page.request.post("/unsubscribe/eyJhIjoiYiJ9.forged", {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(res.status()).toBe(400);
  const anonymous = await page.context().browser()!.newPage();
  await anonymous.goto(new URL("/unsubscribe/eyJhIjoiYiJ9.forged", page.url()).toString());
  await expect(anonymous.getByRole("heading", { name: "This unsubscribe link is not valid" })).toBeVisible();
  await screenshots(anonymous, "unsubscribe-forged");
  await anonymous.close();
});

test("the unsubscribe link in a marketing e-mail ends the customer's e-mail consent without sign-in", async ({
  page,
  browser,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  const href = await consentingAccount(page);
  const agreements = page.locator("section[aria-labelledby=agreements-heading]").filter({ visible: true });
  test.skip(
    !(await agreements.getByText("Email Marketing", { exact: true }).count()),
    "no consenting account",
  );
  // The link a marketing e-mail to this account carries, signed with the e2e server's secret.
  const secret = fs.readFileSync("data/.e2e-nextauth-secret", "utf8").trim();
  const accountId = href.split("/").pop()!;
  const token = signUnsubscribeToken({ accountId }, { env: { NEXTAUTH_SECRET: secret } });

  const recipient = await browser.newPage(); // a browser with no session
  await recipient.goto(new URL(`/unsubscribe/${token}`, page.url()).toString());
  await expect(recipient.getByRole("heading", { name: "Unsubscribe from marketing e-mail" })).toBeVisible();
  await screenshots(recipient, "unsubscribe-confirm");
  await recipient.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(recipient.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
  await screenshots(recipient, "unsubscribe-done");
  // A mail client's one-click POST again changes nothing more and still answers 200.
  const again = await recipient.request.post(new URL(`/unsubscribe/${token}`, page.url()).toString(), {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(again.status()).toBe(200);
  await recipient.close();

  await page.reload();
  await expect(agreements).toBeVisible();
  await expect(agreements.getByText("Email Marketing", { exact: true })).toHaveCount(0);
});
