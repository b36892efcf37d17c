import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test("a rep creates a lead (required fields, duplicate warning) and converts it into account, contact and opportunity", async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const company = `Kestrel Freight ${stamp} Ltd`;
  const email = `nadia.${stamp}@kestrel.test`;
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);

  await page.goto("/leads");
  await page.getByRole("link", { name: "New lead" }).click();
  const form = page.getByRole("form", { name: "New lead" });
  // The seed's required fields are enforced by the server, with the message under the field.
  await form.getByRole("button", { name: "Create lead" }).click();
  await expect(form.getByText("Fore Name is required")).toBeVisible();
  await expect(form.getByText("Surname is required")).toBeVisible();
  await expect(form.getByText("Choose a Lead Source")).toBeVisible();

  await form.getByLabel("Fore Name").fill("Nadia");
  await form.getByLabel("Surname").fill("Kowalski");
  await form.getByLabel("Party Group Name").fill(company);
  await form.getByLabel("Lead Source").selectOption("TRADE_SHOW");
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Create lead" }).click();
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  const leadUrl = page.url();
  await expect(page.getByRole("heading", { name: "Nadia Kowalski" })).toBeVisible();

  // The same email again: a warning offering to open the existing lead.
  await page.goto("/leads/new");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Fore Name").click();
  const warning = page.getByTestId("duplicate-warning");
  await expect(warning).toBeVisible();
  await warning.getByRole("link", { name: /Open lead Nadia Kowalski/ }).click();
  await expect(page).toHaveURL(leadUrl);

  // Conversion.
  await page.getByRole("button", { name: "Convert lead" }).click();
  const convert = page.getByRole("form", { name: "Convert lead" });
  await convert.getByLabel("What is being sold").fill("FX forward hedge");
  await convert.getByLabel("Estimated Amount").fill("250000");
  await convert.getByLabel("Currency").selectOption("GBP");
  await convert.getByRole("button", { name: "Convert" }).click();
  await expect(page.getByRole("heading", { name: /^Converted on/ })).toBeVisible();
  await expect(page.getByRole("link", { name: company, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nadia Kowalski", exact: true })).toBeVisible();
  await page.getByRole("link", { name: `${company} - FX forward hedge` }).click();

  await expect(page.getByRole("heading", { name: `${company} - FX forward hedge` })).toBeVisible();
  await expect(page.getByText("Trade show", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /Nadia Kowalski \(PTY-/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Convert lead" })).toHaveCount(0);
});
