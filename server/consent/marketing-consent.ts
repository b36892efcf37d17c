import type { Prisma } from "../generated/prisma/client.ts";
import type { AgreementType, CommunicationChannel } from "../generated/prisma/enums.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { activeAgreementWhere } from "../agreements/agreement-status.ts";
import { AGREEMENT_LABEL } from "../agreements/agreement-labels.ts";

// Consent is enforced, not just recorded (seed 004's "consent-based access to information"):
// marketing on a channel needs an active agreement of that channel's type.
const AGREEMENT_FOR_CHANNEL: Partial<Record<CommunicationChannel, AgreementType>> = {
  EMAIL: "EMAIL_MARKETING",
  SMS: "SMS_MARKETING",
  PHONE: "CALL_MARKETING",
};

export function agreementNeededFor(channel: CommunicationChannel): AgreementType | null {
  return AGREEMENT_FOR_CHANNEL[channel] ?? null;
}

/** Throws, naming the missing agreement, unless the account may be marketed to on this channel. */
export async function assertMarketingConsent(
  tx: Prisma.TransactionClient,
  account: { id: string; partyGroupName: string },
  channel: CommunicationChannel,
  now = new Date(),
): Promise<void> {
  const needed = agreementNeededFor(channel);
  if (!needed) return;
  const agreement = await tx.agreement.findFirst({
    where: { accountId: account.id, agreementType: needed, deletedAt: null, ...activeAgreementWhere(now) },
    select: { id: true },
  });
  if (!agreement) {
    throw new AppError(
      AppErrorCode.UNPROCESSABLE,
      `${account.partyGroupName} has no active ${AGREEMENT_LABEL[needed]} agreement, so marketing by ${channel.toLowerCase()} is not allowed. An admin can add the agreement on the account's Sales tab.`,
      { missingAgreement: needed },
    );
  }
}
