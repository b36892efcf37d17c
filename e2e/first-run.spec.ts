import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures/axe.ts";
import { DEMO_USERS } from "./fixtures/users.ts";
import { appEnv } from "../scripts/lib/app-env.mjs";
import { setupCodeFor } from "../server/setup/setup-code.ts";

// Against the second e2e server (scripts/e2e-server.mjs --first-run): an empty database outside
// demo mode, a production database's first start. The tests build on each other, in order.
test.use({ baseURL: `http://localhost:${process.env.E2E_FIRST_RUN_PORT ?? "3211"}` });
test.describe.configure({ mode: "serial" });

const ADMIN = { name: "Grace Hopper", email: "grace.hopper@bank.example", password: "cobol compiler 1959" };

// The e2e server's setup code, derived as the server derives it from the NEXTAUTH_SECRET that
// scripts/e2e-server.mjs gives it (this environment's, else the one it keeps in data/).
const SETUP_CODE = setupCodeFor(
  appEnv({ secretFile: "data/.e2e-nextauth-secret", fillIn: true }).NEXTAUTH_SECRET!,
);

test.describe("the first run on an empty database", () => {
  test("every way in leads to the setup page, with no demo logins, and the icon loads", async ({
    page,
    request,
  }) => {
    await page.goto("/login");
    await expect(page).toHaveURL(/\/setup$/);
    await page.goto("/accounts");
    await expect(page).toHaveURL(/\/setup$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Create the first administrator" }),
    ).toBeVisible();
    await expect(page.getByText(DEMO_USERS.admin.email)).toHaveCount(0);
    await expect(page.getByText("Demo logins")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    const icon = await request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const manifest = await request.get("/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    expect(await manifest.json()).toMatchObject({ name: "Dealfloor" });
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  });

  test("a post from another site is refused and creates nobody", async ({ request }) => {
    const res = await request.post("/api/setup", {
      headers: { Origin: "http://evil.example" },
      data: {
        setupCode: SETUP_CODE,
        name: "Mallory",
        email: "mallory@evil.example",
        password: "x".repeat(20),
        confirmPassword: "x".repeat(20),
      },
    });
    expect(res.status()).toBe(403);
  });

  test("without the server's setup code nobody is created, whatever else is right", async ({
    page,
    request,
  }) => {
    await page.goto("/setup");
    const code = page.getByLabel("Setup code");
    await expect(code).toHaveAccessibleDescription("Printed in the server's log and by npm start.");
    await page.getByLabel("Name").fill("Mallory");
    await page.getByLabel("Email").fill("mallory@evil.example");
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByLabel("Repeat the password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Create administrator" }).click();
    await expect(code).toHaveAccessibleDescription(/^Enter the setup code/);

    await code.fill("ABCD-EFGH-JKMN");
    await page.getByRole("button", { name: "Create administrator" }).click();
    await expect(code).toHaveAccessibleDescription(
      /^That is not this server's setup code\. Check it and type it again\./,
    );
    await expect(page).toHaveURL(/\/setup$/);
    await expectNoSeriousA11yViolations(page);

    const res = await request.post("/api/setup", {
      headers: { Origin: new URL(page.url()).origin },
      data: {
        name: "Mallory",
        email: "mallory@evil.example",
        password: ADMIN.password,
        confirmPassword: ADMIN.password,
      },
    });
    expect(res.status()).toBe(400);
    expect((await res.json()).error.fieldErrors).toEqual({ setupCode: ["Enter the setup code"] });
  });

  test("bad input gets a message on its field", async ({ page }) => {
    await page.goto("/setup");
    await page.getByLabel("Setup code").fill(SETUP_CODE);
    await page.getByLabel("Name").fill(ADMIN.name);
    await page.getByLabel("Email").fill("grace at bank");
    await page.getByLabel(/^Password/).fill("short");
    await page.getByLabel("Repeat the password").fill("short");
    await page.getByRole("button", { name: "Create administrator" }).click();
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address");
    await expect(page.getByLabel(/^Password/)).toHaveAccessibleDescription(/Use at least 12 characters\./);
    await expect(page).toHaveURL(/\/setup$/);
  });

  test("the first administrator is created and signed in, and the page is gone for good", async ({
    page,
    request,
  }) => {
    await page.goto("/setup");
    // Typed as a person copies it off a terminal: lower case, no dashes.
    await page.getByLabel("Setup code").fill(SETUP_CODE.toLowerCase().replace(/-/g, ""));
    await page.getByLabel("Name").fill(ADMIN.name);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByLabel("Repeat the password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Create administrator" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("user-menu")).toContainText(ADMIN.name);
    await expect(page.getByText(ADMIN.email).first()).toBeVisible();

    const again = await request.post("/api/setup", {
      headers: { Origin: new URL(page.url()).origin },
      data: {
        setupCode: SETUP_CODE,
        name: "Second",
        email: "second@bank.example",
        password: ADMIN.password,
        confirmPassword: ADMIN.password,
      },
    });
    expect(again.status()).toBe(409);

    await page.getByTestId("user-menu").click();
    await page.getByTestId("sign-out").click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/setup");
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Dealfloor" })).toBeVisible();
    await expect(page.getByText("Demo logins")).toHaveCount(0);

    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).not.toHaveURL(/\/login/);
  });
});
