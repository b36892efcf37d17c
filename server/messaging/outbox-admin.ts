import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { MessageState } from "../generated/prisma/enums.ts";
import { accountScope, contactScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import { ZRecordId } from "../records/record-id.ts";
import type { ServiceContext } from "../service-context.ts";
import { defaultMailFrom } from "./email/smtp-transport.ts";
import { messageScope } from "./message-scope.ts";
import { channelConfigured, retryableStates } from "./retry-message.ts";
import { NOT_CONFIGURED } from "./transport.ts";
import { unsubscribeHeadersFor } from "./unsubscribe/links.ts";

// Admin → Outbox and the message state shown on interactions. Read-only; retry is retry-message.ts.

export const ZListOutboxRequestSchema = ZPageRequestSchema.extend({
  state: z.enum(MessageState).optional(),
});
export const ZMessageIdRequestSchema = z.object({ id: ZRecordId });
export const ZInteractionMessagesRequestSchema = z.object({
  interactionIds: z.array(ZRecordId).max(200),
});
export const ZComposeDefaultsRequestSchema = z.object({
  accountId: ZRecordId,
  contactId: ZRecordId.optional(),
});

const spec: KeysetSpec = { fields: [{ name: "createdAt", dir: "desc", type: "date" }] };

const listSelect = {
  id: true,
  channel: true,
  state: true,
  toAddress: true,
  subject: true,
  attempts: true,
  lastReply: true,
  createdAt: true,
  sentAt: true,
  isMarketing: true,
  interactionId: true,
  accountId: true,
} satisfies Prisma.OutboundMessageSelect;

/** A message's reply as a person should read it: a NOT_SENT without a reply says why. */
function replyOf(m: { state: string; channel: keyof typeof NOT_CONFIGURED; lastReply: string | null }) {
  if (m.state === "NOT_SENT" && !m.lastReply) return NOT_CONFIGURED[m.channel];
  return m.lastReply;
}

export async function listOutbox(ctx: ServiceContext, req: z.output<typeof ZListOutboxRequestSchema>) {
  const where: Prisma.OutboundMessageWhereInput = { ...messageScope(ctx.viewer), state: req.state };
  const page = await keysetPage(spec, req, where, (args) =>
    ctx.db.outboundMessage.findMany({ ...args, select: listSelect }),
  );
  return {
    ...page,
    items: page.items.map((m) => ({ ...m, lastReply: replyOf(m) })),
    emailConfigured: channelConfigured("EMAIL"),
  };
}

/** One message as it would have been sent: its headers, text part and HTML part (as stored). */
export async function getOutboxMessage(ctx: ServiceContext, req: z.output<typeof ZMessageIdRequestSchema>) {
  const m = await ctx.db.outboundMessage.findFirst({
    where: { id: req.id, ...messageScope(ctx.viewer) },
    include: {
      interaction: { select: { name: true, attachments: { select: { fileName: true, mimeType: true } } } },
    },
  });
  if (!m) throw notFound("Message");
  const headers: [string, string][] =
    m.channel === "EMAIL"
      ? [
          ["From", m.fromAddress || defaultMailFrom()],
          ["To", m.toAddress],
          ["Subject", m.subject ?? ""],
          ["Message-ID", m.messageKey],
          ...Object.entries(unsubscribeHeadersFor(m)),
        ]
      : [
          ["To", m.toAddress],
          ["Reference", m.messageKey],
        ];
  return {
    id: m.id,
    channel: m.channel,
    state: m.state,
    attempts: m.attempts,
    lastReply: replyOf(m),
    createdAt: m.createdAt,
    sentAt: m.sentAt,
    failedAt: m.failedAt,
    isMarketing: m.isMarketing,
    interactionId: m.interactionId,
    interactionName: m.interaction?.name ?? null,
    accountId: m.accountId,
    headers,
    textBody: m.textBody,
    htmlBody: m.htmlBody,
    attachments: m.interaction?.attachments ?? [],
    retryable: (retryableStates(m.channel) as readonly string[]).includes(m.state),
  };
}

/** The messages of the interactions a person is looking at, with whether each may be retried. */
export async function messagesForInteractions(
  ctx: ServiceContext,
  req: z.output<typeof ZInteractionMessagesRequestSchema>,
) {
  if (!req.interactionIds.length) return [];
  const rows = await ctx.db.outboundMessage.findMany({
    where: { interactionId: { in: req.interactionIds }, ...messageScope(ctx.viewer) },
    select: listSelect,
    orderBy: { createdAt: "desc" },
  });
  return rows.map((m) => ({
    ...m,
    lastReply: replyOf(m),
    retryable: (retryableStates(m.channel) as readonly string[]).includes(m.state),
  }));
}

/** The compose dialog's To: the contact's primary e-mail, else their first, else the account's. */
export async function composeDefaults(
  ctx: ServiceContext,
  req: z.output<typeof ZComposeDefaultsRequestSchema>,
) {
  const account = await ctx.db.account.findFirst({
    where: { id: req.accountId, ...accountScope(ctx.viewer) },
    select: { id: true, partyGroupName: true },
  });
  if (!account) throw notFound("Account");
  const owner = req.contactId
    ? await ctx.db.contact.findFirst({
        where: { id: req.contactId, accountId: account.id, ...contactScope(ctx.viewer) },
        select: { id: true },
      })
    : null;
  if (req.contactId && !owner) throw notFound("Contact");
  const emails = await ctx.db.contactMechanism.findMany({
    where: { type: "EMAIL", ...(owner ? { contactId: owner.id } : { accountId: account.id }) },
    orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }],
    select: { value: true },
    take: 1,
  });
  return {
    accountName: account.partyGroupName,
    to: emails[0]?.value ?? "",
    emailConfigured: channelConfigured("EMAIL"),
  };
}
