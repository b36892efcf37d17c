import type { PriceSource, Quote } from "./price-source.ts";

// Reference mids and the half-spread for a standard ticket. The model is deterministic: the
// same instrument, size and minute give the same quote, which keeps screens and tests stable.
const REFERENCE: Record<string, { mid: number; halfSpread: number; unit: string; decimals: number }> = {
  "EUR/USD": { mid: 1.085, halfSpread: 0.00005, unit: "USD per EUR", decimals: 5 },
  "GBP/USD": { mid: 1.27, halfSpread: 0.00006, unit: "USD per GBP", decimals: 5 },
  "USD/JPY": { mid: 151.2, halfSpread: 0.008, unit: "JPY per USD", decimals: 3 },
  "EUR/GBP": { mid: 0.8545, halfSpread: 0.00005, unit: "GBP per EUR", decimals: 5 },
  "GBP/EUR": { mid: 1.1703, halfSpread: 0.00007, unit: "EUR per GBP", decimals: 5 },
  "USD/CHF": { mid: 0.884, halfSpread: 0.00006, unit: "CHF per USD", decimals: 5 },
  "EUR/CHF": { mid: 0.959, halfSpread: 0.00006, unit: "CHF per EUR", decimals: 5 },
  "USD/CNH": { mid: 7.24, halfSpread: 0.0008, unit: "CNH per USD", decimals: 4 },
  "XAU/USD": { mid: 2385, halfSpread: 0.25, unit: "USD per oz", decimals: 2 },
  "UST 10Y": { mid: 98.42, halfSpread: 0.015, unit: "% of par", decimals: 3 },
  "UST 2Y": { mid: 99.61, halfSpread: 0.008, unit: "% of par", decimals: 3 },
  "Bund 2034": { mid: 101.35, halfSpread: 0.012, unit: "% of par", decimals: 3 },
  "Gilt 2033": { mid: 96.8, halfSpread: 0.015, unit: "% of par", decimals: 3 },
  "OAT 2035": { mid: 99.1, halfSpread: 0.014, unit: "% of par", decimals: 3 },
  "SONIA 5Y swap": { mid: 3.92, halfSpread: 0.005, unit: "% yield", decimals: 3 },
  "EURIBOR 3M": { mid: 3.31, halfSpread: 0.004, unit: "% yield", decimals: 3 },
  "FTSE 100": { mid: 8140, halfSpread: 1.5, unit: "index points", decimals: 1 },
  "Euro Stoxx 50": { mid: 4930, halfSpread: 1, unit: "index points", decimals: 1 },
  "S&P 500": { mid: 5230, halfSpread: 0.5, unit: "index points", decimals: 1 },
};

export const QUOTED_INSTRUMENTS = Object.keys(REFERENCE);

/** A small, repeatable move per minute: a hash of the instrument and the minute, within ±0.15%. */
function drift(instrument: string, at: Date): number {
  const minute = Math.floor(at.getTime() / 60_000);
  let h = 2166136261;
  for (const ch of `${instrument}|${minute}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (((h >>> 0) % 3001) - 1500) / 1_000_000;
}

/** Spreads widen with size: ×1 up to €10m, then +50% per further €10m. */
export function sizeFactor(notionalEur: number): number {
  return 1 + Math.max(0, notionalEur - 10_000_000) / 20_000_000;
}

export const indicativeModel: PriceSource = {
  name: "Indicative model",
  quote(instrument: string, notionalEur: number, at: Date): Quote | null {
    const ref = REFERENCE[instrument];
    if (!ref) return null;
    const round = (n: number) => Number(n.toFixed(ref.decimals));
    const mid = ref.mid * (1 + drift(instrument, at));
    const half = ref.halfSpread * sizeFactor(notionalEur);
    return {
      instrument,
      bid: round(mid - half),
      ask: round(mid + half),
      mid: round(mid),
      unit: ref.unit,
      asOf: new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString(),
      source: "Indicative model",
      indicative: true,
    };
  },
};
