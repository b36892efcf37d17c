import { parsePhoneNumberFromString } from "libphonenumber-js";

/**
 * The number an SMS goes to, in E.164, or null when it cannot be a number (too short, too long,
 * letters); ranges are not checked, so test ranges such as +44 7700 900xxx pass. A number without a
 * country code is read as GB, the desk's home region, like every other phone in the CRM.
 */
export function smsRecipientE164(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value.trim(), "GB");
  return parsed?.isPossible() ? parsed.number : null;
}

export const INVALID_SMS_NUMBER = "Enter a valid mobile number in international form, e.g. +44 7700 900123";
