import { z } from "zod";
import { AppError, AppErrorCode } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import { ZRecordId } from "../records/record-id.ts";
import { teamForNewRecord } from "../access/team-for-new-record.ts";
import { normalisedColumns } from "../contact-mechanisms/mechanism-input.ts";
import { ZOptionalEmail, ZOptionalPhone } from "../contacts/contact-input.ts";
import type { ServiceContext } from "../service-context.ts";
import { ZAccountFieldsSchema } from "./account-input.ts";
import { findAccountDuplicates } from "./find-account-duplicates.ts";
import { maskAccountIdentifiers } from "./mask-identifiers.ts";

export const ZCreateAccountRequestSchema = ZAccountFieldsSchema.extend({
  kycStatus: ZAccountFieldsSchema.shape.kycStatus.default("NOT_STARTED"),
  email: ZOptionalEmail,
  phone: ZOptionalPhone,
  teamId: z.preprocess((v) => (v === "" ? undefined : v), ZRecordId.optional()),
  /** The user saw the duplicate warning and chose to create anyway. */
  allowDuplicate: z.boolean().default(false),
});
export type CreateAccountRequest = z.output<typeof ZCreateAccountRequestSchema>;

/** A new account, assigned to its creator, with its first email and phone as primary mechanisms. */
export async function createAccount(ctx: ServiceContext, req: CreateAccountRequest) {
  const teamId = await teamForNewRecord(ctx, req.teamId, "account");
  if (!req.allowDuplicate) {
    const duplicates = await findAccountDuplicates(ctx, { email: req.email, phone: req.phone });
    if (duplicates.length)
      throw new AppError(AppErrorCode.CONFLICT, "An account with this email or phone already exists.", {
        duplicates,
      });
  }
  const { email, phone, teamId: _chosen, allowDuplicate: _confirmed, ...fields } = req;
  return mutate(ctx, {
    action: "create",
    entityType: "Account",
    run: async (tx) => {
      const account = await tx.account.create({
        data: {
          ...fields,
          ownerId: ctx.viewer.id,
          teamId,
          contactMechanisms: {
            create: [
              ...(phone
                ? [
                    {
                      type: "PHONE" as const,
                      value: phone,
                      purpose: "work",
                      isPrimary: true,
                      ...normalisedColumns("PHONE", phone),
                    },
                  ]
                : []),
              ...(email
                ? [
                    {
                      type: "EMAIL" as const,
                      value: email,
                      purpose: "work",
                      isPrimary: true,
                      ...normalisedColumns("EMAIL", email),
                    },
                  ]
                : []),
            ],
          },
        },
      });
      const audited = {
        id: account.id,
        partyGroupName: account.partyGroupName,
        accountType: account.accountType,
        segment: account.segment,
        kycStatus: account.kycStatus,
        teamId,
        ownerId: account.ownerId,
      };
      return {
        result: maskAccountIdentifiers(ctx.viewer, account),
        entityId: account.id,
        after: { ...audited, email, phone },
      };
    },
  });
}
