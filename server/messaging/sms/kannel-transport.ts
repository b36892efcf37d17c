import { TransportError, type OutgoingMessage, type Transport } from "../transport.ts";
import { callbackBase, signMessageId } from "./callback-signature.ts";
import { smsRecipientE164 } from "./e164.ts";
import { countSmsParts } from "./sms-parts.ts";

type Env = Record<string, string | undefined>;

/** Kannel's sendsms answer when it took the message ("3: Queued for later delivery" also counts). */
const ACCEPTED = /^[03]:/;
const TIMEOUT_MS = 15_000;

/**
 * The delivery-report URL Kannel calls for this message. Kannel's sendsms answer carries no id,
 * so the message is named in the URL, signed; %d is the report type and %A the SMSC's answer.
 */
export function dlrUrl(messageId: string, env: Env = process.env): string | null {
  const base = callbackBase(env);
  const sig = signMessageId(messageId, env);
  if (!base || !sig) return null;
  const q = new URLSearchParams({ id: messageId, sig });
  return `${base}/api/sms/dlr?${q}&type=%d&answer=%A`;
}

/**
 * SMS through Kannel's sendsms HTTP interface, from SMS_GATEWAY_URL
 * (http://user:pass@host:13013/cgi-bin/sendsms; the credentials become username/password).
 * Delivery reports are asked for (dlr-mask=31) when the app knows its callback URL and secret.
 * A 4xx answer (bad credentials, a number the gateway refuses) is final; a 5xx or no answer is
 * retried by the outbox with backoff.
 */
export function kannelTransport(gatewayUrl: string, env: Env = process.env): Transport {
  const gateway = new URL(gatewayUrl);
  const username = decodeURIComponent(gateway.username);
  const password = decodeURIComponent(gateway.password);
  gateway.username = "";
  gateway.password = "";
  return {
    async send(m: OutgoingMessage) {
      const to = smsRecipientE164(m.toAddress);
      if (!to) throw new TransportError(`Not a valid mobile number: ${m.toAddress}`, true);
      const url = new URL(gateway);
      const q = url.searchParams;
      if (username) q.set("username", username);
      if (password) q.set("password", password);
      q.set("to", to);
      q.set("text", m.textBody);
      q.set("charset", "UTF-8");
      // Kannel sends 7-bit unless told otherwise and would turn other characters into "?".
      if (countSmsParts(m.textBody).encoding === "UCS-2") q.set("coding", "2");
      if (m.fromAddress) q.set("from", m.fromAddress);
      const dlr = dlrUrl(m.id, env);
      if (dlr) {
        q.set("dlr-mask", "31");
        q.set("dlr-url", dlr);
      }
      let res: Response;
      try {
        res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      } catch (e) {
        const cause = (e as { cause?: { code?: string } }).cause?.code;
        throw new TransportError(`SMS gateway unreachable: ${cause ?? (e as Error).message}`, false);
      }
      const reply = (await res.text().catch(() => "")).trim().slice(0, 500) || `HTTP ${res.status}`;
      if (res.status >= 400) throw new TransportError(reply, res.status < 500);
      if (!ACCEPTED.test(reply)) throw new TransportError(reply, false);
      return { reply };
    },
  };
}
