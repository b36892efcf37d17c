import { contactScope, leadScope } from "../access/visibility.ts";
import type { ServiceContext } from "../service-context.ts";
import { toE164 } from "../phone/to-e164.ts";

export type LeadDuplicate = {
  kind: "lead" | "contact";
  id: string;
  name: string;
  matchedOn: "email" | "phone";
  value: string;
};

/**
 * Leads and contacts the viewer can see that already have this email or phone (matched as
 * E.164), so a rep opens the existing person instead of keying them twice. Hidden records are
 * never reported: another team's record must look like a missing one. One query.
 */
export async function findLeadDuplicates(
  { db, viewer }: ServiceContext,
  input: { email?: string | null; phone?: string | null; excludeLeadId?: string },
): Promise<LeadDuplicate[]> {
  const emailLower = input.email?.trim().toLowerCase() || null;
  const e164 = input.phone ? toE164(input.phone) : null;
  if (!emailLower && !e164) return [];
  const matches = await db.contactMechanism.findMany({
    where: {
      AND: [
        { OR: [...(emailLower ? [{ emailLower }] : []), ...(e164 ? [{ e164 }] : [])] },
        {
          OR: [
            {
              lead: {
                ...leadScope(viewer),
                ...(input.excludeLeadId ? { id: { not: input.excludeLeadId } } : {}),
              },
            },
            { contact: contactScope(viewer) },
          ],
        },
      ],
    },
    take: 10,
    select: {
      value: true,
      emailLower: true,
      lead: { select: { id: true, foreName: true, surname: true, partyId: true } },
      contact: { select: { id: true, foreName: true, surname: true } },
    },
  });
  const seen = new Set<string>();
  return matches.flatMap((m) => {
    const matchedOn = m.emailLower ? ("email" as const) : ("phone" as const);
    const hit = m.lead
      ? {
          kind: "lead" as const,
          id: m.lead.id,
          name: `${m.lead.foreName} ${m.lead.surname} (${m.lead.partyId})`,
        }
      : m.contact
        ? { kind: "contact" as const, id: m.contact.id, name: `${m.contact.foreName} ${m.contact.surname}` }
        : null;
    if (!hit || seen.has(`${hit.kind}:${hit.id}`)) return [];
    seen.add(`${hit.kind}:${hit.id}`);
    return [{ ...hit, matchedOn, value: m.value }];
  });
}
