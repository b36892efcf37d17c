import { recordAudit } from "../../audit/record-audit.ts";
import type { Tx } from "../../records/mutate.ts";

type StoredInbound = {
  id: string;
  fromAddress: string;
  subject: string | null;
  textBody: string;
  receivedAt: Date;
};

/**
 * The inbound EMAIL interaction a received e-mail becomes on an account's timeline (the poll's
 * match, or an admin's triage assignment), audited in the caller's transaction. It is assigned to
 * whoever sent the message it answers, else to the account's owner, so it lands on someone's desk.
 */
export async function createInboundInteraction(
  tx: Tx,
  email: StoredInbound,
  to: { accountId: string; contactId: string | null; assignedUserId: string | null },
  actorId: string | null = null,
) {
  const account = await tx.account.findUniqueOrThrow({
    where: { id: to.accountId },
    select: { teamId: true, ownerId: true, partyGroupName: true },
  });
  const interaction = await tx.interaction.create({
    data: {
      name: (email.subject ?? `E-mail from ${email.fromAddress}`).slice(0, 200),
      type: "EMAIL",
      channel: "EMAIL",
      communicationChannel: "EMAIL",
      direction: "INBOUND",
      status: "COMPLETED",
      subject: email.subject,
      body: email.textBody,
      emailAddress: email.fromAddress,
      activityDate: email.receivedAt,
      accountId: to.accountId,
      contactId: to.contactId,
      accountName: account.partyGroupName,
      assignedUserId: to.assignedUserId ?? account.ownerId,
      teamId: account.teamId,
    },
  });
  await recordAudit(tx, {
    actorId,
    action: "create",
    entityType: "Interaction",
    entityId: interaction.id,
    after: { ...interaction, inboundEmailId: email.id },
  });
  return interaction;
}
