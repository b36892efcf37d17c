import type { INSTRUMENT_TYPES } from "./deal-input.ts";

type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

// What kind of instrument a name denotes, so the ticket needs the instrument alone.
const RULES: [RegExp, InstrumentType][] = [
  [/^(XAU|XAG)\b/i, "COMMODITY"],
  [/^[A-Z]{3}\/?[A-Z]{3}$/i, "FX"],
  [/\b(swap|sonia|euribor|sofr|irs)\b/i, "RATES"],
  [/\b(bund|gilt|ust|oat|btp|bond|treasury|note)\b/i, "BOND"],
  [/\b(ftse|stoxx|s&p|dax|cac|nikkei|equit|shares?)\b/i, "EQUITY"],
  [/\b(deposit)\b/i, "DEPOSIT"],
  [/\b(loan|facility)\b/i, "LOAN"],
];

export function instrumentTypeOf(instrument: string): InstrumentType {
  return RULES.find(([pattern]) => pattern.test(instrument.trim()))?.[1] ?? "FX";
}
