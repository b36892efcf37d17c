import { signUnsubscribeToken } from "./token.ts";

type Env = Record<string, string | undefined>;

function appBaseUrl(env: Env): string {
  return (env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}

/** The one-click page a recipient opens (GET shows a confirm button, POST unsubscribes). */
export function unsubscribeUrl(
  subject: { accountId: string; contactId?: string | null },
  env: Env = process.env,
) {
  return `${appBaseUrl(env)}/unsubscribe/${signUnsubscribeToken(subject, { env })}`;
}

const needsUnsubscribe = (m: { channel: string; isMarketing: boolean; accountId: string | null }) =>
  m.channel === "EMAIL" && m.isMarketing && !!m.accountId;

/**
 * RFC 8058 headers for a marketing e-mail: the HTTPS link mail clients POST to for one-click
 * unsubscribe, plus a mailto (RFC 2369) when UNSUBSCRIBE_MAILTO names a mailbox that reads them.
 * The outbox worker's headersFor hook; every other message gets none.
 */
export function unsubscribeHeadersFor(
  m: { channel: string; isMarketing: boolean; accountId: string | null; contactId: string | null },
  env: Env = process.env,
): Record<string, string> {
  if (!needsUnsubscribe(m)) return {};
  const url = unsubscribeUrl({ accountId: m.accountId!, contactId: m.contactId }, env);
  const mailto = env.UNSUBSCRIBE_MAILTO ? `, <mailto:${env.UNSUBSCRIBE_MAILTO}?subject=unsubscribe>` : "";
  return {
    "List-Unsubscribe": `<${url}>${mailto}`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The footer link of a marketing e-mail, added when the message is queued so the stored body (what
 * Admin → Outbox shows) is exactly what is sent. Other messages are returned unchanged.
 */
export function withUnsubscribeFooter<
  M extends {
    channel: string;
    isMarketing?: boolean;
    accountId?: string | null;
    contactId?: string | null;
    textBody: string;
    htmlBody?: string | null;
  },
>(m: M, env: Env = process.env): M {
  if (
    !needsUnsubscribe({ channel: m.channel, isMarketing: !!m.isMarketing, accountId: m.accountId ?? null })
  ) {
    return m;
  }
  const url = unsubscribeUrl({ accountId: m.accountId!, contactId: m.contactId }, env);
  const text = `${m.textBody}\n\n--\nTo stop receiving these e-mails, unsubscribe: ${url}\n`;
  const footer = `<p style="margin-top:24px;font-size:12px;color:#64748b">To stop receiving these e-mails, <a href="${escapeHtml(url)}">unsubscribe</a>.</p>`;
  const html = m.htmlBody
    ? m.htmlBody.includes("</body>")
      ? m.htmlBody.replace("</body>", `${footer}</body>`)
      : `${m.htmlBody}${footer}`
    : m.htmlBody;
  return { ...m, textBody: text, htmlBody: html };
}
