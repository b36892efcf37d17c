import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test("a rep adds, corrects, edits and removes a contact's phone after creating the contact", async ({
  page,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  // The last contact by name: no other journey edits it.
  await page.goto("/contacts?sort=name&dir=desc");
  await page
    .getByRole("region", { name: "Contacts" })
    .locator("tbody tr")
    .first()
    .locator("a")
    .first()
    .click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);

  await page.getByRole("button", { name: "Add phone, email or address" }).click();
  const form = page.getByRole("form", { name: "Add phone, email or address" });
  await form.getByLabel("Value").fill("ring me");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Enter a phone number, e.g. +44 20 7946 0018")).toBeVisible();
  await expect(form.getByLabel("Value")).toHaveAttribute("aria-invalid", "true");

  const number = `020 7946 ${String(Date.now()).slice(-4)}`;
  await form.getByLabel("Value").fill(number);
  await form.getByLabel("Purpose").fill("desk line");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("button", { name: `Call ${number}` })).toBeVisible();

  await page.getByRole("button", { name: `Edit ${number}` }).click();
  const edit = page.getByRole("form", { name: "Edit phone" });
  const corrected = `+44 161 496 ${String(Date.now()).slice(-4)}`;
  await edit.getByLabel("Value").fill(corrected);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("button", { name: `Edit ${corrected}` })).toBeVisible();

  await page.getByRole("button", { name: `Remove ${corrected}` }).click();
  await expect(page.getByRole("button", { name: `Edit ${corrected}` })).toHaveCount(0);
  // Each change is in the contact's history.
  await page.reload();
  const history = page.getByRole("list", { name: "History" });
  await expect(history.getByText("mechanism.remove")).toHaveCount(1);
  await expect(history.getByText("mechanism.update")).toHaveCount(1);
});
