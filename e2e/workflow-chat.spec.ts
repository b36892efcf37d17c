import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD } from "./fixtures/users.ts";
import { DEMO_USERS } from "../prisma/demo-users.ts";
import { CALLERS, LINES, newCallId, postEvent, waitForStream } from "./fixtures/telephony.ts";

// Seed 000, workflow 1.2: the same as a call, in chat, with analytics asked for on an instrument.
test("workflow 1.2: chat, screen pop, analytics on the instrument mentioned, a deal, end, prefilled report", async ({
  page,
  baseURL,
}) => {
  await loginAs(page, DEMO_USERS.chloe.email, DEMO_PASSWORD);
  await waitForStream(page);
  const callId = newCallId();
  const { sessionId } = await postEvent(baseURL!, {
    type: "chat.started",
    callId,
    from: CALLERS.chatClient,
    line: LINES.chloe,
  });
  await expect(page).toHaveURL(new RegExp(`/accounts/[0-9a-f-]{36}\\?session=${sessionId}`), {
    timeout: 15_000,
  });
  await expect(page.getByRole("heading", { level: 1, name: CALLERS.chatAccount })).toBeVisible();
  for (const tool of ["analytics", "pricing", "credit-check", "deal-ticket"])
    await expect(page.getByTestId(`tool-${tool}`)).toBeVisible();

  await postEvent(baseURL!, {
    type: "chat.message",
    callId,
    seq: 0,
    speaker: "customer",
    text: "Hi, could you show me how our EUR/GBP position has done? We are thinking of buying 2 million EUR/GBP.",
  });
  const chat = page.locator(`[data-testid="chat-conversation"][data-session-id="${sessionId}"]`);
  await expect(chat).toContainText("EUR/GBP position");
  // The instrument in the message opens the analytics on it.
  await chat.getByRole("link", { name: "Analyse EUR/GBP" }).click();
  await expect(page).toHaveURL(/tool=analytics&instrument=EUR%2FGBP/);
  await expect(page.getByTestId("analytics-focus")).toContainText("Focus: EUR/GBP");

  await chat
    .getByLabel("Reply", { exact: true })
    .fill("Here is the analysis. I can do 2 million EUR/GBP at 0.8546.");
  await chat.getByRole("button", { name: "Send reply" }).click();
  await expect(chat).toContainText("0.8546");
  await postEvent(baseURL!, {
    type: "chat.message",
    callId,
    seq: 2,
    speaker: "customer",
    text: "Great, done at 0.8546. Please get back to me on Friday with GBP/USD levels.",
  });

  const ticket = page.getByTestId("tool-deal-ticket");
  await ticket.getByLabel("Instrument").fill("EUR/GBP");
  await ticket.getByLabel("Notional").fill("2000000");
  await ticket.getByLabel("Price").fill("0.8546");
  await ticket.getByRole("button", { name: "Register deal" }).click();
  await expect(ticket.getByTestId("deal-list")).toContainText("Booked");

  await chat.getByRole("button", { name: "End chat" }).click();
  await expect(page).toHaveURL(new RegExp(`/communication-centre/sessions/${sessionId}/report`), {
    timeout: 15_000,
  });
  const report = page.getByRole("form", { name: "Call report" });
  await expect(report.getByLabel("Summary")).toHaveValue(/EUR\/GBP/);
  await expect(report.getByTestId("report-deals")).toContainText("EUR/GBP");
  await expect(report.getByTestId("call-statistics")).toContainText("Chat");
  await expect(report.getByLabel("Schedule a call-back task")).toBeChecked();

  // A draft survives a reload.
  await report.getByLabel("Activity Comments").fill("Client keen on more EUR/GBP.");
  await page.reload();
  await expect(page.getByText("Draft restored")).toBeVisible();
  await expect(page.getByRole("form", { name: "Call report" }).getByLabel("Activity Comments")).toHaveValue(
    "Client keen on more EUR/GBP.",
  );

  await page.getByRole("form", { name: "Call report" }).getByRole("button", { name: "Save report" }).click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/timeline/, { timeout: 15_000 });
  await expect(page.getByText(/Chat with Mateo Zhang/).first()).toBeVisible();
});
