import { toE164 } from "../phone/to-e164.ts";
import type { Tx } from "../records/mutate.ts";

/**
 * Sets the lead's primary email and phone from the form: a changed value replaces the primary
 * mechanism, an emptied one removes it, others (secondary numbers, addresses) are left alone.
 */
export async function syncPrimaryMechanisms(
  tx: Tx,
  leadId: string,
  values: { email: string | null; phone: string | null },
): Promise<void> {
  const current = await tx.contactMechanism.findMany({
    where: { leadId, isPrimary: true, type: { in: ["EMAIL", "PHONE"] } },
  });
  for (const type of ["EMAIL", "PHONE"] as const) {
    const value = type === "EMAIL" ? values.email : values.phone;
    const existing = current.find((m) => m.type === type);
    if (existing?.value === value) continue;
    if (existing) await tx.contactMechanism.delete({ where: { id: existing.id } });
    if (value) await tx.contactMechanism.create({ data: { leadId, ...mechanismData(type, value) } });
  }
}

export function mechanismData(type: "EMAIL" | "PHONE", value: string) {
  return type === "EMAIL"
    ? { type, value, emailLower: value.toLowerCase(), isPrimary: true }
    : { type, value, e164: toE164(value), isPrimary: true };
}
