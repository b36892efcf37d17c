import { db } from "@/server/db.ts";
import { logger } from "@/server/logger.ts";
import { agentBus } from "@/server/telephony/agent-bus.ts";
import { ingestWebhook } from "@/server/telephony/ingest-webhook.ts";
import { SIGNATURE_HEADERS } from "@/server/telephony/signature.ts";
import { jsonError } from "@/server/http/error-response.ts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * CTI intake: see docs/telephony-api.md. Signed with the integration's secret, so it is the one
 * state-changing route without the same-origin check: providers post from their own servers.
 */
export async function POST(req: Request, ctx: { params: Promise<{ integrationId: string }> }) {
  const { integrationId } = await ctx.params;
  const requestId = crypto.randomUUID();
  try {
    const result = await ingestWebhook(db, agentBus(), {
      integrationId,
      rawBody: await req.text(),
      timestamp: req.headers.get(SIGNATURE_HEADERS.timestamp),
      signature: req.headers.get(SIGNATURE_HEADERS.signature),
    });
    if (result.status < 400) return Response.json(result.body, { status: result.status });
    const { error, fieldErrors, ...details } = result.body;
    logger.warn({ integrationId, requestId, status: result.status, error }, "webhook refused");
    return jsonError(result.status, String(error), {
      requestId,
      fieldErrors: fieldErrors as Record<string, string[]> | undefined,
      details,
    });
  } catch (err) {
    // Stored nothing (the event is one transaction): the provider retries with the same event id.
    logger.error({ err, integrationId, requestId }, "webhook failed");
    return jsonError(503, "The event could not be stored; retry with the same eventId.", { requestId });
  }
}
