import { z } from "zod";
import type { Db } from "../../db/create-client.ts";
import { jsonError } from "../../http/error-response.ts";
import { logger } from "../../logger.ts";
import { zText } from "../../records/text.ts";
import { ZRecordId } from "../../records/record-id.ts";
import { applyDeliveryReport } from "./apply-delivery-report.ts";
import { sameSecret, verifyMessageId } from "./callback-signature.ts";
import { receiveInboundSms } from "./receive-inbound-sms.ts";

type Env = Record<string, string | undefined>;

// 200 with an empty body: Kannel treats any other status (even 204) as a failed fetch and repeats
// the call (http-request-retry), which would record an inbound SMS twice.
const accepted = () => new Response("", { status: 200, headers: { "content-type": "text/plain" } });

// Kannel's callbacks (dlr-url, get-url) are plain GETs from the gateway's server: no session and no
// Origin, so they are exempt from the same-origin check; each is authenticated instead, a delivery
// report by the HMAC of its message id, an inbound SMS by the shared secret in get-url.
// The handlers take the request's URL and answer a Response, so the route files stay one line and
// tests drive the same code through a plain node:http server.

const ZDlrQuery = z.object({
  id: ZRecordId,
  sig: zText({ trim: false }).min(1).max(200),
  type: z.coerce.number().int().min(0).max(255),
  answer: zText({ multiline: true }).max(1000).default(""),
});

/** A delivery report: 200 when applied or already applied, 403 forged, 400 malformed, 404 unknown. */
export async function handleDeliveryReport(db: Db, url: URL, env: Env = process.env): Promise<Response> {
  const parsed = ZDlrQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return jsonError(400, "Not a delivery report this app asked for.");
  const { id, sig, type, answer } = parsed.data;
  if (!verifyMessageId(id, sig, env)) {
    logger.warn({ messageId: id }, "SMS delivery report with a bad signature refused");
    return jsonError(403, "The delivery report's signature does not match.");
  }
  const outcome = await applyDeliveryReport(db, { messageId: id, type, answer });
  if (outcome === "unknown-message") return jsonError(404, "No such SMS.");
  return accepted();
}

const ZInboundQuery = z.object({
  secret: zText({ trim: false }).max(200),
  from: zText().min(1).max(40),
  to: zText().max(40).default(""),
  text: zText({ multiline: true, trim: false }).max(5000).default(""),
});

/** An inbound SMS from Kannel's get-url. The answer's body is empty: Kannel sends nothing back. */
export async function handleInboundSms(db: Db, url: URL, env: Env = process.env): Promise<Response> {
  if (!env.SMS_INBOUND_SECRET) return jsonError(503, "Inbound SMS are not configured (SMS_INBOUND_SECRET).");
  const parsed = ZInboundQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return jsonError(400, "An inbound SMS needs from, to and text.");
  if (!sameSecret(env.SMS_INBOUND_SECRET, parsed.data.secret)) {
    logger.warn("inbound SMS with a wrong secret refused");
    return jsonError(403, "Wrong secret.");
  }
  const outcome = await receiveInboundSms(db, parsed.data);
  logger.info({ kind: outcome.kind, ended: outcome.endedAgreementIds.length }, "inbound SMS");
  return accepted();
}
