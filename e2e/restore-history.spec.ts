import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test("a rep edits and deletes an account; an admin restores it and reads its history", async ({
  page,
  browser,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/accounts?segment=CORPORATE");
  // The last row of the page: other journeys work on the first ones.
  const link = page.locator("table tbody tr td:first-child a").last();
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const form = page.getByRole("form", { name: "Edit account" });
  await form.getByRole("textbox", { name: "Party Group Name" }).fill("");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Party Group Name is required")).toBeVisible();
  await form.getByRole("textbox", { name: "Party Group Name" }).fill(name);
  await form.getByRole("textbox", { name: "Location Comments" }).fill("Reception on the 4th floor");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByText("Reception on the 4th floor").first()).toBeVisible();

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page).toHaveURL(/\/accounts$/);
  const accountUrl = page.url();
  expect(accountUrl).toBeTruthy();

  const admin = await browser.newPage();
  await loginAs(admin, DEMO_USERS.admin.email, DEMO_PASSWORD);
  await admin.goto("/admin");
  const deleted = admin.locator("section[aria-labelledby=deleted-heading]");
  await expect(deleted.getByText(name)).toBeVisible();
  await deleted.getByRole("button", { name: `Restore ${name}` }).click();
  await expect(deleted.getByText(name)).toHaveCount(0);

  await admin.goto("/admin?entityType=Account&action=restore");
  await admin
    .getByRole("link", { name: /^Account / })
    .first()
    .click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await admin.getByRole("tab", { name: "History" }).click();
  const history = admin.getByRole("list", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(history.getByRole("listitem").nth(0)).toContainText("restore");
  await expect(history.getByRole("listitem").nth(1)).toContainText("delete");
  await expect(history.getByRole("listitem").nth(2)).toContainText("Reception on the 4th floor");
  await admin.close();
});

test("a rep edits and deletes a contact; an admin restores it and the history shows every step", async ({
  page,
  browser,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/contacts");
  // The last row of the first page: other journeys work on the first ones.
  const link = page.locator("table tbody tr td:first-child a").last();
  await link.click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  const contactUrl = page.url();

  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const form = page.getByRole("form", { name: "Edit contact" });
  await form.getByRole("textbox", { name: "Surname" }).fill("");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Surname is required")).toBeVisible();
  const stamp = Date.now().toString(36);
  const surname = `Restored${stamp}`;
  await form.getByRole("textbox", { name: "Surname" }).fill(surname);
  await form.getByRole("textbox", { name: "Job Title" }).fill(`Treasury lead ${stamp}`);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(surname) })).toBeVisible();
  await expect(page.getByRole("list", { name: "History" })).toContainText(`Treasury lead ${stamp}`);

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("button", { name: "Delete contact" }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await page.goto(contactUrl);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(surname) })).toHaveCount(0);

  const admin = await browser.newPage();
  await loginAs(admin, DEMO_USERS.admin.email, DEMO_PASSWORD);
  await admin.goto("/admin");
  const deleted = admin.locator("section[aria-labelledby=deleted-heading]");
  const row = deleted.getByRole("listitem").filter({ hasText: surname });
  await expect(row).toContainText("Contact");
  await row.getByRole("button", { name: /^Restore / }).click();
  await expect(row).toHaveCount(0);

  await admin.goto(contactUrl);
  const history = admin.getByRole("list", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(history.getByRole("listitem").first()).toContainText("restore");
});
