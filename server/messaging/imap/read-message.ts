import { createHash } from "node:crypto";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { storableText } from "../../records/text.ts";

/** What the poll keeps of one mailbox message: cleaned, bounded, safe to store as it is. */
export type InboundMessage = {
  /** Its Message-ID, or a hash of the raw message when it has none (or an unusable one). */
  messageKey: string;
  fromAddress: string;
  toAddress: string | null;
  subject: string | null;
  textBody: string;
  /** In-Reply-To first, then References newest first: the ids a reply threads on. */
  threadIds: string[];
  inReplyTo: string | null;
  receivedAt: Date;
  /** Set when the message is a delivery status notification (a bounce). */
  dsn: DeliveryStatus | null;
};

export type DeliveryStatus = {
  /** RFC 3464 Action of the first recipient: failed, delayed, delivered, relayed, expanded. */
  action: string | null;
  status: string | null;
  diagnostic: string;
  /** The Message-ID of the message that bounced, from the returned headers. */
  originalMessageId: string | null;
};

// Bounds on what one message may put in the database; a hostile message with a megabyte subject
// is cut, never refused (nobody can fix a received e-mail).
const MAX_SUBJECT = 998;
const MAX_ADDRESS = 320;
const MAX_BODY = 100_000;
const MAX_KEY = 500;
const MAX_THREAD_IDS = 50;

/** Storable, single-line-ish, bounded text: NUL and broken surrogates become U+FFFD. */
export function clean(value: string | null | undefined, max: number): string | null {
  if (value == null) return null;
  const text = storableText(value).trim();
  return text === "" ? null : text.slice(0, max);
}

const MESSAGE_ID = /<[^<>\s]+>/g;

function ids(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(" ") : (value ?? "");
  return joined.match(MESSAGE_ID) ?? [];
}

function firstAddress(a: AddressObject | AddressObject[] | undefined): string | null {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  for (const group of list) for (const v of group.value) if (v.address) return v.address;
  return null;
}

function keyOf(messageId: string | undefined, raw: Buffer): string {
  const cleaned = clean(messageId, MAX_KEY + 1);
  if (cleaned && cleaned.length <= MAX_KEY && /^<[^<>\s]+>$/.test(cleaned)) return cleaned;
  return `sha256:${createHash("sha256").update(raw).digest("hex")}`;
}

const field = (text: string, name: string) => {
  // DSN fields may be folded over several lines (continuations start with white space).
  const m = new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\r?\\n[ \\t]+.*)*)`, "im").exec(text);
  return m ? m[1]!.replace(/\r?\n[ \t]+/g, " ").trim() : null;
};

/**
 * A delivery status notification: multipart/report; report-type=delivery-status (RFC 3464).
 * mailparser folds the message/delivery-status part into the text and keeps the returned headers
 * (text/rfc822-headers or message/rfc822) as an attachment, so the fields are read from both.
 */
function deliveryStatus(mail: ParsedMail): DeliveryStatus | null {
  const type = mail.headers.get("content-type") as
    { value?: string; params?: Record<string, string> } | undefined;
  const isReport =
    type?.value?.toLowerCase() === "multipart/report" &&
    type.params?.["report-type"]?.toLowerCase() === "delivery-status";
  const text = mail.text ?? "";
  if (!isReport && !/^Action:\s*failed/im.test(text)) return null;
  if (!isReport && !/^(Final|Original)-Recipient:/im.test(text)) return null;
  const returned = mail.attachments
    .filter((a) => /^(text\/rfc822-headers|message\/rfc822|message\/global-headers)/i.test(a.contentType))
    .map((a) => a.content.toString("utf8"))
    .join("\n");
  const original =
    field(text, "Original-Message-ID")?.match(MESSAGE_ID)?.[0] ??
    /^Message-ID:[ \t]*(<[^<>\s]+>)/im.exec(returned)?.[1] ??
    ids(mail.inReplyTo)[0] ??
    null;
  return {
    action: field(text, "Action")?.toLowerCase() ?? null,
    status: field(text, "Status"),
    diagnostic: clean(field(text, "Diagnostic-Code") ?? field(text, "Status") ?? "Bounced", 2000)!,
    originalMessageId: clean(original, MAX_KEY),
  };
}

/** Parses one raw message from the mailbox into what the poll stores. */
export async function readMessage(raw: Buffer, internalDate?: Date): Promise<InboundMessage> {
  const mail = await simpleParser(raw, { skipHtmlToText: false, skipImageLinks: true });
  const inReplyTo = ids(mail.inReplyTo);
  const references = ids(mail.references).reverse();
  const threadIds = [...new Set([...inReplyTo, ...references])]
    .map((id) => clean(id, MAX_KEY))
    .filter((id): id is string => id !== null)
    .slice(0, MAX_THREAD_IDS);
  const date = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : undefined;
  return {
    messageKey: keyOf(mail.messageId, raw),
    fromAddress: clean(firstAddress(mail.from), MAX_ADDRESS)?.toLowerCase() ?? "(no sender)",
    toAddress: clean(firstAddress(mail.to), MAX_ADDRESS),
    subject: clean(mail.subject, MAX_SUBJECT),
    textBody: clean(mail.text ?? "", MAX_BODY) ?? "",
    threadIds,
    inReplyTo: clean(inReplyTo[0], MAX_KEY),
    receivedAt: internalDate ?? date ?? new Date(),
    dsn: deliveryStatus(mail),
  };
}
