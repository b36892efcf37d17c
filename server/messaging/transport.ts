import type { MessageChannel } from "../generated/prisma/enums.ts";

/** What a transport gets: the stored message, its attachments, and headers the outbox adds. */
export type OutgoingMessage = {
  id: string;
  channel: MessageChannel;
  /** Stable across attempts: the e-mail's Message-ID, the SMS gateway's and chat provider's reference. */
  messageKey: string;
  fromAddress: string | null;
  toAddress: string;
  subject: string | null;
  textBody: string;
  htmlBody: string | null;
  isMarketing: boolean;
  attachments: { fileName: string; mimeType: string; content: Uint8Array }[];
  /** Extra headers (List-Unsubscribe…), already formatted. */
  headers: Record<string, string>;
  /** Chat replies: the provider's conversation id and the integration the reply goes through. */
  chat?: { integrationId: string; conversationId: string };
};

/** The server's answer to an accepted message ("250 2.0.0 Ok: queued as …", "0: Accepted for delivery"). */
export type SendResult = { reply: string };

/**
 * A refusal or failure to reach the server. `permanent` (an SMTP 5xx, a gateway's 4xx) ends the
 * message as FAILED at once; otherwise the job retries with backoff.
 */
export class TransportError extends Error {
  constructor(
    readonly reply: string,
    readonly permanent: boolean,
  ) {
    super(reply);
    this.name = "TransportError";
  }
}

export type Transport = { send(message: OutgoingMessage): Promise<SendResult> };

/** The configured transport of each channel; a missing one means that channel is not configured. */
export type Transports = Partial<Record<MessageChannel, Transport>>;

/** What Admin → Outbox and the interaction show for a message whose channel has no server. */
export const NOT_CONFIGURED: Record<MessageChannel, string> = {
  EMAIL: "Not sent: no mail server configured (SMTP_URL)",
  SMS: "Not sent: no SMS gateway configured (SMS_GATEWAY_URL)",
  CHAT: "Not sent: the chat integration has no reply endpoint",
};
