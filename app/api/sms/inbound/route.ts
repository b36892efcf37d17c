import { db } from "@/server/db.ts";
import { handleInboundSms } from "@/server/messaging/sms/callback-handlers.ts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Inbound SMS from Kannel's sms-service get-url. Authenticated by SMS_INBOUND_SECRET in the URL,
 * so it has no session and no same-origin check: the gateway calls it.
 */
export async function GET(req: Request) {
  return handleInboundSms(db, new URL(req.url));
}
