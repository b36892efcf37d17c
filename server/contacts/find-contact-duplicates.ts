import { contactScope } from "../access/visibility.ts";
import type { ServiceContext } from "../service-context.ts";
import { duplicateKeysWhere, matchedOn } from "../contact-mechanisms/duplicate-keys.ts";

export type ContactDuplicate = { id: string; name: string; matchedOn: "email" | "phone"; value: string };

/**
 * Contacts the viewer can see that already have this email or phone (as E.164). Hidden contacts
 * are not reported: another team's record must look like a missing one.
 */
export async function findContactDuplicates(
  { db, viewer }: ServiceContext,
  input: { email?: string; phone?: string },
): Promise<ContactDuplicate[]> {
  const keys = duplicateKeysWhere(input);
  if (!keys) return [];
  const matches = await db.contactMechanism.findMany({
    where: { ...keys, contact: contactScope(viewer) },
    take: 10,
    select: {
      value: true,
      emailLower: true,
      contact: { select: { id: true, foreName: true, surname: true } },
    },
  });
  return matches.flatMap((m) =>
    m.contact
      ? [
          {
            id: m.contact.id,
            name: `${m.contact.foreName} ${m.contact.surname}`,
            matchedOn: matchedOn(m),
            value: m.value,
          },
        ]
      : [],
  );
}
