import { z } from "zod";
import type { Db } from "../db/create-client.ts";
import { fieldErrorsOf } from "../trpc/field-errors.ts";
import { verifySignature } from "./signature.ts";
import { ZWebhookEventSchema } from "./webhook-event.ts";
import { applyWebhookEvent } from "./apply-event.ts";
import type { AgentBus } from "./agent-bus.ts";

export const MAX_WEBHOOK_BYTES = 64 * 1024;

export type WebhookRequest = {
  integrationId: string;
  rawBody: string;
  timestamp: string | null;
  signature: string | null;
  now?: Date;
};

export type WebhookResponse = { status: number; body: Record<string, unknown> };

const refuse = (status: number, error: string, extra: Record<string, unknown> = {}): WebhookResponse => ({
  status,
  body: { error, ...extra },
});

/**
 * The CTI intake: authenticates a provider's webhook, validates it, applies it in one
 * transaction, and wakes the agents concerned once it has committed. Every refusal is a 4xx that
 * says why; nothing is written unless the whole event is.
 */
export async function ingestWebhook(db: Db, bus: AgentBus, req: WebhookRequest): Promise<WebhookResponse> {
  const now = req.now ?? new Date();
  if (Buffer.byteLength(req.rawBody) > MAX_WEBHOOK_BYTES)
    return refuse(413, `Body is larger than ${MAX_WEBHOOK_BYTES} bytes.`);
  if (!z.uuid().safeParse(req.integrationId).success) return refuse(404, "No such integration.");

  const integration = await db.ctiIntegration.findUnique({
    where: { id: req.integrationId },
    select: {
      id: true,
      enabled: true,
      secrets: { where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }, select: { secret: true } },
    },
  });
  if (!integration || !integration.enabled) return refuse(404, "No such integration, or it is disabled.");

  const check = verifySignature(
    integration.secrets.map((s) => s.secret),
    req.timestamp,
    req.signature,
    req.rawBody,
    now,
  );
  if (!check.ok) return refuse(401, check.reason);

  let json: unknown;
  try {
    json = JSON.parse(req.rawBody);
  } catch {
    return refuse(400, "Body is not valid JSON.");
  }
  const parsed = ZWebhookEventSchema.safeParse(json);
  if (!parsed.success) {
    const { formErrors, fieldErrors } = fieldErrorsOf(parsed.error);
    const reasons = [
      ...formErrors,
      ...Object.entries(fieldErrors).flatMap(([path, messages]) => messages.map((m) => `${path}: ${m}`)),
    ];
    return refuse(400, `Invalid event: ${reasons.join("; ")}`, { fieldErrors });
  }

  const applied = await db.$transaction((tx) => applyWebhookEvent(tx, integration.id, parsed.data));
  await bus.publish(applied.wake);
  return {
    status: applied.duplicate ? 200 : 202,
    body: {
      accepted: true,
      duplicate: applied.duplicate,
      sessionId: applied.sessionId,
      state: applied.state,
    },
  };
}
