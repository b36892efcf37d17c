import { contactScope } from "../access/visibility.ts";
import type { ServiceContext } from "../service-context.ts";
import { toE164 } from "../phone/to-e164.ts";

export type ContactDuplicate = { id: string; name: string; matchedOn: "email" | "phone"; value: string };

/**
 * Contacts the viewer can see that already have this email or phone (as E.164). Hidden contacts
 * are not reported: another team's record must look like a missing one.
 */
export async function findContactDuplicates({ db, viewer }: ServiceContext, input: { email?: string; phone?: string }): Promise<ContactDuplicate[]> {
  const emailLower = input.email?.trim().toLowerCase() || null;
  const e164 = input.phone ? toE164(input.phone) : null;
  if (!emailLower && !e164) return [];
  const matches = await db.contactMechanism.findMany({
    where: {
      OR: [...(emailLower ? [{ emailLower }] : []), ...(e164 ? [{ e164 }] : [])],
      contact: contactScope(viewer),
    },
    take: 10,
    select: { value: true, emailLower: true, contact: { select: { id: true, foreName: true, surname: true } } },
  });
  return matches.flatMap((m) =>
    m.contact
      ? [{ id: m.contact.id, name: `${m.contact.foreName} ${m.contact.surname}`, matchedOn: m.emailLower ? ("email" as const) : ("phone" as const), value: m.value }]
      : [],
  );
}
