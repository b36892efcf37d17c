import type { Prisma } from "../generated/prisma/client.ts";
import { toE164 } from "../phone/to-e164.ts";

/** The mechanisms an email or phone (matched as E.164) would duplicate; null when neither is given. */
export function duplicateKeysWhere(input: {
  email?: string;
  phone?: string;
}): Prisma.ContactMechanismWhereInput | null {
  const emailLower = input.email?.trim().toLowerCase() || null;
  const e164 = input.phone ? toE164(input.phone) : null;
  if (!emailLower && !e164) return null;
  return { OR: [...(emailLower ? [{ emailLower }] : []), ...(e164 ? [{ e164 }] : [])] };
}

export const matchedOn = (m: { emailLower: string | null }) =>
  m.emailLower ? ("email" as const) : ("phone" as const);
