import { db } from "@/server/db.ts";
import { logger } from "@/server/logger.ts";
import { lookUpUnsubscribe, unsubscribe } from "@/server/messaging/unsubscribe/unsubscribe.ts";
import { h, unsubscribePage } from "./html.ts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

const refused = (reason: "invalid" | "expired") =>
  reason === "expired"
    ? unsubscribePage(
        410,
        "Link expired",
        "<h1>This unsubscribe link has expired</h1><p>Nothing was changed. Use the link in a more recent e-mail, or reply to the sender and ask to be taken off the list.</p>",
      )
    : unsubscribePage(
        400,
        "Link not valid",
        "<h1>This unsubscribe link is not valid</h1><p>Nothing was changed. Check that the whole link was copied from the e-mail.</p>",
      );

// GET only shows a button: mail scanners and link previews fetch GET links, and must not
// unsubscribe anyone by doing so (RFC 8058 section 3.1).
export async function GET(_req: Request, { params }: Params) {
  const { token } = await params;
  const found = await lookUpUnsubscribe(db, token);
  if (!found.ok) return refused(found.reason);
  if (!found.subscribed) {
    return unsubscribePage(
      200,
      "Unsubscribed",
      `<h1>You are unsubscribed</h1><p>${h(found.accountName)} receives no marketing e-mail from us.</p>`,
    );
  }
  return unsubscribePage(
    200,
    "Unsubscribe",
    `<h1>Unsubscribe from marketing e-mail</h1><p>Stop marketing e-mail to ${h(found.accountName)}? Service messages about your accounts and deals still reach you.</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
  );
}

// The one-click POST mail clients send (body "List-Unsubscribe=One-Click"), and the confirm
// page's button. It has no session and no Origin check on purpose: a mail provider posts it from
// its own servers, with no cookie and no Origin of ours. The signed token is the credential, and
// the only thing it can do is end marketing consent, which is what its holder asked for.
export async function POST(_req: Request, { params }: Params) {
  const { token } = await params;
  try {
    const result = await unsubscribe(db, token);
    if (!result.ok) return refused(result.reason);
    return unsubscribePage(
      200,
      "Unsubscribed",
      `<h1>You are unsubscribed</h1><p>No more marketing e-mail will be sent to you, including any already waiting to go out.</p><p class="muted">Changed your mind? Ask your relationship manager to record your consent again.</p>`,
    );
  } catch (err) {
    logger.error({ err }, "unsubscribe failed");
    return unsubscribePage(
      503,
      "Try again",
      "<h1>We could not unsubscribe you just now</h1><p>Nothing was changed. Please try the link again in a few minutes.</p>",
    );
  }
}
