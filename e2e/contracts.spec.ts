import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test("a rep records a contract on an account, and a taken Contract Number is refused next to the field", async ({
  page,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/accounts?sort=name&dir=desc");
  await page
    .getByRole("region", { name: "Accounts" })
    .locator("tbody tr")
    .first()
    .locator("a")
    .first()
    .click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);

  await page.getByRole("tab", { name: /^Contracts/ }).click();
  await page.getByRole("button", { name: "New contract" }).click();
  const form = page.getByRole("form", { name: "New contract" });
  await form.getByRole("button", { name: "Create contract" }).click();
  await expect(form.getByText("Contract Number is required")).toBeVisible();
  await expect(form.getByText("Title is required")).toBeVisible();

  const number = `CTR-E2E-${Date.now()}`;
  await form.getByLabel("Contract Number").fill(number);
  await form.getByLabel("Title").fill("ISDA master agreement");
  await form.getByLabel("End Date").fill("2030-12-31");
  await form.getByRole("button", { name: "Create contract" }).click();
  const contracts = page.getByRole("region", { name: "Contracts" });
  await expect(contracts.getByRole("listitem").filter({ hasText: number })).toContainText(
    "ISDA master agreement",
  );

  await contracts.getByRole("button", { name: "New contract" }).click();
  await form.getByLabel("Contract Number").fill(number);
  await form.getByLabel("Title").fill("The same number again");
  await form.getByRole("button", { name: "Create contract" }).click();
  await expect(form.getByText(`Contract Number ${number} already exists`)).toBeVisible();
  await expect(form.getByLabel("Contract Number")).toHaveAttribute("aria-invalid", "true");
});
