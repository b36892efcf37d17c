import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

test("the timeline filters by channel and dates, and its URL reloads to the same view", async ({ page }) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/accounts");
  await page.locator("table tbody tr td:first-child a").first().click();
  await page.getByRole("link", { name: "Timeline", exact: true }).click();
  await expect(page).toHaveURL(/\/accounts\/[^/]+\/timeline$/);
  await expect(page.getByRole("heading", { name: /^Interactions Timeline/ })).toBeVisible();

  // The default view: the last 12 months, every channel.
  const filters = page.getByRole("form", { name: "Timeline filters" });
  const from = await filters.getByLabel("Start Date").inputValue();
  const to = await filters.getByLabel("End Date").inputValue();
  const monthsApart = (Date.parse(to) - Date.parse(from)) / (30.44 * 86_400_000);
  expect(monthsApart).toBeGreaterThan(11.5);
  expect(monthsApart).toBeLessThan(12.5);

  // Pick the channel of the newest interaction, so the filtered view is never empty.
  const list = page.getByTestId("timeline-list");
  const firstLine = await list.locator("li").first().innerText();
  const channel = ["Phone call", "Email", "Meeting", "Chat", "SMS", "Letter"].find((c) =>
    firstLine.includes(` · ${c}`),
  )!;
  const start = new Date(Date.parse(to) - 200 * 86_400_000).toISOString().slice(0, 10);
  await filters.getByLabel("Channel").selectOption({ label: channel });
  await filters.getByLabel("Start Date").fill(start);
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${start}`));
  await expect(page).toHaveURL(/channel=[A-Z]+/);

  const check = async () => {
    await expect(filters.getByLabel("Start Date")).toHaveValue(start);
    await expect(filters.getByLabel("Channel")).toHaveValue(/^[A-Z]+$/);
    const items = await list
      .locator("li time")
      .evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
    expect(items.length).toBeGreaterThan(0);
    for (const at of items)
      expect(at.slice(0, 10) >= start || Date.parse(at) >= Date.parse(start) - 86_400_000).toBe(true);
    for (const line of await list.locator("li").allInnerTexts()) expect(line).toContain(` · ${channel}`);
    return items;
  };
  const before = await check();
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  expect(await check()).toEqual(before);

  // A row opens the interaction, in the URL too.
  await list.locator("li a").first().click();
  await expect(page).toHaveURL(/open=/);
  await expect(page.getByTestId("opened-interaction")).toBeVisible();
  await expect(page.getByTestId("timeline-chart").locator("svg.recharts-surface").first()).toBeVisible({
    timeout: 20_000,
  });
});
