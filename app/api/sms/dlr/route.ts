import { db } from "@/server/db.ts";
import { handleDeliveryReport } from "@/server/messaging/sms/callback-handlers.ts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Kannel's delivery reports (dlr-url). Authenticated by the HMAC of the message id in the URL, so,
 * like the CTI webhook, it has no session and no same-origin check: the gateway calls it.
 */
export async function GET(req: Request) {
  return handleDeliveryReport(db, new URL(req.url));
}
