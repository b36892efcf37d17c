import { db } from "@/server/db.ts";
import { logger } from "@/server/logger.ts";
import { agentBus } from "@/server/telephony/agent-bus.ts";
import { ingestWebhook } from "@/server/telephony/ingest-webhook.ts";
import { SIGNATURE_HEADERS } from "@/server/telephony/signature.ts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** CTI intake: see docs/telephony-api.md. */
export async function POST(req: Request, ctx: { params: Promise<{ integrationId: string }> }) {
  const { integrationId } = await ctx.params;
  try {
    const result = await ingestWebhook(db, agentBus(), {
      integrationId,
      rawBody: await req.text(),
      timestamp: req.headers.get(SIGNATURE_HEADERS.timestamp),
      signature: req.headers.get(SIGNATURE_HEADERS.signature),
    });
    if (result.status >= 400) logger.warn({ integrationId, status: result.status, error: result.body.error }, "webhook refused");
    return Response.json(result.body, { status: result.status });
  } catch (err) {
    // Stored nothing (the event is one transaction): the provider retries with the same event id.
    logger.error({ err, integrationId }, "webhook failed");
    return Response.json({ error: "The event could not be stored; retry with the same eventId." }, { status: 503 });
  }
}
