import type { CommunicationChannel, InteractionType } from "../generated/prisma/enums.ts";
import { accountScope, contactScope, opportunityScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import { assertMarketingConsent } from "../consent/marketing-consent.ts";
import type { ServiceContext } from "../service-context.ts";
import { storeAttachments } from "../attachments/store-attachments.ts";
import type { CreateInteractionRequest } from "./interaction-schema.ts";

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
  req: CreateInteractionRequest,
  now = new Date(),
) {
  const { db, viewer } = ctx;
  const account = await db.account.findFirst({
    where: { id: req.accountId, ...accountScope(viewer) },
    select: { id: true, partyGroupName: true, teamId: true },
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
          sentAt: req.send ? now : undefined,
        },
      });
      await storeAttachments(tx, interaction.id, req.attachments);
      const after = { ...interaction, attachments: req.attachments.map((a) => a.fileName) };
      return { result: interaction, entityId: interaction.id, after };
    },
  });
}
