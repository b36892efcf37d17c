import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD } from "./fixtures/users.ts";
import { DEMO_USERS } from "../prisma/demo-users.ts";
import { newCallId, postEvent, waitForStream } from "./fixtures/telephony.ts";

// A container desktop agent injects window.fdc3 before the page runs; this one records what the
// CRM sends it, as the other desktop apps would receive it.
const RECORDING_AGENT = () => {
  const sent: { kind: string; intent?: string; context: unknown }[] = [];
  (window as unknown as { fdc3Sent: typeof sent }).fdc3Sent = sent;
  (window as unknown as { fdc3: unknown }).fdc3 = {
    broadcast: async (context: unknown) => void sent.push({ kind: "broadcast", context }),
    raiseIntent: async (intent: string, context: unknown) => (
      sent.push({ kind: "intent", intent, context }),
      { source: { appId: "phone" } }
    ),
  };
};

test("with an FDC3 desktop agent, a screen pop is broadcast to the other apps and click-to-dial raises StartCall", async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(RECORDING_AGENT);
  await loginAs(page, DEMO_USERS.grace.email, DEMO_PASSWORD);
  await waitForStream(page);
  // Michael Blackwood, a Private Banking client of Grace's desk.
  await postEvent(baseURL!, {
    type: "call.ringing",
    callId: newCallId(),
    from: "+33199008144",
    line: DEMO_USERS.grace.line!,
  });
  await expect(page).toHaveURL(/session=/, { timeout: 15_000 });
  const sent = () =>
    page.evaluate(
      () =>
        (
          window as unknown as {
            fdc3Sent: {
              kind: string;
              intent?: string;
              context: { type: string; name?: string; id?: { phone?: string } };
            }[];
          }
        ).fdc3Sent,
    );
  await expect
    .poll(async () => (await sent()).map((s) => s.context.type))
    .toEqual(["fdc3.contact", "fdc3.organization"]);
  expect((await sent())[0]!.context).toMatchObject({
    name: "Michael Blackwood",
    id: { phone: "+33199008144" },
  });

  await page.getByLabel("Number to call").fill("+44 20 7946 0018");
  await page.getByTestId("softphone").getByRole("button", { name: "Call", exact: true }).click();
  await expect(page.getByText("handed to your desktop phone")).toBeVisible();
  const intent = (await sent()).find((s) => s.kind === "intent");
  expect(intent).toMatchObject({
    intent: "StartCall",
    context: { type: "fdc3.contact", id: { phone: "+44 20 7946 0018" } },
  });
});
