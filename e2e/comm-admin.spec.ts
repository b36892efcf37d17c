import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD } from "./fixtures/users.ts";
import { DEMO_USERS } from "../prisma/demo-users.ts";
import { expectNoSeriousA11yViolations } from "./fixtures/axe.ts";

test.describe("communication-centre administration", () => {
  test.beforeEach(async ({ page }) => loginAs(page, DEMO_USERS.admin.email, DEMO_PASSWORD));

  test("an admin adds a rule, sees it in priority order, and deletes it", async ({ page }) => {
    const name = `Gold desk ${Date.now().toString(36)}`;
    await page.goto("/admin/comm-rules");
    await page.getByRole("button", { name: "New rule" }).click();
    const form = page.getByRole("form", { name: "Rule" });
    await form.getByRole("button", { name: "Save rule" }).click();
    await expect(form.getByText("Name is required")).toBeVisible();
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Priority").fill("95");
    await form.getByRole("checkbox", { name: "XAU/USD" }).check();
    await form.getByRole("checkbox", { name: "Pricing" }).check();
    await form.getByRole("button", { name: "Save rule" }).click();
    const rule = page.getByTestId("rules").getByRole("listitem").filter({ hasText: name });
    await expect(rule).toContainText("trades XAU/USD");
    await expect(page.getByTestId("rules").getByRole("listitem").last()).toContainText(name);
    await expectNoSeriousA11yViolations(page);
    page.once("dialog", (d) => void d.accept());
    await rule.getByRole("button", { name: `Delete ${name}` }).click();
    await expect(rule).toHaveCount(0);
  });

  test("an admin rotates an integration's secret, and runs the simulator with progress that survives a reload", async ({
    page,
  }) => {
    await page.goto("/admin/integrations");
    await page.getByRole("button", { name: "Rotate the secret of Demo Turret" }).click();
    await expect(page.getByTestId("issued-secret")).toHaveText(/^whsec_/);
    await expect(page.getByText("The old secret keeps working until")).toBeVisible();

    await page.goto("/admin/simulator");
    await page.getByLabel("Script").selectOption("unknown-caller");
    // Hugo's line: nobody in the other journeys is signed in as him.
    await page.getByLabel("Agent line").fill(DEMO_USERS.hugo.line!);
    await page.getByLabel("Speed").selectOption("5");
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page).toHaveURL(/\/admin\/simulator\?run=/);
    await page.reload();
    await expect(page.getByText("Finished")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("simulation-log")).toContainText("call.ended");
    await expect(page.getByRole("progressbar", { name: "Events sent" })).toHaveAttribute(
      "aria-valuenow",
      "100",
    );
  });
});
