import type { Db } from "../../db/create-client.ts";
import { signedHeaders } from "../../telephony/signature.ts";
import { NOT_CONFIGURED, TransportError, type OutgoingMessage, type Transport } from "../transport.ts";

/** How long the provider has to answer one reply before the attempt counts as failed (and is retried). */
export const CHAT_REPLY_TIMEOUT_MS = 5000;

/** The JSON a chat provider receives at its reply endpoint. */
export type ChatReplyPayload = {
  conversationId: string;
  /** Stable over every attempt: the provider can drop a repeat. */
  messageId: string;
  text: string;
  agent: string | null;
  sentAt: string;
};

const excerpt = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s).replace(/\s+/g, " ").trim();

/**
 * Posts an agent's chat reply to the integration's reply endpoint, signed exactly like the
 * provider's webhooks to us (HMAC-SHA256 over `${timestamp}.${rawBody}` with the integration's
 * newest secret, in the same x-dealfloor-* headers), so one verification routine serves both ways.
 * 2xx is accepted; 4xx (but 408 and 429, which say "later") is a refusal for good; 5xx, a timeout
 * or no connection is transient and the job queue retries it with backoff.
 */
export function chatTransport(
  db: Db | (() => Db),
  { timeoutMs = CHAT_REPLY_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Transport {
  const dbOf = typeof db === "function" ? db : () => db;
  return {
    async send(message: OutgoingMessage) {
      if (!message.chat)
        throw new TransportError("Not sent: the message belongs to no chat conversation", true);
      const now = new Date();
      const integration = await dbOf().ctiIntegration.findUnique({
        where: { id: message.chat.integrationId },
        select: {
          enabled: true,
          replyUrl: true,
          secrets: {
            where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { secret: true },
          },
        },
      });
      // Removed after the reply was written: nothing can carry it any more.
      if (!integration?.replyUrl) throw new TransportError(NOT_CONFIGURED.CHAT, true);
      if (!integration.enabled) throw new TransportError("Not sent: the chat integration is disabled", true);
      const secret = integration.secrets[0]?.secret;
      if (!secret) throw new TransportError("Not sent: the chat integration has no current secret", true);

      const payload: ChatReplyPayload = {
        conversationId: message.chat.conversationId,
        messageId: message.messageKey,
        text: message.textBody,
        agent: message.fromAddress,
        sentAt: now.toISOString(),
      };
      const raw = JSON.stringify(payload);
      let res: Response;
      try {
        res = await fetch(integration.replyUrl, {
          method: "POST",
          body: raw,
          headers: signedHeaders(secret, raw, now),
          // A signed reply is not re-posted to wherever a redirect points.
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        const timedOut = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
        const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
        throw new TransportError(
          timedOut
            ? `No answer from the chat provider within ${timeoutMs / 1000} s`
            : `Could not reach the chat provider: ${cause}`,
          false,
        );
      }
      const body = await res.text().catch(() => "");
      const reply = `${res.status} ${res.statusText}${body ? `: ${excerpt(body)}` : ""}`.slice(0, 2000);
      if (res.status >= 200 && res.status < 300) return { reply };
      const transient = res.status >= 500 || res.status === 408 || res.status === 429;
      throw new TransportError(reply, !transient);
    },
  };
}
