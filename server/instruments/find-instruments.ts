import { INSTRUMENTS_BY_SEGMENT } from "./banking-products.ts";

// The instruments the book trades, longest first so "UST 10Y" wins over a shorter overlap, plus
// the names dealers say out loud.
const KNOWN = [...new Set(Object.values(INSTRUMENTS_BY_SEGMENT).flat())].sort((a, b) => b.length - a.length);
const SPOKEN: Record<string, string> = {
  "euro dollar": "EUR/USD",
  "euro-dollar": "EUR/USD",
  cable: "GBP/USD",
  "dollar yen": "USD/JPY",
  "euro sterling": "EUR/GBP",
  swissie: "USD/CHF",
  "ten-year treasury": "UST 10Y",
  "10-year treasury": "UST 10Y",
  "two-year treasury": "UST 2Y",
  gold: "XAU/USD",
  footsie: "FTSE 100",
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const names = [...KNOWN.map((k) => escape(k).replace("/", "\\/?")), ...Object.keys(SPOKEN).map(escape)];
const PATTERN = new RegExp(`(?<![\\p{L}\\d])(${names.join("|")})(?![\\p{L}\\d])`, "giu");

function canonical(found: string): string | undefined {
  const spoken = SPOKEN[found.toLowerCase()];
  if (spoken) return spoken;
  const compact = found.replace("/", "").toUpperCase();
  return KNOWN.find((k) => k.replace("/", "").toUpperCase() === compact);
}

/** Instruments named in a text ("EURUSD", "eur/usd", "cable"), each once, in canonical form. */
export function findInstruments(text: string): { text: string; instrument: string }[] {
  const out = new Map<string, { text: string; instrument: string }>();
  for (const match of text.matchAll(PATTERN)) {
    const instrument = canonical(match[0]);
    if (instrument && !out.has(instrument)) out.set(instrument, { text: match[0], instrument });
  }
  return [...out.values()];
}
