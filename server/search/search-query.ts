import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { zText } from "../records/text.ts";

// What one search box string can mean: words of a name, a phone in any format, an e-mail or a
// registration number. Pure, so the interpretation is unit-tested without a database.

export const SEARCH_TYPES = ["account", "contact", "lead", "opportunity"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const ZGlobalSearchRequestSchema = z.object({
  q: zText()
    .min(1, "Type something to search for")
    .max(200, "Search text is too long (200 characters at most)"),
  /** Results per type: a handful for the top-bar popover, more for the search page. */
  limit: z.number().int().min(1).max(50).default(5),
  types: z.array(z.enum(SEARCH_TYPES)).min(1).optional(),
});
export type GlobalSearchRequest = z.input<typeof ZGlobalSearchRequestSchema>;

export type ParsedQuery = {
  /** The text as typed, trimmed and with runs of spaces collapsed. */
  text: string;
  /** Lower-cased letter/digit runs, as PostgreSQL's 'simple' text-search parser splits them. */
  tokens: string[];
  /** A to_tsquery('simple', …) string matching every token as a prefix, or null if no tokens. */
  tsQuery: string | null;
  /** E.164 candidates when the text could be a phone number. */
  phones: string[];
  /** The lower-cased address when the text is an e-mail. */
  email: string | null;
  /** Normalised forms a registration number or Party ID may be stored in. */
  codes: string[];
};

// Tokens shorter than this as prefixes match too much of a million-row table to be useful.
const MIN_PREFIX = 1;
const PHONE_CHARS = /^[+()\d\s.\-/]+$/;

export function phoneCandidates(text: string): string[] {
  if (!PHONE_CHARS.test(text)) return [];
  const digits = text.replace(/\D/g, "");
  if (digits.length < 6 || digits.length > 15) return [];
  const out = new Set<string>();
  // As typed, national numbers read as GB (the desk's home region): "020 7946 0018".
  const parsed = parsePhoneNumberFromString(text, "GB");
  if (parsed?.isPossible()) out.add(parsed.number);
  // Digits with a leading + ("442079460018"), and the 00 international prefix ("0044 20…").
  if (digits.startsWith("00")) out.add(`+${digits.slice(2)}`);
  else if (!digits.startsWith("0")) out.add(`+${digits}`);
  return [...out];
}

export function parseSearchQuery(raw: string): ParsedQuery {
  const text = raw.trim().replace(/\s+/g, " ");
  const tokens = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((t) => t.length >= MIN_PREFIX)
    .slice(0, 8);
  const email = /^[^\s@]+@[^\s@]+$/.test(text) ? text.toLowerCase() : null;
  const compact = text.replace(/[\s.\-/]/g, "");
  const codes =
    text.length >= 3 ? [...new Set([text, text.toUpperCase(), compact, compact.toUpperCase()])] : [];
  return {
    text,
    tokens,
    // Tokens are letters and digits only, so they cannot inject tsquery syntax.
    tsQuery: tokens.length ? tokens.map((t) => `${t}:*`).join(" & ") : null,
    phones: phoneCandidates(text),
    email,
    codes,
  };
}
