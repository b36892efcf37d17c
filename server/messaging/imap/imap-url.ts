import type { ImapFlowOptions } from "imapflow";

export type ImapMailbox = {
  options: ImapFlowOptions;
  /** The folder to read, INBOX unless the URL names another. */
  path: string;
  /** The MailboxCursor id: server, user and folder, never the password. */
  cursorKey: string;
};

/**
 * IMAP_URL (imap://user:password@host:143/INBOX or imaps://…:993/…, validated in server/env.ts)
 * as imapflow options. imap:// still upgrades with STARTTLS when the server offers it.
 */
export function imapMailbox(imapUrl: string): ImapMailbox {
  const url = new URL(imapUrl);
  const secure = url.protocol === "imaps:";
  const port = url.port ? Number(url.port) : secure ? 993 : 143;
  const user = decodeURIComponent(url.username);
  const path = decodeURIComponent(url.pathname.replace(/^\//, "")) || "INBOX";
  return {
    options: {
      host: url.hostname,
      port,
      secure,
      auth: { user, pass: decodeURIComponent(url.password) },
      logger: false,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    },
    path,
    cursorKey: `imap://${user}@${url.hostname}:${port}/${path}`,
  };
}
