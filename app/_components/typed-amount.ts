import { normaliseAmount } from "@/server/records/amount-text.ts";

/** An amount as the user typed it, read in their browser's locale ("1 000 000,50" in fr-FR), as the server expects it. */
export function typedAmount(value: string): string {
  return normaliseAmount(value, typeof navigator === "undefined" ? "en-GB" : navigator.language);
}
