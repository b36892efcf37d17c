import { z } from "zod";
import "./zod-messages.ts";

// Text PostgreSQL can store. A NUL byte is refused by every text column ("invalid byte sequence"),
// and a lone UTF-16 surrogate cannot be written into a JSON column (the audit log's before/after),
// so either one reaching the database is a 500. The other C0 control characters are stored, but no
// person types them: they are refused as well, except tab and line breaks in multiline fields.
// Every text input is declared through `zText`, so it fails at the edge with a 400 naming its field.

const SINGLE_LINE_CONTROL = /[\u0000-\u001F]/;
const MULTILINE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// With the `u` flag a surrogate pair is one code point, so this matches only an unpaired half.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Why a text cannot be stored or accepted, or null when it can. */
export function unsafeTextReason(value: string, multiline = false): string | null {
  const control = (multiline ? MULTILINE_CONTROL : SINGLE_LINE_CONTROL).exec(value);
  if (control) {
    const ch = control[0];
    if (ch === "\u0000") return "Contains a NUL character (U+0000), which cannot be stored: remove it";
    if (!multiline && (ch === "\n" || ch === "\r")) return "Must be a single line: remove the line break";
    return `Contains a control character (${codePoint(ch)}): remove it`;
  }
  if (LONE_SURROGATE.test(value))
    return "Contains a broken character (an unpaired UTF-16 surrogate): remove it";
  return null;
}

/** True when the text holds nothing the database or the audit log would refuse. */
export function isStorableText(value: string): boolean {
  return unsafeTextReason(value, true) === null;
}

/** The check every text input carries; usable on any string schema (`z.email().check(safeText())`). */
export function safeText(multiline = false) {
  return z.superRefine<string>((value, ctx) => {
    const reason = unsafeTextReason(value, multiline);
    if (reason) ctx.addIssue({ code: "custom", message: reason, input: value });
  });
}

export type TextOptions = {
  /** Tab, CR and LF are allowed (descriptions, notes, summaries). Default: a single line. */
  multiline?: boolean;
  /** Trim surrounding whitespace first (default). Off for secrets and opaque tokens. */
  trim?: boolean;
  /** The message when the value is missing or not a string (default: zod's own). */
  error?: string;
};

/**
 * A text input: a string, trimmed unless told not to, refusing NUL, other control characters and
 * unpaired surrogates. Chain `.min()`, `.max()`, `.regex()` etc. as on `z.string()`.
 */
export function zText(options: TextOptions = {}) {
  const string = z.string(options.error);
  const base = options.trim === false ? string : string.trim();
  return base.check(safeText(options.multiline ?? false));
}

/** Multiline text: tab and line breaks allowed. */
export const zMultilineText = (options: Omit<TextOptions, "multiline"> = {}) =>
  zText({ ...options, multiline: true });

/**
 * Text for somewhere it cannot be refused any more (a report of a bad import row, an audit JSON
 * value): control characters and unpaired surrogates become U+FFFD, so the rest still shows.
 */
export function storableText(value: string): string {
  return value.replace(/\u0000/g, "\uFFFD").replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
}
