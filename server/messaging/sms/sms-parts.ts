// How many SMS a text takes, as the gateway will split it (3GPP TS 23.038 / 23.040).
// Pure and shared by the server (refusal before queuing) and the Result tab's counter.

// The GSM 03.38 default alphabet: one septet each.
const GSM7_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table: an escape septet plus one, so each counts twice.
const GSM7_EXTENDED = "^{}\\[~]|€\f";

const BASIC = new Set(Array.from(GSM7_BASIC));
const EXTENDED = new Set(Array.from(GSM7_EXTENDED));

/** Refused above this many parts: longer texts are e-mails, and each part is billed. */
export const MAX_SMS_PARTS = 10;

export type SmsEncoding = "GSM-7" | "UCS-2";

export type SmsParts = {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: number;
  parts: number;
  /** What one part holds in this encoding: 160/153 (GSM-7) or 70/67 (UCS-2). */
  perPart: number;
  /** Units left in the last part before another part starts. */
  remaining: number;
};

/**
 * Counts a text in SMS parts: GSM-7 when every character is in the default alphabet (extension
 * characters such as € and [ take two septets), else UCS-2. A single SMS holds 160 septets or 70
 * UCS-2 units; a concatenated one loses 7 septets / 3 units per part to its header, so 153 / 67.
 * A part never ends between an escape and its character, nor between two halves of a surrogate
 * pair, so those are packed part by part rather than divided.
 */
export function countSmsParts(text: string): SmsParts {
  const chars = Array.from(text);
  const gsm = chars.every((c) => BASIC.has(c) || EXTENDED.has(c));
  const encoding: SmsEncoding = gsm ? "GSM-7" : "UCS-2";
  const sizes = chars.map((c) => (gsm ? (EXTENDED.has(c) ? 2 : 1) : c.length));
  const units = sizes.reduce((a, b) => a + b, 0);
  const single = gsm ? 160 : 70;
  if (units <= single) {
    return { encoding, units, parts: units === 0 ? 0 : 1, perPart: single, remaining: single - units };
  }
  const perPart = gsm ? 153 : 67;
  let parts = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > perPart) {
      parts++;
      used = 0;
    }
    used += size;
  }
  return { encoding, units, parts, perPart, remaining: perPart - used };
}

/** The field message for a text over the limit, or null when it may be sent. */
export function smsTextProblem(text: string): string | null {
  const { parts, encoding } = countSmsParts(text);
  if (parts <= MAX_SMS_PARTS) return null;
  return `This SMS would take ${parts} parts (${encoding}); at most ${MAX_SMS_PARTS} are sent. Shorten it${
    encoding === "UCS-2" ? " or leave out characters outside the GSM alphabet (emoji, accents like ê)" : ""
  }.`;
}
