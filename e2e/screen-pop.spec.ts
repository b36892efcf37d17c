import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD } from "./fixtures/users.ts";
import { DEMO_USERS } from "../prisma/demo-users.ts";
import { CALLERS, LINES, callCard, newCallId, postEvent, waitForStream } from "./fixtures/telephony.ts";

test("an unknown caller is offered as a new lead, prefilled with the number", async ({ page, baseURL }) => {
  await loginAs(page, DEMO_USERS.david.email, DEMO_PASSWORD);
  await waitForStream(page);
  const { sessionId } = await postEvent(baseURL!, {
    type: "call.ringing",
    callId: newCallId(),
    from: "0161 496 0999",
    line: LINES.david,
  });

  const card = callCard(page, sessionId);
  await expect(card.getByTestId("call-party")).toHaveText(CALLERS.unknown);
  const offer = card.getByTestId("screen-pop-unknown");
  await expect(offer).toContainText("No customer has this number.");
  await offer.getByRole("link", { name: "New lead" }).click();
  await expect(page).toHaveURL(/\/leads\/new\?phone=/);
  await expect(page.getByRole("form", { name: "New lead" }).getByLabel("Phone")).toHaveValue(CALLERS.unknown);
  await card.getByRole("button", { name: "Decline" }).click();
  await expect(card).toHaveCount(0);
});

test("two agents signed in at once each receive only their own call; a number outside an agent's desk pops nothing", async ({
  browser,
  baseURL,
}) => {
  const emma = await (await browser.newContext()).newPage();
  const farid = await (await browser.newContext()).newPage();
  await loginAs(emma, DEMO_USERS.emma.email, DEMO_PASSWORD);
  await loginAs(farid, DEMO_USERS.farid.email, DEMO_PASSWORD);
  await Promise.all([waitForStream(emma), waitForStream(farid)]);

  // Emma (Corporate) is rung from an FX-desk contact's number: she may not see that contact.
  const emmaCall = await postEvent(baseURL!, {
    type: "call.ringing",
    callId: newCallId(),
    from: CALLERS.fxContact,
    line: LINES.emma,
  });
  // Farid (Corporate) is rung from his desk's switchboard: an account and a contact share it.
  const faridCall = await postEvent(baseURL!, {
    type: "call.ringing",
    callId: newCallId(),
    from: CALLERS.corporateSwitchboard,
    line: LINES.farid,
  });

  const emmaCard = callCard(emma, emmaCall.sessionId);
  const faridCard = callCard(farid, faridCall.sessionId);
  await expect(emmaCard).toHaveCount(1);
  await expect(faridCard).toHaveCount(1);
  // Neither sees the other's call.
  await expect(callCard(emma, faridCall.sessionId)).toHaveCount(0);
  await expect(callCard(farid, emmaCall.sessionId)).toHaveCount(0);
  await expect(emmaCard.getByTestId("screen-pop-unknown")).toBeVisible();
  await expect(emma.getByText("Charlotte Lindqvist")).toHaveCount(0);

  const chooser = faridCard.getByTestId("screen-pop-chooser");
  await expect(chooser).toContainText("2 records have this number");
  const choices = chooser.getByRole("button");
  await expect(choices).toHaveCount(2);
  await expect(chooser).toContainText("Account");
  await expect(chooser).toContainText("Contact");
  // Choosing the contact opens their account page and ties the call to them.
  const contactName = (await chooser
    .getByRole("button", { name: /Contact/ })
    .locator("span")
    .first()
    .textContent())!;
  await chooser.getByRole("button", { name: /Contact/ }).click();
  await expect(farid).toHaveURL(/\/accounts\/[0-9a-f-]{36}\?session=/, { timeout: 15_000 });
  const linked = faridCard;
  await expect(linked.getByTestId("call-party")).toHaveText(contactName);
  await expect(linked.getByTestId("screen-pop-chooser")).toHaveCount(0);

  await emmaCard.getByRole("button", { name: "Decline" }).click();
  await linked.getByRole("button", { name: "Decline" }).click();
  await expect(emmaCard).toHaveCount(0);
  await expect(linked).toHaveCount(0);
});
