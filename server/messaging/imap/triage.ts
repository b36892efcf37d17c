import { z } from "zod";
import { contactScope } from "../../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../../errors.ts";
import { mutate } from "../../records/mutate.ts";
import { ZRecordId } from "../../records/record-id.ts";
import { zMultilineText } from "../../records/text.ts";
import type { ServiceContext } from "../../service-context.ts";
import { createInboundInteraction } from "./inbound-interaction.ts";

export const ZAssignTriagedRequestSchema = z.object({ id: ZRecordId, contactId: ZRecordId });
export type AssignTriagedRequest = z.infer<typeof ZAssignTriagedRequestSchema>;

export const ZDiscardTriagedRequestSchema = z.object({
  id: ZRecordId,
  reason: zMultilineText({ error: "Say why it is discarded" })
    .min(3, "Say why it is discarded (at least 3 characters)")
    .max(500, "At most 500 characters"),
});
export type DiscardTriagedRequest = z.infer<typeof ZDiscardTriagedRequestSchema>;

const LIST_LIMIT = 200;
const EXCERPT = 240;

const alreadyHandled = () =>
  new AppError(
    AppErrorCode.CONFLICT,
    "This message was already handled by someone else. The list is refreshed.",
  );

/** E-mails nobody could be matched to, newest first, for Admin → Inbox triage. */
export async function listTriage(ctx: ServiceContext) {
  const where = { state: "TRIAGE" as const };
  const [rows, total] = await Promise.all([
    ctx.db.inboundEmail.findMany({
      where,
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        fromAddress: true,
        toAddress: true,
        subject: true,
        textBody: true,
        receivedAt: true,
      },
    }),
    ctx.db.inboundEmail.count({ where }),
  ]);
  const items = rows.map(({ textBody, ...r }) => ({
    ...r,
    excerpt: textBody.replace(/\s+/g, " ").trim().slice(0, EXCERPT),
  }));
  return { items, total };
}

/**
 * Files a triaged e-mail on a contact: the inbound interaction on the contact's account, once. The
 * state moves TRIAGE → MATCHED by a conditional update, so of two admins clicking at once one wins
 * and the other gets CONFLICT.
 */
export async function assignTriaged(ctx: ServiceContext, req: AssignTriagedRequest) {
  const contact = await ctx.db.contact.findFirst({
    where: { id: req.contactId, deletedAt: null, ...contactScope(ctx.viewer) },
    select: { id: true, accountId: true, account: { select: { deletedAt: true } } },
  });
  if (!contact) throw new AppError(AppErrorCode.NOT_FOUND, "Contact not found", { field: "contactId" });
  if (!contact.accountId || contact.account?.deletedAt) {
    throw new AppError(
      AppErrorCode.BAD_REQUEST,
      "This contact belongs to no account, and an e-mail lands on an account's timeline: pick another contact.",
      { field: "contactId" },
    );
  }
  const accountId = contact.accountId;
  return mutate(ctx, {
    action: "inbound-email.assign",
    entityType: "InboundEmail",
    run: async (tx) => {
      const { count } = await tx.inboundEmail.updateMany({
        where: { id: req.id, state: "TRIAGE" },
        data: { state: "MATCHED", accountId, contactId: contact.id },
      });
      if (count !== 1) {
        if (!(await tx.inboundEmail.count({ where: { id: req.id } }))) throw notFound("Message");
        throw alreadyHandled();
      }
      const email = await tx.inboundEmail.findUniqueOrThrow({ where: { id: req.id } });
      const interaction = await createInboundInteraction(
        tx,
        email,
        { accountId, contactId: contact.id, assignedUserId: null },
        ctx.viewer.id,
      );
      await tx.inboundEmail.update({ where: { id: email.id }, data: { interactionId: interaction.id } });
      return {
        result: { id: email.id, interactionId: interaction.id, accountId },
        entityId: email.id,
        before: { state: "TRIAGE" },
        after: { state: "MATCHED", accountId, contactId: contact.id, interactionId: interaction.id },
      };
    },
  });
}

/** Drops a triaged e-mail (spam, a newsletter) with the reason in the audit trail, once. */
export async function discardTriaged(ctx: ServiceContext, req: DiscardTriagedRequest) {
  return mutate(ctx, {
    action: "inbound-email.discard",
    entityType: "InboundEmail",
    run: async (tx) => {
      const { count } = await tx.inboundEmail.updateMany({
        where: { id: req.id, state: "TRIAGE" },
        data: { state: "DISCARDED" },
      });
      if (count !== 1) {
        if (!(await tx.inboundEmail.count({ where: { id: req.id } }))) throw notFound("Message");
        throw alreadyHandled();
      }
      return {
        result: { id: req.id },
        entityId: req.id,
        before: { state: "TRIAGE" },
        after: { state: "DISCARDED", reason: req.reason },
      };
    },
  });
}
