import type { AgreementType } from "../generated/prisma/enums.ts";

// Seed 001's own names for the agreement types: shown under these labels everywhere (lists, forms,
// details, messages, exports). Plain data, so client components use it too.
export const AGREEMENT_LABEL: Record<AgreementType, string> = {
  DATA_COLLECTION: "Data Collection",
  EMAIL_MARKETING: "Email Marketing",
  CALL_MARKETING: "Call Marketing",
  SMS_MARKETING: "SMS Marketing",
};

export const AGREEMENT_TYPES = Object.keys(AGREEMENT_LABEL) as AgreementType[];

export const agreementLabel = (type: string) => AGREEMENT_LABEL[type as AgreementType] ?? type;
