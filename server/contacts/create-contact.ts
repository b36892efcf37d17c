import { accountScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CreateContactRequest } from "./contact-input.ts";
import { toE164 } from "../phone/to-e164.ts";
import { findContactDuplicates } from "./find-contact-duplicates.ts";

/**
 * Creates a contact in the viewer's team (or the account's). A matching email or phone is a
 * warning the user must confirm, answered with the existing records so they can open one instead.
 */
export async function createContact(ctx: ServiceContext, req: CreateContactRequest) {
  const { db, viewer } = ctx;
  let teamId = viewer.teamIds[0] ?? viewer.managedTeamIds[0];
  if (req.accountId) {
    const account = await db.account.findFirst({
      where: { id: req.accountId, ...accountScope(viewer) },
      select: { teamId: true },
    });
    if (!account) throw notFound("Account");
    teamId = account.teamId;
  }
  if (!teamId)
    throw new AppError(
      AppErrorCode.BAD_REQUEST,
      "Choose an account: you are not in a team a contact could belong to.",
    );
  if (!req.allowDuplicate) {
    const duplicates = await findContactDuplicates(ctx, { email: req.email, phone: req.phone });
    if (duplicates.length) {
      throw new AppError(AppErrorCode.CONFLICT, "A contact with this email or phone already exists.", {
        duplicates,
      });
    }
  }
  return mutate(ctx, {
    action: "create",
    entityType: "Contact",
    run: async (tx) => {
      const contact = await tx.contact.create({
        data: {
          foreName: req.foreName,
          middleInitial: req.middleInitial,
          surname: req.surname,
          jobTitle: req.jobTitle,
          accountId: req.accountId,
          ownerId: viewer.id,
          teamId,
          contactMechanisms: {
            create: [
              ...(req.phone
                ? [{ type: "PHONE" as const, value: req.phone, e164: toE164(req.phone), isPrimary: true }]
                : []),
              ...(req.email
                ? [
                    {
                      type: "EMAIL" as const,
                      value: req.email,
                      emailLower: req.email.toLowerCase(),
                      isPrimary: true,
                    },
                  ]
                : []),
            ],
          },
        },
        include: { contactMechanisms: true },
      });
      return { result: contact, entityId: contact.id, after: contact };
    },
  });
}
