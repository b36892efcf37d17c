import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test("a rep creates an account, and a second one with the same phone is offered the first", async ({
  page,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/accounts");
  await page.getByRole("link", { name: "New account" }).click();
  const form = page.getByRole("form", { name: "New account" });
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("Party Group Name is required")).toBeVisible();
  await expect(form.getByText("Choose an Account Type")).toBeVisible();

  const stamp = Date.now().toString().slice(-6);
  const name = `Northgate Logistics ${stamp} Ltd`;
  const phone = `020 7946 ${stamp.slice(-4)}`;
  await form.getByLabel("Party Group Name").fill(name);
  await form.getByLabel("Account Type").selectOption({ label: "Organisation" });
  await form.getByLabel("Phone").fill(phone);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("button", { name: `Call ${phone}` })).toBeVisible();
  const firstUrl = page.url();

  await page.goto("/accounts/new");
  await form.getByLabel("Party Group Name").fill(`${name} (trading arm)`);
  await form.getByLabel("Account Type").selectOption({ label: "Organisation" });
  await form.getByLabel("Phone").fill(`+44 20 7946 ${stamp.slice(-4)}`);
  await form.getByRole("button", { name: "Create account" }).click();
  const warning = form.getByTestId("duplicate-warning");
  await expect(warning).toContainText("A record with this phone already exists");
  await warning.getByRole("link", { name: `Open account ${name}` }).click();
  await expect(page).toHaveURL(firstUrl);
});
