import type { CommunicationChannel, InteractionType } from "../generated/prisma/enums.ts";
import { accountScope, contactScope, opportunityScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { mutate, type Tx } from "../records/mutate.ts";
import type { Interaction } from "../generated/prisma/client.ts";
import { assertMarketingConsent } from "../consent/marketing-consent.ts";
import type { ServiceContext } from "../service-context.ts";
import { storeAttachments } from "../attachments/store-attachments.ts";
import type { CreateInteractionRequest } from "./interaction-schema.ts";
import { queueOutboundMessage } from "../messaging/queue-message.ts";
import { textToHtml } from "../messaging/email/text-to-html.ts";
import { withTemplateRendered } from "../templates/interaction-template.ts";

const CHANNEL_OF_TYPE: Record<InteractionType, CommunicationChannel> = {
  CALL: "PHONE",
  MEETING: "MEETING",
  EMAIL: "EMAIL",
  SMS: "SMS",
  CHAT: "CHAT",
  TASK: "PHONE",
};

/** Logs (and optionally sends) an interaction on an account the viewer can see. Takes validated input. */
export async function createInteraction(
  ctx: ServiceContext,
  input: CreateInteractionRequest,
  now = new Date(),
) {
  const { db, viewer } = ctx;
  const req = await withTemplateRendered(ctx, input);
  const account = await db.account.findFirst({
    where: { id: req.accountId, ...accountScope(viewer) },
    select: { id: true, partyGroupName: true, teamId: true, team: { select: { mailFrom: true } } },
  });
  if (!account) throw notFound("Account");
  if (
    req.contactId &&
    !(await db.contact.count({
      where: { id: req.contactId, accountId: account.id, ...contactScope(viewer) },
    }))
  ) {
    throw notFound("Contact");
  }
  if (
    req.opportunityId &&
    !(await db.opportunity.count({
      where: { id: req.opportunityId, accountId: account.id, ...opportunityScope(viewer) },
    }))
  ) {
    throw notFound("Opportunity");
  }
  // Templates are shared by every team; an unknown one is a 404, not a foreign-key 500.
  if (req.result.templateId && !(await db.messageTemplate.count({ where: { id: req.result.templateId } }))) {
    throw notFound("Template");
  }
  const assignedUserId = req.assignedUserId ?? viewer.id;
  if (
    assignedUserId !== viewer.id &&
    !(await db.teamMembership.count({ where: { userId: assignedUserId, teamId: account.teamId } }))
  ) {
    throw notFound("Assigned User");
  }

  const channel = req.result.communicationChannel ?? CHANNEL_OF_TYPE[req.planning.type];
  const completed = Boolean(req.result.activityDate || req.send);
  return mutate(ctx, {
    action: "create",
    entityType: "Interaction",
    run: async (tx) => {
      if (req.isMarketing) await assertMarketingConsent(tx, account, channel, now);
      const interaction = await tx.interaction.create({
        data: {
          ...req.planning,
          ...req.result,
          durationHours: req.result.durationHours,
          accountId: account.id,
          contactId: req.contactId,
          opportunityId: req.opportunityId,
          assignedUserId,
          teamId: account.teamId,
          channel,
          direction: req.direction,
          isMarketing: req.isMarketing,
          status: completed ? "COMPLETED" : "PLANNED",
          activityDate: req.result.activityDate ?? (req.send ? now : undefined),
          accountName: req.result.accountName ?? account.partyGroupName,
        },
      });
      await storeAttachments(tx, interaction.id, req.attachments);
      // "Send to customer" writes the message with the interaction; the job queue sends it after the
      // commit, and sentAt is set only when a server accepted it.
      const message = req.send ? await queueFromInteraction(tx, interaction, account, viewer.id) : null;
      const after = {
        ...interaction,
        attachments: req.attachments.map((a) => a.fileName),
        messageId: message?.id,
      };
      return { result: { ...interaction, messageId: message?.id ?? null }, entityId: interaction.id, after };
    },
  }).then(async (result) => {
    if (result.messageId) await ctx.kickOutbox?.([result.messageId]);
    return result;
  });
}

function queueFromInteraction(
  tx: Tx,
  interaction: Interaction,
  account: { teamId: string; team: { mailFrom: string | null } },
  senderId: string,
) {
  const email = interaction.communicationChannel === "EMAIL";
  const textBody = interaction.body ?? interaction.actionTemplateContent ?? "";
  return queueOutboundMessage(tx, {
    channel: email ? "EMAIL" : "SMS",
    teamId: account.teamId,
    senderId,
    interactionId: interaction.id,
    accountId: interaction.accountId,
    contactId: interaction.contactId,
    isMarketing: interaction.isMarketing,
    fromAddress: email ? account.team.mailFrom : null,
    toAddress: (email ? interaction.emailAddress : interaction.phoneNumber) ?? "",
    subject: email ? interaction.subject : null,
    textBody,
    htmlBody: email && !interaction.sendMsgAsText ? textToHtml(textBody) : null,
  });
}
