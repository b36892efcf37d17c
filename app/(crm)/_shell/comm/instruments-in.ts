import { INSTRUMENTS_BY_SEGMENT } from "@/prisma/factories/banking-products.ts";

// The instruments the book trades, longest first so "UST 10Y" wins over a shorter overlap.
const KNOWN = [...new Set(Object.values(INSTRUMENTS_BY_SEGMENT).flat())].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const PATTERN = new RegExp(`\\b(${KNOWN.map((k) => escape(k).replace("\\/", "\\/?")).join("|")})\\b`, "gi");

/** Instruments named in a message ("EURUSD", "eur/usd" and "EUR/USD" alike), in canonical form. */
export function instrumentsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(PATTERN)) {
    const compact = match[0].replace("/", "").toUpperCase();
    const canonical = KNOWN.find((k) => k.replace("/", "").toUpperCase() === compact);
    if (canonical) found.add(canonical);
  }
  return [...found];
}
