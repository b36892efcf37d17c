import { parsePhoneNumberFromString } from "libphonenumber-js";

/** A phone as typed, in E.164 (national numbers read as GB, the desk's home region), or null. */
export function toE164(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value, "GB");
  return parsed?.isPossible() ? parsed.number : null;
}
