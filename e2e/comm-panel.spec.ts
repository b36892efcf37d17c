import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test("a collapsed Communication Centre stays collapsed in the page the server renders", async ({ page }) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/accounts");
  const panel = page.locator("#comm-panel");
  await expect(panel).toBeVisible();
  await page.getByTestId("comm-panel-toggle").click();
  await expect(panel).toBeHidden();

  // The server's HTML, before any script runs: the panel must already be hidden there, or it
  // flashes open on every full page load.
  const html = await (await page.request.get("/accounts")).text();
  expect(html).toMatch(/<aside[^>]*id="comm-panel"[^>]*hidden/);

  await page.getByTestId("comm-panel-toggle").click();
  await expect(panel).toBeVisible();
  const reopened = await (await page.request.get("/accounts")).text();
  expect(reopened).not.toMatch(/<aside[^>]*id="comm-panel"[^>]*hidden/);
});
