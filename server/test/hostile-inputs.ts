import type { z } from "zod";

// Inputs for a procedure made from its own zod schema: one plausible input that gets as far into
// the service as the schema lets it, then variants of it with one value made hostile at a time.

type Schema = z.core.$ZodType;
type Def = { type: string } & Record<string, unknown>;
type Bag = { format?: string; minimum?: number; maximum?: number; patterns?: Set<RegExp> };

const defOf = (s: Schema) => (s as unknown as { _zod: { def: Def } })._zod.def;
const bagOf = (s: Schema) => ((s as unknown as { _zod: { bag?: Bag } })._zod.bag ?? {}) as Bag;
const accepts = (s: Schema, v: unknown) =>
  (s as unknown as { safeParse(v: unknown): { success: boolean } }).safeParse(v).success;

/** Where the generator gets a record id for a key ("accountId", "id"…): the caller's own records. */
export type IdSource = (key: string) => string;

// Strings tried in turn for a text leaf; the first its schema accepts is the sample.
const STRING_CANDIDATES = [
  "Sample text",
  "250000",
  "EUR",
  "+44 20 7946 0018",
  "sample@client.test",
  "https://127.0.0.1:9/originate",
  "2026-03-02",
  "2026-03-02T09:30:00Z",
  "Europe/London",
  "A",
  "",
];

function sampleString(schema: Schema, key: string, ids: IdSource): unknown {
  const format = defOf(schema).format ?? bagOf(schema).format;
  if (format === "guid" || format === "uuid") return ids(key);
  // A page cursor is opaque: a made-up one is refused before anything else is looked at.
  if (key === "cursor") return undefined;
  // Some keys say what they hold: a phone number, or the later end of a range.
  const hinted = /phone|number|^from$|^line$|^value$/i.test(key)
    ? ["+44 20 7946 0018"]
    : /^end|^to$|until/i.test(key)
      ? ["2026-03-09", "2026-03-09T17:00:00Z"]
      : [];
  return [...hinted, ...STRING_CANDIDATES].find((c) => accepts(schema, c)) ?? "Sample text";
}

function sampleNumber(schema: Schema): number {
  const { minimum, maximum } = bagOf(schema);
  let n = 1;
  if (minimum !== undefined && n < minimum) n = Math.ceil(minimum);
  if (maximum !== undefined && n > maximum) n = Math.floor(maximum);
  return n;
}

/** A value the schema is likely to accept; keys name ids so the service finds a real record. */
export function sample(schema: Schema, ids: IdSource, key = "", depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 12) return undefined;
  const next = (s: unknown, k = key) => sample(s as Schema, ids, k, depth + 1);
  switch (def.type) {
    case "string":
      return sampleString(schema, key, ids);
    case "number":
      return sampleNumber(schema);
    case "bigint":
      return 1n;
    case "boolean":
      return true;
    case "date":
      return new Date("2026-03-02T09:30:00Z");
    case "enum":
      return Object.values(def.entries as Record<string, unknown>)[0];
    case "literal":
      return (def.values as unknown[])[0];
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(def.shape as Record<string, Schema>)) {
        const value = next(v, k);
        if (value !== undefined) out[k] = value;
      }
      return out;
    }
    case "array": {
      const min = bagOf(schema).minimum ?? 1;
      return Array.from({ length: Math.max(1, Math.min(min, 3)) }, () => next(def.element));
    }
    case "record":
      return {};
    case "tuple":
      return (def.items as Schema[]).map((s) => next(s));
    case "union": {
      const options = def.options as Schema[];
      for (const option of options) {
        const v = next(option);
        if (accepts(option, v)) return v;
      }
      return next(options[0]);
    }
    case "intersection": {
      const left = next(def.left);
      const right = next(def.right);
      return typeof left === "object" && typeof right === "object" ? { ...left, ...right } : left;
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return next(def.innerType);
    case "pipe": {
      // A preprocess is a pipe from a transform: its output schema says what it takes.
      const input = def.in as Schema;
      return defOf(input).type === "transform" ? next(def.out) : next(input);
    }
    case "lazy":
      return next((def.getter as () => Schema)());
    case "null":
      return null;
    default:
      return undefined;
  }
}

/** Every union option's sample at the top level, so each branch of a discriminated input is driven. */
export function samples(schema: Schema, ids: IdSource): unknown[] {
  let s = schema;
  while (["optional", "default", "prefault", "readonly", "nullable"].includes(defOf(s).type))
    s = defOf(s).innerType as Schema;
  if (defOf(s).type === "union") return (defOf(s).options as Schema[]).map((o) => sample(o, ids));
  return [sample(schema, ids)];
}

const HOSTILE_STRINGS: [string, string][] = [
  ["NUL", "a\u0000b"],
  ["lone surrogate", "a\ud800b"],
  ["control character", "a\u0007b"],
  ["100k characters", "x".repeat(100_000)],
  ["only spaces", "   "],
  ["SQL", '\'; DROP TABLE "Account"; --'],
];
const HOSTILE_DATES: [string, string][] = [
  ["year 0", "0000-01-01"],
  ["year 9999", "9999-12-31"],
  ["no such day", "2026-02-30"],
  ["year 0 instant", "0000-01-01T00:00:00Z"],
  ["far instant", "+275760-09-13T00:00:00Z"],
];
const HOSTILE_NUMBERS: [string, unknown][] = [
  ["negative", -1],
  ["huge", 1e308],
  ["fraction", 0.5],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["max safe + 1", Number.MAX_SAFE_INTEGER + 1],
  ["numeric string", "1"],
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

export type Variant = { label: string; input: unknown };

// The key itself taken out: zod treats an absent key unlike one set to undefined.
const REMOVE = Symbol("remove");

function setAt(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  if (rest.length === 0 && leaf === REMOVE) delete copy[head!];
  else copy[head!] = setAt(copy[head!], rest, leaf);
  return copy;
}

function leaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [{ path, value }, ...entries.flatMap(([k, v]) => leaves(v, [...path, k]))];
  }
  return [{ path, value }];
}

/**
 * The base input, then one variant per hostile value at each place of it: hostile strings in text,
 * impossible dates, out-of-range numbers, wrong types, other team's and missing ids; and a few
 * wrong inputs as a whole.
 */
export function hostileVariants(base: unknown, foreignIds: string[], thorough = true): Variant[] {
  const out: Variant[] = [{ label: "sample", input: base }];
  // Not thorough: the values that were 500s (NUL, surrogates, year 0, absent keys, ids), for a second role.
  const pick = <T>(list: T[], few: number) => (thorough ? list : list.slice(0, few));
  for (const whole of [undefined, null, "x", 42, [], {}])
    out.push({ label: `whole input ${JSON.stringify(whole)}`, input: whole });
  for (const { path, value } of leaves(base)) {
    const at = path.join(".") || "(input)";
    const put = (label: string, leaf: unknown) =>
      out.push({ label: `${at}: ${label}`, input: setAt(base, path, leaf) });
    if (path.length > 0) {
      put("null", null);
      put("removed", REMOVE);
      if (thorough) put("undefined", undefined);
    }
    if (typeof value === "string") {
      if (GUID.test(value)) {
        for (const id of foreignIds) put(`id ${id}`, id);
        put("not an id", "not-an-id");
      } else if (ISO_DAY.test(value)) {
        for (const [label, v] of pick(HOSTILE_DATES, 1)) put(label, v);
        for (const [label, v] of HOSTILE_STRINGS.slice(0, 2)) put(label, v);
      } else {
        for (const [label, v] of pick(HOSTILE_STRINGS, 2)) put(label, v);
        if (thorough) put("wrong type", 12345);
      }
    } else if (typeof value === "number") {
      for (const [label, v] of pick(HOSTILE_NUMBERS, 2)) put(label, v);
    } else if (typeof value === "boolean") {
      if (thorough) put("wrong type", "yes");
    } else if (Array.isArray(value)) {
      put("wrong type", "x");
      if (thorough)
        put(
          "many",
          Array.from({ length: 2000 }, () => value[0] ?? "x"),
        );
    } else if (value !== null && typeof value === "object" && path.length > 0) {
      put("wrong type", "x");
      put("hostile key", { ...(value as object), ["a\u0000b"]: "a\u0000b", ["a\ud800"]: 1 });
    }
  }
  return out;
}
