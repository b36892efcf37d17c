import nodemailer from "nodemailer";
import { TransportError, type Transport } from "../transport.ts";

type Env = Record<string, string | undefined>;
type SmtpError = Error & { responseCode?: number; response?: string; code?: string };

const POOL_DEFAULTS = { pool: "true", maxConnections: "10", maxMessages: "1000" };

/** The From used when neither the team nor the message names one. */
export function defaultMailFrom(env: Env = process.env): string {
  return env.MAIL_FROM || "Dealfloor <no-reply@dealfloor.local>";
}

/**
 * E-mail over SMTP with nodemailer, from SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS).
 * One pooled transport per process. The stored messageKey is the Message-ID, so a resend after a
 * crash carries the same id and the receiving side can tell it is one message.
 * A 5xx reply is a refusal for good; anything else (4xx, a refused connection, a timeout) is retried.
 */
export function smtpTransport(url: string, env: Env = process.env): Transport & { close(): void } {
  // A pool of connections kept open across messages: each new connection costs a greeting and EHLO
  // (and TLS on smtps). The URL's own pool settings win over these defaults.
  const pooled = new URL(url);
  for (const [key, value] of Object.entries(POOL_DEFAULTS)) {
    if (!pooled.searchParams.has(key)) pooled.searchParams.set(key, value);
  }
  const mailer = nodemailer.createTransport(pooled.toString());
  return {
    async send(m) {
      try {
        const info = await mailer.sendMail({
          from: m.fromAddress || defaultMailFrom(env),
          to: m.toAddress,
          subject: m.subject ?? "",
          text: m.textBody,
          ...(m.htmlBody ? { html: m.htmlBody } : {}),
          messageId: m.messageKey,
          headers: m.headers,
          attachments: m.attachments.map((a) => ({
            filename: a.fileName,
            contentType: a.mimeType,
            content: Buffer.from(a.content),
          })),
        });
        return { reply: info.response };
      } catch (e) {
        const err = e as SmtpError;
        const reply = err.response ?? err.message;
        throw new TransportError(reply, (err.responseCode ?? 0) >= 500);
      }
    },
    close: () => mailer.close(),
  };
}
