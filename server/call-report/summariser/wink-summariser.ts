import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { findInstruments } from "../../instruments/find-instruments.ts";
import { resolveDate, resolveTime } from "./resolve-date.ts";
import type { CallSummary, Summariser, SummaryInput } from "./summariser.ts";

// Loaded once per process (~1 MB model, shipped in the npm package; no network).
let nlp: ReturnType<typeof winkNLP> | null = null;
const load = () => (nlp ??= winkNLP(model));

const CURRENCY_WORDS: Record<string, string> = {
  "€": "EUR",
  eur: "EUR",
  euro: "EUR",
  euros: "EUR",
  $: "USD",
  usd: "USD",
  dollar: "USD",
  dollars: "USD",
  bucks: "USD",
  "£": "GBP",
  gbp: "GBP",
  pound: "GBP",
  pounds: "GBP",
  sterling: "GBP",
  chf: "CHF",
  francs: "CHF",
  jpy: "JPY",
  yen: "JPY",
};
const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mio: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  yard: 1e9,
  yards: 1e9,
};
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  fifty: 50,
  hundred: 100,
};

const CUR = "(€|\\$|£|eur|usd|gbp|chf|jpy)";
const NUM = `(\\d+(?:[.,]\\d+)*|${Object.keys(WORD_NUMBERS).join("|")})`;
const SC = `(k|thousand|m|mm|mio|mn|millions?|bn|b|billion|yards?)`;
const CUR_AFTER = "(euros?|dollars?|pounds?|sterling|francs|yen|eur|usd|gbp|chf|jpy)";
// A size is a number with a scale or a currency: "5 million", "EUR 10m", "$2bn", "five million euros".
const AMOUNT = new RegExp(`(?:${CUR}\\s?)?${NUM}\\s?${SC}?\\b(?:\\s${CUR_AFTER}\\b)?`, "gi");

const CALL_BACK =
  /\b(call (?:you|me|him|her|them) back|ring (?:you|me) back|get back to (?:you|me)|call me (?:on|at|tomorrow|next|this|before|after)|come back to (?:you|me)|follow up (?:with you )?(?:on|by|tomorrow|next))\b/i;
const DEAL_WORDS =
  /\b(buy|sell|bought|sold|book|booked|done|deal|trade|hedge|price|quote|rate|spread|forward|spot|swap|execute|notional|order|limit)\b/i;

function parseAmount(m: RegExpMatchArray): { value: number | null; currency: string | null } | null {
  const [, cur1, num, scale, cur2] = m;
  if (!scale && !cur1 && !cur2) return null;
  const base = WORD_NUMBERS[num!.toLowerCase()] ?? Number(num!.replace(/,/g, ""));
  const currency = CURRENCY_WORDS[(cur1 ?? cur2 ?? "").toLowerCase()] ?? null;
  return {
    value: Number.isFinite(base) ? base * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1) : null,
    currency,
  };
}

function amountsIn(sentence: string, instruments: { instrument: string }[]) {
  const out: CallSummary["entities"]["amounts"] = [];
  for (const m of sentence.matchAll(AMOUNT)) {
    const parsed = parseAmount(m);
    if (!parsed) continue;
    // "5 million EUR/USD": the size of an FX trade is in its base currency.
    const fx =
      !parsed.currency &&
      instruments.find(
        (i) =>
          /^[A-Z]{3}\/[A-Z]{3}$/.test(i.instrument) &&
          sentence
            .slice((m.index ?? 0) + m[0].length)
            .trimStart()
            .toUpperCase()
            .replace("/", "")
            .startsWith(i.instrument.replace("/", "")),
      );
    out.push({
      text: m[0].trim(),
      value: parsed.value,
      currency: parsed.currency ?? (fx ? fx.instrument.slice(0, 3) : null),
    });
  }
  return out;
}

const dueAtOf = (sentence: string, reference: Date): string => {
  const dates = load().readDoc(sentence).entities().out(load().its.detail) as unknown as {
    value: string;
    type: string;
  }[];
  const date =
    dates
      .filter((e) => e.type === "DATE")
      .map((e) => resolveDate(e.value, reference))
      .find(Boolean) ?? resolveDate(sentence, reference);
  const time = resolveTime(sentence) ?? { h: 9, m: 0 };
  // No day said: the next working day.
  let day =
    date ??
    new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate() + 1));
  while (!date && (day.getUTCDay() === 0 || day.getUTCDay() === 6))
    day = new Date(day.getTime() + 86_400_000);
  return new Date(
    Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), time.h, time.m),
  ).toISOString();
};

const speakerLabel = (speaker: string) =>
  speaker === "agent" ? "Rep" : speaker === "customer" ? "Client" : speaker;

/**
 * Extractive: every sentence is scored for what a call report needs (sizes, instruments, dates,
 * promises, dealing words) and the best few are kept in the order they were said. The entities
 * come from wink-nlp's named-entity recogniser (dates, times) plus the desk's own vocabulary
 * (instruments, amounts with scale and currency).
 */
export const winkSummariser: Summariser = {
  name: "wink-nlp extractive (English)",
  async summarise({ segments, referenceDate }: SummaryInput): Promise<CallSummary> {
    const engine = load();
    const entities: CallSummary["entities"] = { amounts: [], dates: [], instruments: [], callBacks: [] };
    const scored: { text: string; score: number; order: number }[] = [];
    const seenInstruments = new Set<string>();

    for (const segment of segments) {
      const doc = engine.readDoc(segment.text);
      const found = doc.entities().out(engine.its.detail) as unknown as { value: string; type: string }[];
      for (const sentence of doc.sentences().out() as string[]) {
        const instruments = findInstruments(sentence);
        const amounts = amountsIn(sentence, instruments);
        const dates = found.filter((e) => e.type === "DATE" && sentence.includes(e.value));
        const promise = CALL_BACK.test(sentence);
        for (const i of instruments) {
          if (seenInstruments.has(i.instrument)) continue;
          seenInstruments.add(i.instrument);
          entities.instruments.push(i);
        }
        entities.amounts.push(...amounts);
        for (const d of dates)
          entities.dates.push({
            text: d.value,
            isoDate: resolveDate(d.value, referenceDate)?.toISOString().slice(0, 10) ?? null,
          });
        if (promise) entities.callBacks.push({ text: sentence, dueAt: dueAtOf(sentence, referenceDate) });
        const score =
          2 * amounts.length +
          2 * instruments.length +
          3 * Number(promise) +
          dates.length +
          (DEAL_WORDS.test(sentence) ? 1 : 0);
        scored.push({ text: `${speakerLabel(segment.speaker)}: ${sentence}`, score, order: scored.length });
      }
    }

    const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.order - b.order);
    const key = (ranked.length ? ranked.slice(0, 4) : scored.slice(0, 2))
      .sort((a, b) => a.order - b.order)
      .map((s) => s.text);
    const topics = entities.instruments.map((i) => i.instrument);
    const lead = topics.length ? `Discussed ${topics.join(", ")}. ` : "";
    return {
      summary: key.length ? `${lead}${key.join(" ")}` : "Nothing was said that could be summarised.",
      keySentences: key,
      entities,
    };
  },
};
