import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { Rng } from "../random.ts";
import type { PhoneRegion } from "./locations.ts";

// Only numbers the regulators set aside for drama and documentation, so a demo call can never
// ring a real person: Ofcom's 020 7946 0xxx, 0113…0161 496 0xxx, 028 9649 6xxx, 029 2018 0xxx and
// 07700 900xxx; the North American 555-0100…0199; ARCEP's 01 99 00 xx xx and 06 39 98 xx xx.

export type PhoneKind = "landline" | "mobile";

type Range = {
  region: PhoneRegion;
  kind: PhoneKind;
  nsnPrefix: string;
  from: number;
  to: number;
  width: number;
};

const CALLING_CODE: Record<PhoneRegion, string> = { GB: "44", US: "1", FR: "33" };

const GB_GEOGRAPHIC = ["113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161"];
const US_AREA_CODES = ["212", "646", "917", "312", "415", "617", "305", "202"];

const RANGES: readonly Range[] = [
  // 020 7946 0000–0199 are kept for the bank's own lines (agent DDIs, switchboard).
  { region: "GB", kind: "landline", nsnPrefix: "2079460", from: 200, to: 999, width: 3 },
  ...GB_GEOGRAPHIC.map((code): Range => ({
    region: "GB",
    kind: "landline",
    nsnPrefix: `${code}4960`,
    from: 0,
    to: 999,
    width: 3,
  })),
  { region: "GB", kind: "landline", nsnPrefix: "2896496", from: 0, to: 999, width: 3 },
  { region: "GB", kind: "landline", nsnPrefix: "2920180", from: 0, to: 999, width: 3 },
  { region: "GB", kind: "mobile", nsnPrefix: "7700900", from: 0, to: 999, width: 3 },
  // North America does not tell mobiles from landlines by number: split 555-01xx in two halves.
  ...US_AREA_CODES.flatMap((ac): Range[] => [
    { region: "US", kind: "landline", nsnPrefix: `${ac}5550`, from: 100, to: 149, width: 3 },
    { region: "US", kind: "mobile", nsnPrefix: `${ac}5550`, from: 150, to: 199, width: 3 },
  ]),
  { region: "FR", kind: "landline", nsnPrefix: "19900", from: 0, to: 9999, width: 4 },
  { region: "FR", kind: "mobile", nsnPrefix: "63998", from: 0, to: 9999, width: 4 },
];

export type PhoneNumber = { value: string; e164: string };

const formatted = new Map<string, PhoneNumber>();

/**
 * The number as a person would type it (national or international) plus its E.164 form, computed
 * by libphonenumber from that text so the two always agree. Memoised: the pools are small and
 * bulk seeds format millions of numbers.
 */
export function formatPhone(
  e164: string,
  style: "national" | "international",
  region: PhoneRegion,
): PhoneNumber {
  const key = `${style}:${e164}`;
  const hit = formatted.get(key);
  if (hit) return hit;
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) throw new Error(`not a phone number: ${e164}`);
  const value = style === "national" ? parsed.formatNational() : parsed.formatInternational();
  const reparsed = parsePhoneNumberFromString(value, region as CountryCode);
  if (!reparsed || reparsed.number !== e164) throw new Error(`phone ${value} does not round-trip to ${e164}`);
  const result = { value, e164: reparsed.number };
  formatted.set(key, result);
  return result;
}

function e164Of(range: Range, index: number): string {
  return `+${CALLING_CODE[range.region]}${range.nsnPrefix}${String(range.from + index).padStart(range.width, "0")}`;
}

function rangesFor(region: PhoneRegion, kind: PhoneKind): Range[] {
  return RANGES.filter((r) => r.region === region && r.kind === kind);
}

function styleFor(rng: Rng): "national" | "international" {
  return rng.chance(0.6) ? "national" : "international";
}

/** A random fictional number; repeats are possible (fine for volume data, where shared lines are real life). */
export function randomPhone(rng: Rng, region: PhoneRegion, kind: PhoneKind = "landline"): PhoneNumber {
  const range = rng.pick(rangesFor(region, kind));
  return formatPhone(e164Of(range, rng.int(0, range.to - range.from)), styleFor(rng), region);
}

export type PhoneAllocator = { next(region: PhoneRegion, kind: PhoneKind): PhoneNumber };

/**
 * Hands out each fictional number at most once, so in the demo a call matches one customer
 * unless a shared line is created on purpose. Falls back to the other kind, then to repeats,
 * once a region's ranges run dry.
 */
export function createPhoneAllocator(rng: Rng): PhoneAllocator {
  const remaining = new Map<Range, number[]>();
  const indicesOf = (range: Range) => {
    let list = remaining.get(range);
    if (!list) {
      list = rng.shuffle(Array.from({ length: range.to - range.from + 1 }, (_, i) => i));
      remaining.set(range, list);
    }
    return list;
  };
  const draw = (region: PhoneRegion, kind: PhoneKind): string | null => {
    const open = rangesFor(region, kind).filter((r) => indicesOf(r).length > 0);
    if (open.length === 0) return null;
    const range = rng.pick(open);
    return e164Of(range, indicesOf(range).pop() as number);
  };
  return {
    next(region, kind) {
      const e164 = draw(region, kind) ?? draw(region, kind === "mobile" ? "landline" : "mobile");
      if (!e164) return randomPhone(rng, region, kind);
      return formatPhone(e164, styleFor(rng), region);
    },
  };
}
