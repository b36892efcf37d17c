import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD } from "./fixtures/users.ts";
import { DEMO_USERS } from "../prisma/demo-users.ts";
import { CALLERS, LINES, callCard, newCallId, postEvent, waitForStream } from "./fixtures/telephony.ts";

// Seed 000, workflow 1.1: a client calls, their page pops with the tools their profile calls for,
// the rep deals during the call, and the call report is written for them when they hang up.
test("workflow 1.1: call, screen pop, tools from the profile, a deal, hang-up, prefilled report on the timeline", async ({
  page,
  baseURL,
}) => {
  await loginAs(page, DEMO_USERS.alice.email, DEMO_PASSWORD);
  await waitForStream(page);

  const callId = newCallId();
  const { sessionId } = await postEvent(baseURL!, {
    type: "call.ringing",
    callId,
    from: CALLERS.dealingClient,
    line: LINES.alice,
  });

  // 1. The customer's page opens by itself, within a second of the webhook once compiled.
  await expect(page).toHaveURL(new RegExp(`/accounts/[0-9a-f-]{36}\\?session=${sessionId}`), {
    timeout: 15_000,
  });
  await expect(page.getByRole("heading", { level: 1, name: CALLERS.dealingAccount })).toBeVisible();
  const card = callCard(page, sessionId);
  await expect(card.getByTestId("call-party")).toHaveText(CALLERS.dealingClientName);

  // 2. The tools the admin rules choose for an institutional FX client with verified KYC.
  for (const tool of ["analytics", "pricing", "credit-check", "deal-ticket"])
    await expect(page.getByTestId(`tool-${tool}`)).toBeVisible();
  await expect(page.getByTestId("tools-panel")).toContainText("Tools chosen by rule: Institutional FX desk");
  // The action panel offers what the same rule allows for this customer.
  await expect(page.getByTestId("action-panel")).toContainText("Register deal");

  // Answered from the keyboard.
  await page.keyboard.press("Alt+Shift+A");
  await expect(card).toHaveAttribute("data-state", "ANSWERED");

  const lines = [
    [
      "customer",
      "Good morning, Daan Fernández at Northwind here. We would like to buy 5 million EUR/USD spot.",
    ],
    ["agent", "Of course. I can offer 5 million EUR/USD at 1.0852."],
    ["customer", "Done at 1.0852. Could you call me back tomorrow at 3pm about a GBP/USD forward?"],
    ["agent", "I will call you back tomorrow at 3pm with GBP/USD forward prices."],
  ] as const;
  for (const [seq, [speaker, text]] of lines.entries()) {
    await postEvent(baseURL!, { type: "transcript.segment", callId, seq, speaker, text });
  }

  // 3. The rep registers the deal on the ticket, linked to the call.
  const ticket = page.getByTestId("tool-deal-ticket");
  await ticket.getByLabel("Instrument").fill("EUR/USD");
  await ticket.getByLabel("Notional").fill("5000000");
  await ticket.getByLabel("Price").fill("1.0852");
  await ticket.getByLabel("Currency").fill("EUR");
  await ticket.getByRole("button", { name: "Register deal" }).click();
  await expect(ticket.getByText("Booked")).toBeVisible();

  // 4. Hang up from the keyboard: the call report pops, prefilled.
  await page.keyboard.press("Alt+Shift+H");
  await expect(page).toHaveURL(new RegExp(`/communication-centre/sessions/${sessionId}/report`), {
    timeout: 15_000,
  });
  const report = page.getByRole("form", { name: "Call report" });
  const summary = report.getByLabel("Summary");
  await expect(summary).toHaveValue(/EUR\/USD/);
  await expect(summary).toHaveValue(/5,000,000|5 million|5m/i);
  await expect(report.getByTestId("call-statistics")).toContainText(CALLERS.dealingClient);
  await expect(report.getByTestId("report-deals")).toContainText("EUR/USD");
  await expect(report.getByText("tomorrow at 3pm", { exact: false }).first()).toBeVisible();

  // The rep edits and saves: it lands on the account's timeline.
  await summary.fill(`${await summary.inputValue()} Client confirmed by phone.`);
  await report.getByRole("button", { name: "Save report" }).click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/timeline/, { timeout: 15_000 });
  await expect(page.getByText(/Call with Daan Fernández|Northwind/).first()).toBeVisible();
});
