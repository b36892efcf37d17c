import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

const SHOTS = process.env.TEMPLATE_SHOTS; // a folder: screenshots at three widths when set

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1440, 1280, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The rep's French accounts (location "…, France") on the first page of their list. */
async function frenchAccounts(page: Page) {
  await page.goto("/accounts");
  const rows = await page
    .locator("table tbody tr")
    .filter({ hasText: ", France" })
    .locator("td:first-child a")
    .evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute("href")!, name: a.textContent!.trim() })),
    );
  expect(rows.length, "a French account on the rep's first page").toBeGreaterThan(0);
  return rows;
}

test("an admin writes a template with a French version and previews it; a rep uses it for a French contact", async ({
  page,
  browser,
}) => {
  const name = `Rendez-vous ${Date.now()}`;
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await loginAs(admin, DEMO_USERS.admin.email, DEMO_PASSWORD);
  await admin.goto("/admin");
  await admin
    .getByRole("navigation", { name: "Admin areas" })
    .getByRole("link", { name: "Templates" })
    .click();
  await expect(admin.getByRole("heading", { name: "Templates", level: 1 })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "Meeting follow-up" })).toBeVisible();

  await admin.getByRole("button", { name: "New template" }).click();
  const form = admin.getByRole("form", { name: "Template" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Subject (en-GB)").fill("Our meeting");
  // The picker inserts at the cursor of the field last focused.
  const enBody = form.getByLabel("Body (en-GB)");
  await enBody.fill("Dear , see you soon.");
  await enBody.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(5, 5));
  await form.getByLabel("Insert placeholder").selectOption("contact.foreName");
  await expect(enBody).toHaveValue("Dear {{contact.foreName}}, see you soon.");

  await form.getByLabel("Add a culture").fill("fr-FR");
  await form.getByRole("button", { name: "Add culture" }).click();
  await expect(form.getByRole("tab", { name: "fr-FR" })).toHaveAttribute("aria-selected", "true");
  await form.getByLabel("Subject (fr-FR)").fill("Notre rendez-vous");
  await form
    .getByLabel("Body (fr-FR)")
    .fill("Bonjour {{contact.foreName}},\n{{contact.nickname}}\n{{sender.name}}");
  await form.getByRole("button", { name: "Save template" }).click();
  // Refused on the French body, naming the placeholder and its line.
  await expect(form.getByText("Unknown placeholder {{contact.nickname}} on line 2")).toBeVisible();
  await form.getByLabel("Body (fr-FR)").fill("Bonjour {{contact.foreName}},\nà bientôt.\n{{sender.name}}");
  await form.getByRole("button", { name: "Save template" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: name })).toContainText("fr-FR");

  // Preview on a real French account (one of the rep's, found by name) and its contact.
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  const french = await frenchAccounts(page);
  const preview = admin.getByRole("region", { name: "Preview" });
  await preview.getByLabel("Find an account").fill(french[0]!.name);
  const account = preview.getByLabel("Account", { exact: true });
  await expect(account.locator("option", { hasText: french[0]!.name }).first()).toBeAttached();
  await account.selectOption({ index: 1 });
  const contact = preview.getByLabel("Contact");
  await expect(contact).toBeEnabled();
  const contactOptions = contact.locator("option", { hasText: "(fr-FR)" });
  if (await contactOptions.count()) {
    await contact.selectOption({ label: (await contactOptions.first().textContent())! });
  }
  await expect(preview.getByTestId("preview-subject")).toHaveText("Notre rendez-vous");
  await expect(preview.getByTestId("preview-body")).toContainText("Bonjour");
  await expect(preview.getByTestId("preview-body")).toContainText(DEMO_USERS.admin.name);
  await shoot(admin, "admin-templates");

  // The rep, on a French contact, uses the template in the Result tab and gets the French text.
  let contactLabel: string | null = null;
  const interactions = page
    .locator("section[aria-labelledby=interactions-heading]")
    .filter({ visible: true });
  const newInteraction = page.getByRole("form", { name: "New interaction" });
  for (const { href } of french) {
    await page.goto(href);
    await interactions.getByRole("button", { name: "Insert" }).click();
    await newInteraction.getByRole("tab", { name: "Result" }).click();
    const contactSelect = newInteraction.getByLabel("Contact", { exact: true });
    await expect(contactSelect.locator("option").first()).not.toHaveText("Loading…");
    const french = contactSelect.locator("option", { hasText: "(fr-FR)" });
    if (await french.count()) {
      contactLabel = await french.first().textContent();
      break;
    }
  }
  expect(contactLabel, "a French contact on a French account").not.toBeNull();
  await newInteraction.getByRole("tab", { name: "Planning" }).click();
  await newInteraction.getByRole("textbox", { name: "Name", exact: true }).fill("Rendez-vous confirmation");
  await newInteraction.getByRole("combobox", { name: "Type", exact: true }).selectOption("EMAIL");
  await newInteraction.getByRole("tab", { name: "Result" }).click();
  await newInteraction.getByLabel("Communication Channel").selectOption("EMAIL");
  await newInteraction.getByLabel("Contact", { exact: true }).selectOption({ label: contactLabel! });
  await newInteraction
    .getByLabel("Template", { exact: true })
    .selectOption({ label: `${name} (en-GB, fr-FR)` });
  await newInteraction.getByRole("checkbox", { name: "Use Template" }).check();
  const foreName = contactLabel!.split(" ")[0]!;
  await expect(newInteraction.getByLabel("Body", { exact: true })).toHaveValue(
    `Bonjour ${foreName},\nà bientôt.\n${DEMO_USERS.rep.name}`,
  );
  await expect(newInteraction.getByLabel("Subject", { exact: true })).toHaveValue("Notre rendez-vous");
  await expect(newInteraction.getByLabel("Action Template Content")).toHaveValue(
    "Bonjour {{contact.foreName}},\nà bientôt.\n{{sender.name}}",
  );
  await expect(newInteraction.getByTestId("template-culture")).toContainText("fr-FR (the contact's culture)");
  await shoot(page, "result-tab");
  await newInteraction.getByRole("button", { name: "Save interaction" }).click();
  await expect(newInteraction).toHaveCount(0);
  await expect(
    interactions.getByRole("cell", { name: "Rendez-vous confirmation", exact: true }),
  ).toBeVisible();
});
