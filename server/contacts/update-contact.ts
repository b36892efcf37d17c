import { contactScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { assertVersion, mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import { ZUpdateContactRequestSchema, type UpdateContactRequest } from "./contact-input.ts";

/** Edits a contact. A save made on a stale copy gets CONFLICT carrying the current record. */
export async function updateContact(ctx: ServiceContext, input: UpdateContactRequest) {
  const { id, version, ...fields } = ZUpdateContactRequestSchema.parse(input);
  return mutate(ctx, {
    action: "update",
    entityType: "Contact",
    run: async (tx) => {
      const before = await tx.contact.findFirst({ where: { id, ...contactScope(ctx.viewer) } });
      if (!before) throw notFound("Contact");
      assertVersion(before, version, "Contact");
      const { count } = await tx.contact.updateMany({
        where: { id, version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count === 0)
        throw new AppError(
          AppErrorCode.CONFLICT,
          "This contact was changed by someone else. Review their changes and save again.",
        );
      const after = await tx.contact.findUniqueOrThrow({ where: { id } });
      return { result: after, entityId: id, before, after };
    },
  });
}
