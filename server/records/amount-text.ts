// Amounts as people type them: "1,000,000", "1 000 000,50", "1.000.000,50", "1'000'000.50". Pure,
// so the browser normalises in the user's own locale before sending, and the server accepts the
// British form (the app's language) and the plain one. Nothing ambiguous is guessed: the locale
// says which mark groups and which is decimal.

const SPACES = /[\s\u00A0\u202F\u2009']/g;

function marks(locale: string): { group: string; decimal: string } {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(1_000_000.5);
  } catch {
    parts = new Intl.NumberFormat("en-GB").formatToParts(1_000_000.5);
  }
  return {
    group: parts.find((p) => p.type === "group")?.value ?? ",",
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
  };
}

/**
 * The amount as digits with an optional "." decimal part ("1000000.50"), read in the locale's
 * marks; the input unchanged when it is not an amount in that locale, so validation can refuse it
 * with its own message.
 */
export function normaliseAmount(input: string, locale = "en-GB"): string {
  const { group, decimal } = marks(locale);
  const compact = input.trim().replace(SPACES, "");
  if (!compact) return input;
  const withoutGroups = group.trim() ? compact.split(group).join("") : compact;
  // A group mark must separate groups of three: "1,00,0" is a typo, not a thousand.
  if (
    group.trim() &&
    compact.includes(group) &&
    !new RegExp(`^\\d{1,3}(${escape(group)}\\d{3})*(${escape(decimal)}\\d*)?$`).test(compact)
  )
    return input;
  const canonical = decimal === "." ? withoutGroups : withoutGroups.replace(decimal, ".");
  return /^\d+(\.\d+)?$/.test(canonical) ? canonical : input;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
