import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";
import { kannelE2eStartEnv, smsE2eEnv } from "../scripts/kannel/e2e-env.mjs";
import { agreementRows, agreementsOf, findAccountByAgreements } from "./fixtures/agreements.ts";

// An SMS through a real Kannel (bearerbox, the fake SMSC, smsbox) started here on the e2e ports:
// the rep sends it from the Sales tab and it shows Delivered once Kannel's report came back; the customer's
// STOP comes back through the fake SMSC and withdraws the account's SMS Marketing agreement.
// The app server must boot with smsE2eEnv(E2E_PORT) (SMS_GATEWAY_URL pointing at this Kannel).

const PORT = process.env.E2E_PORT ?? "3210";
const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/shots-sms";
let runDir: string;
let kannelEnv: NodeJS.ProcessEnv;

test.beforeAll(() => {
  const expected = smsE2eEnv(PORT);
  if (process.env.SMS_GATEWAY_URL !== expected.SMS_GATEWAY_URL)
    throw new Error(
      "The e2e server has no SMS gateway: start it with smsE2eEnv(E2E_PORT) from scripts/kannel/e2e-env.mjs " +
        `(SMS_GATEWAY_URL=${expected.SMS_GATEWAY_URL}, SMS_INBOUND_SECRET, SMS_CALLBACK_URL).`,
    );
  runDir = mkdtempSync(path.join(tmpdir(), "dealfloor-e2e-kannel-"));
  kannelEnv = { ...process.env, ...kannelE2eStartEnv(PORT, runDir) };
  execFileSync("bash", ["scripts/kannel/start.sh"], {
    env: kannelEnv,
    stdio: ["ignore", "ignore", "inherit"],
  });
});
test.afterAll(() => {
  if (!runDir) return;
  execFileSync("bash", ["scripts/kannel/stop.sh"], { env: kannelEnv, stdio: "inherit" });
  rmSync(runDir, { recursive: true, force: true });
});

// The page scrolls inside its layout, so each shot first brings the part that matters into view.
async function shoot(page: Page, name: string, focus: Locator) {
  for (const width of [1440, 1280, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await focus.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/sms-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const smsAgreement = (page: Page) => agreementRows(page, "SMS Marketing");

/** One of the rep's accounts with an active SMS Marketing agreement. */
const accountWithSmsConsent = (page: Page) =>
  findAccountByAgreements(
    page,
    async (p) => (await smsAgreement(p).filter({ hasText: "Active" }).count()) > 0,
    "has an active SMS Marketing agreement",
  );

test("a rep sends an SMS that Kannel accepts, and the customer's STOP withdraws SMS consent", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  const accountHref = await accountWithSmsConsent(page);

  // The customer's mobile, on the account, so an SMS from it is matched to the account.
  const mobile = `+44 7700 900${String(Date.now()).slice(-3)}`;
  const e164 = mobile.replaceAll(" ", "");
  await page.getByRole("button", { name: "Add phone, email or address" }).click();
  const mech = page.getByRole("form", { name: "Add phone, email or address" });
  await mech.getByLabel("Value").fill(mobile);
  await mech.getByLabel("Purpose").fill("mobile");
  await mech.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("button", { name: `Edit ${mobile}` })).toBeVisible();

  const interactions = page
    .locator("section[aria-labelledby=interactions-heading]")
    .filter({ visible: true });
  await interactions.getByRole("button", { name: "Insert" }).click();
  const form = page.getByRole("form", { name: "New interaction" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("SMS rate alert");
  await form.getByRole("combobox", { name: "Type", exact: true }).selectOption("SMS");
  await form.getByLabel("Phone Number").fill("12345");
  await form.getByRole("tab", { name: "Result" }).click();
  await form.getByLabel("Communication Channel").selectOption("SMS");
  // The parts counter follows the text: € counts twice in GSM-7; ê switches to UCS-2.
  await form.getByLabel("Body", { exact: true }).fill("EUR/GBP at 0.86 today, €1m min.");
  await expect(form.getByTestId("sms-parts")).toContainText("1 part (GSM-7, 32 characters");
  await form.getByLabel("Body", { exact: true }).fill("ê".repeat(71));
  await expect(form.getByTestId("sms-parts")).toContainText("2 parts (UCS-2");
  await form.getByLabel("Body", { exact: true }).fill("EUR/GBP at 0.86 today. Reply STOP to opt out.");
  await shoot(page, "result-tab", form.getByTestId("sms-parts"));

  // A number that is not E.164 is refused on its field; nothing is sent.
  await form.getByRole("button", { name: "Send to customer" }).click();
  await form.getByRole("tab", { name: "Planning" }).click();
  await expect(form.getByText("Enter a valid mobile number")).toBeVisible();
  await form.getByLabel("Phone Number").fill(mobile);
  await form.getByRole("button", { name: "Send to customer" }).click();
  await expect(form).toHaveCount(0);

  // Sent once Kannel answered "0: Accepted for delivery", then Delivered when the fake SMSC's
  // delivery report reaches the app's DLR URL: the row ends on the report's state.
  const row = interactions.getByRole("row").filter({ hasText: "SMS rate alert" });
  await expect(async () => {
    await page.reload();
    await expect(row.getByText("Delivered", { exact: true })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await shoot(page, "sent", row);

  // The customer replies STOP: Kannel's fake SMSC hands it to the app's inbound URL.
  writeFileSync(path.join(runDir, "mo.fifo"), `${e164} 441234 text STOP\n`, { flag: "a" });
  await expect(async () => {
    await page.reload();
    await expect(smsAgreement(page).filter({ hasText: "Active" })).toHaveCount(0, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await agreementsOf(page).getByRole("link", { name: "Show inactive too" }).click();
  await expect(smsAgreement(page).filter({ hasText: "Withdrawn" }).first()).toBeVisible();
  await expect(interactions.getByRole("row").filter({ hasText: `SMS opt-out from ${e164}` })).toBeVisible();
  await shoot(page, "stop-withdrawn", smsAgreement(page).first());
  expect(accountHref).toMatch(/^\/accounts\//);
});
