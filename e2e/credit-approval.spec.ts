import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD } from "./fixtures/users.ts";
import { DEMO_USERS } from "../prisma/demo-users.ts";
import { CALLERS, LINES, callCard, newCallId, postEvent, waitForStream } from "./fixtures/telephony.ts";

test("a deal beyond the credit headroom waits for the manager, who approves it from their tasks", async ({
  page,
  browser,
  baseURL,
}) => {
  await loginAs(page, DEMO_USERS.ben.email, DEMO_PASSWORD);
  await waitForStream(page);
  const { sessionId } = await postEvent(baseURL!, {
    type: "call.ringing",
    callId: newCallId(),
    from: CALLERS.tightCreditClient,
    line: LINES.ben,
  });
  await expect(page).toHaveURL(new RegExp(`session=${sessionId}`), { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: CALLERS.tightCreditAccount })).toBeVisible();
  await callCard(page, sessionId).getByRole("button", { name: "Answer" }).click();

  const ticket = page.getByTestId("tool-deal-ticket");
  await ticket.getByLabel("Instrument").fill("UST 10Y");
  await ticket.getByLabel("Side").selectOption("SELL");
  await ticket.getByLabel("Currency").fill("USD");
  await ticket.getByLabel("Notional").fill("25000000");
  await ticket.getByLabel("Price").fill("98.42");
  // The ticket warns before anything is registered.
  await expect(ticket.getByTestId("deal-credit-impact")).toContainText("will need a manager's approval");
  await ticket.getByRole("button", { name: "Register deal" }).click();
  await expect(ticket.getByTestId("deal-list")).toContainText("Pending approval");

  // The FX desk's manager finds the approval task and approves it.
  const manager = await (await browser.newContext()).newPage();
  await loginAs(manager, DEMO_USERS.managerFx.email, DEMO_PASSWORD);
  await manager.goto("/tasks");
  const task = manager
    .getByTestId("task")
    .filter({ hasText: `Approve SELL UST 10Y 25,000,000 USD for ${CALLERS.tightCreditAccount}` });
  await expect(task).toContainText("Exceeds the credit headroom");
  await task.getByRole("button", { name: "Approve" }).click();
  await expect(task).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("tool-deal-ticket").getByTestId("deal-list")).toContainText("Booked");
});
