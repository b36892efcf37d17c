import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let nobodysHash: Promise<string> | null = null;

/**
 * Spends a real verification when there is no account (or it is disabled), so a failed sign-in
 * takes as long for an unknown e-mail as for a known one: the timing says nothing more than the
 * message does about which accounts exist.
 */
export async function verifyAgainstNobody(password: string): Promise<false> {
  nobodysHash ??= hash(crypto.randomUUID());
  await verifyPassword(await nobodysHash, password);
  return false;
}
