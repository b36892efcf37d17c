import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test("a rep creates a contact, is told about a duplicate phone and can open the existing one", async ({
  page,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/contacts");
  await page.getByRole("link", { name: "New contact" }).first().click();
  const form = page.getByRole("form", { name: "New contact" });
  await form.getByRole("button", { name: "Create contact" }).click();
  await expect(form.getByText("ForeName is required")).toBeVisible();
  await expect(form.getByText("Surname is required")).toBeVisible();

  const phone = `+44 20 7946 ${String(Date.now() % 10000).padStart(4, "0")}`;
  await form.getByRole("textbox", { name: "ForeName" }).fill("Nadia");
  await form.getByRole("textbox", { name: "Surname" }).fill("Kowalski");
  await form.getByRole("textbox", { name: "Phone" }).fill(phone);
  await form.getByRole("button", { name: "Create contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nadia Kowalski" })).toBeVisible();

  await page.goto("/contacts/new");
  await form.getByRole("textbox", { name: "ForeName" }).fill("Nadia");
  await form.getByRole("textbox", { name: "Surname" }).fill("Kowalska");
  // The same number, typed the national way.
  await form.getByRole("textbox", { name: "Phone" }).fill(phone.replace("+44 20", "020"));
  await form.getByRole("textbox", { name: "Email" }).focus();
  const warning = page.getByTestId("duplicate-warning");
  await expect(warning).toContainText("already exists");
  await warning.getByRole("link", { name: "Open Nadia Kowalski" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nadia Kowalski" })).toBeVisible();
});
