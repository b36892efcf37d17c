import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

const column = (page: Page, stage: string) => page.locator(`section[data-stage="${stage}"]`);

test("a rep drags an opportunity through the pipeline, and moves it with the keyboard; each move is in the stage history", async ({
  page,
}) => {
  const name = `Pipeline journey ${Date.now().toString(36)} - Term deposit`;
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);

  await page.goto("/opportunities/new");
  const form = page.getByRole("form", { name: "New opportunity" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Account").selectOption({ index: 1 });
  await form.getByLabel("Estimated Amount").fill("100000");
  // Closing soonest puts the card at the top of its column.
  await form.getByLabel("Close Date").fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  await form.getByRole("button", { name: "Create opportunity" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible({ timeout: 20_000 });
  const opportunityUrl = page.url();

  await page.goto("/opportunities/pipeline");
  // Drag and drop needs the board's handlers, which arrive with hydration.
  await expect(page.locator("[data-board-ready=true]")).toBeVisible({ timeout: 20_000 });
  const card = page.locator("li[data-card-id]", { hasText: name });
  await expect(column(page, "PROSPECTING").locator("li[data-card-id]", { hasText: name })).toBeVisible();
  const qualificationAmount = await page.getByTestId("amount-QUALIFICATION").textContent();

  // Drag and drop.
  // Drop on the column's header: aiming at the middle of a long column would scroll the page
  // mid-drag and pick up another card.
  await card.dragTo(column(page, "QUALIFICATION"), { targetPosition: { x: 40, y: 30 } });
  await expect(column(page, "QUALIFICATION").locator("li[data-card-id]", { hasText: name })).toContainText(
    "20%",
  );
  await expect(page.getByTestId("amount-QUALIFICATION")).not.toHaveText(qualificationAmount!);

  // Keyboard: Alt+→ on the focused card, then the "Move to" menu.
  await card.focus();
  await page.keyboard.press("Alt+ArrowRight");
  await expect(column(page, "NEEDS_ANALYSIS").locator("li[data-card-id]", { hasText: name })).toContainText(
    "40%",
  );
  await expect(card).toBeFocused();
  await expect(page.getByTestId("board-announcement")).toContainText("moved to Needs analysis");
  await card.getByLabel(`Move ${name} to`).selectOption("PROPOSAL");
  await expect(column(page, "PROPOSAL").locator("li[data-card-id]", { hasText: name })).toContainText("60%");
  // The card moves at once; the announcement comes when the server has saved the move.
  await expect(page.getByTestId("board-announcement")).toContainText("moved to Proposal");

  await page.goto(opportunityUrl);
  const history = page.locator("table", { has: page.getByRole("columnheader", { name: "From" }) });
  await expect(history.getByRole("row")).toHaveCount(5); // header + created + three moves
  await expect(history.getByRole("row").nth(1)).toContainText("Needs analysis");
  await expect(history.getByRole("row").nth(1)).toContainText("Proposal");
});

test("a manager sees the whole team's pipeline with per-stage and overall totals, and can narrow it to one rep", async ({
  page,
}) => {
  await loginAs(page, DEMO_USERS.manager.email, DEMO_PASSWORD);
  await page.goto("/opportunities/pipeline");
  const reps = page.getByRole("navigation", { name: "Rep" });
  await expect(reps.getByRole("link", { name: "Alice Morgan" })).toBeVisible();
  await expect(reps.getByRole("link", { name: "Chloe Dubois" })).toBeVisible();
  for (const stage of ["PROSPECTING", "QUALIFICATION", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION"]) {
    await expect(page.getByTestId(`amount-${stage}`)).toHaveText(/€/);
    await expect(page.getByTestId(`weighted-${stage}`)).toHaveText(/€/);
  }
  const euros = async (testId: string) =>
    Number((await page.getByTestId(testId).textContent())!.replace(/[^0-9]/g, ""));
  const teamTotal = await euros("total-amount");
  expect(teamTotal).toBeGreaterThan(0);
  expect(await euros("total-weighted")).toBeLessThan(teamTotal);
  // The board shows several reps' deals.
  const owners = new Set(await page.locator("li[data-card-id] span.truncate").allTextContents());
  expect(owners.size).toBeGreaterThan(1);

  await reps.getByRole("link", { name: "Alice Morgan" }).click();
  await expect(page).toHaveURL(/owner=/);
  expect(await euros("total-amount")).toBeLessThan(teamTotal);
  expect(new Set(await page.locator("li[data-card-id] span.truncate").allTextContents())).toEqual(
    new Set(["Alice Morgan"]),
  );
});
