import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test.describe("signing in", () => {
  for (const user of [DEMO_USERS.rep, DEMO_USERS.manager, DEMO_USERS.admin]) {
    test(`a ${user.role.toLowerCase()} signs in through the login page`, async ({ page }) => {
      await loginAs(page, user.email, DEMO_PASSWORD);
      await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
      await expect(page.getByTestId("user-menu")).toContainText(user.name);
    });
  }

  test("a wrong password shows an error and stays on the login page", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO_USERS.rep.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the login page lists the demo logins when the database holds demo data", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByText(DEMO_USERS.admin.email)).toBeVisible();
  });

  test("a CRM page without a session goes to the login page", async ({ page }) => {
    await page.goto("/opportunities");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an API called without a session answers 401 with a reason, not the login page", async ({
    request,
  }) => {
    for (const path of ["/api/export/accounts", "/api/telephony/stream"]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(401);
      expect(JSON.stringify(await res.json()), path).toMatch(/Sign in/);
    }
  });

  test("after sign-out, the back button leads to the login page", async ({ page }) => {
    await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
    await page.goto("/contacts");
    await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
    await page.getByTestId("user-menu").click();
    await page.getByTestId("sign-out").click();
    await expect(page).toHaveURL(/\/login/);
    await page.goBack();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toHaveCount(0);
  });
});
