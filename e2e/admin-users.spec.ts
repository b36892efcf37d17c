import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";
import { expectNoSeriousA11yViolations } from "./fixtures/axe.ts";

const WIDTHS = [1440, 1280, 1024];

/** The page at each width the app is checked at, for looking at (not compared). */
async function screenshots(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/wt-c-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test.describe("Admin → Users", () => {
  test("an admin adds a rep who signs in, then disables them mid-session and the rep is signed out", async ({
    page,
    browser,
  }) => {
    const suffix = Date.now().toString(36);
    const rep = {
      name: `Rita Newhire ${suffix}`,
      email: `rita.${suffix}@dealfloor.test`,
      password: "brass lantern harbour",
    };
    await loginAs(page, DEMO_USERS.admin.email, DEMO_PASSWORD);

    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: DEMO_USERS.rep.name })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "users-list");

    await page.getByRole("link", { name: "New user" }).click();
    const form = page.getByRole("form", { name: "New user" });
    await form.getByLabel("Initial password").fill("short");
    await form.getByLabel("Direct line").fill("not a number");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByText("Enter the name")).toBeVisible();
    await expect(form.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(form.getByText(/Enter a phone number/)).toBeVisible();
    await expect(form.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "user-form-errors");

    await form.getByLabel("Name").fill(rep.name);
    await form.getByLabel("E-mail").fill(rep.email);
    await form.getByLabel("Role").selectOption("REP");
    await form.getByLabel("Initial password").fill(rep.password);
    await form.getByLabel("Direct line").fill("");
    await form.getByLabel("Extension").fill("");
    await form.getByLabel(DEMO_USERS.rep.teams[0]!).selectOption("member");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByRole("status").filter({ hasText: "can now sign in" })).toBeVisible();
    await expect(page.getByRole("heading", { name: rep.name })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "user-edit");

    // The rep signs in through the real login page, in a browser of their own.
    const repContext = await browser.newContext();
    const repPage = await repContext.newPage();
    await loginAs(repPage, rep.email, rep.password);
    const mine = `/api/trpc/tasks.mine?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;
    expect((await repPage.request.get(mine)).status()).toBe(200);

    // Mid-session, the admin disables them.
    await page.reload();
    await expect(page.getByText(/Active, signed in on 1 browser\b/)).toBeVisible();
    await page.getByRole("button", { name: `Disable ${rep.name}` }).click();
    await page.getByRole("button", { name: "Yes, disable and sign out" }).click();
    await expect(page.getByText("Disabled", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: `Enable ${rep.name}` })).toBeVisible();

    // The rep's very next request is refused, and their next action in the page signs them out.
    expect((await repPage.request.get(mine)).status()).toBe(401);
    await repPage.keyboard.press("Control+k");
    await repPage.getByRole("combobox", { name: "Search" }).fill("Northgate");
    await expect(repPage).toHaveURL(/\/login/);
    await repPage.getByLabel("Email").fill(rep.email);
    await repPage.getByLabel("Password").fill(rep.password);
    await repPage.getByRole("button", { name: "Sign in" }).click();
    await expect(repPage.getByTestId("login-error")).toHaveText("Wrong email or password.");

    // Enabled again, with a one-time link to a new password (handed over by hand: no e-mail yet).
    await page.getByRole("button", { name: `Enable ${rep.name}` }).click();
    await expect(page.getByText(/Dealfloor does not send e-mail yet/)).toBeVisible();
    await page.getByRole("button", { name: "Create a reset link" }).click();
    const link = (await page.getByTestId("reset-link").innerText()).trim();
    expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{40,}$/);

    await repPage.goto(link);
    const reset = repPage.getByRole("form", { name: "Set a new password" });
    await reset.getByLabel("New password").fill("aaaaaaaaaaaaaaaa");
    await reset.getByLabel("Repeat it").fill("aaaaaaaaaaaaaaaa");
    await reset.getByRole("button", { name: "Set password" }).click();
    await expect(reset.getByText(/too easy to guess/)).toBeVisible();
    await expectNoSeriousA11yViolations(repPage);
    await screenshots(repPage, "reset-password");
    await reset.getByLabel("New password").fill("quiet orchard telescope");
    await reset.getByLabel("Repeat it").fill("quiet orchard telescope");
    await reset.getByRole("button", { name: "Set password" }).click();
    await expect(repPage.getByText("Your password is set")).toBeVisible();
    await repPage.goto(link);
    await expect(repPage.getByTestId("reset-refused")).toContainText("expired or was already used");
    await loginAs(repPage, rep.email, "quiet orchard telescope");
    await repContext.close();
  });

  test("the last active admin cannot demote themselves", async ({ page }) => {
    await loginAs(page, DEMO_USERS.admin.email, DEMO_PASSWORD);
    await page.goto("/admin/users");
    await page.getByRole("link", { name: DEMO_USERS.admin.name }).click();
    const form = page.getByRole("form", { name: "Edit user" });
    await form.getByLabel("Role").selectOption("REP");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form.getByText(/last active admin/)).toBeVisible();
    await expect(page.getByText("You cannot disable your own account.")).toBeVisible();
  });
});

test.describe("Admin → Teams", () => {
  test("an admin creates, renames and archives a team", async ({ page }) => {
    const name = `Equities ${Date.now().toString(36)}`;
    await loginAs(page, DEMO_USERS.admin.email, DEMO_PASSWORD);
    await page.goto("/admin/teams");
    const add = page.getByRole("form", { name: "New team" });
    await add.getByRole("button", { name: "Add team" }).click();
    await expect(add.getByText("Enter the team's name")).toBeVisible();
    await add.getByLabel("New team").fill(name);
    await add.getByRole("button", { name: "Add team" }).click();
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row.getByRole("button", { name: `Archive ${name}` })).toBeVisible();

    await row.getByRole("button", { name: `Edit ${name}` }).click();
    const edit = page.getByRole("form", { name: `Edit ${name}` });
    await edit.getByLabel("Team name").fill(`${name} Sales`);
    await edit.getByLabel("E-mail From").fill("not an address");
    await edit.getByRole("button", { name: "Save" }).click();
    await expect(edit.getByText("Enter an address, e.g. Rates Desk <rates@bank.example>")).toBeVisible();
    await edit.getByLabel("E-mail From").fill(`${name} Sales <sales@bank.example>`);
    await edit.getByRole("button", { name: "Save" }).click();
    const renamed = page.getByRole("row").filter({ hasText: `${name} Sales` });
    await expect(renamed).toContainText(`E-mail from ${name} Sales <sales@bank.example>`);
    await renamed.getByRole("button", { name: `Archive ${name} Sales` }).click();
    await expect(renamed).toContainText("Archived");

    // A team with people in it is not archived: the admin is told why.
    const fx = page.getByRole("row").filter({ hasText: DEMO_USERS.rep.teams[0]! });
    await fx.getByRole("button", { name: `Archive ${DEMO_USERS.rep.teams[0]}` }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "move them to another team first" }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "teams");
  });
});
