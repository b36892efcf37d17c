// How an attachment is served. Its declared type came from whoever uploaded it, so a file typed
// text/html or image/svg+xml would run script in the CRM's origin if shown inline. Every download
// is therefore `attachment`, never sniffed, sandboxed by CSP, and typed only from this list of
// types browsers do not execute; anything else goes out as application/octet-stream.
const SAFE_TYPES = new Set([
  "application/pdf",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-powerpoint",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/zip",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "text/plain",
  "text/csv",
  "message/rfc822",
]);

/** The declared type when it is on the safe list (parameters dropped), else application/octet-stream. */
export function safeContentType(declared: string | null | undefined): string {
  const essence = (declared ?? "").split(";")[0]!.trim().toLowerCase();
  if (!SAFE_TYPES.has(essence)) return "application/octet-stream";
  return essence.startsWith("text/") ? `${essence}; charset=utf-8` : essence;
}

const MAX_NAME = 150;

/**
 * The file name as a download may carry it: no directories, no control or bidi-override
 * characters, no leading dots, never empty.
 */
export function safeFileName(stored: string): string {
  const base = stored.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    .replace(/^[.\s]+/, "")
    .trim();
  const chars = Array.from(cleaned);
  const short = chars.length > MAX_NAME ? chars.slice(chars.length - MAX_NAME).join("") : cleaned;
  return short || "attachment";
}

// RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition: attachment` with an ASCII `filename` for old clients (anything else, and
 * quotes and backslashes, become "_") and the exact name in RFC 5987's `filename*`.
 */
export function contentDisposition(stored: string): string {
  const name = safeFileName(stored);
  const ascii = name.replace(/[^\x20-\x7E]|["\\%]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** Every header of an attachment download. */
export function downloadHeaders(file: { fileName: string; mimeType: string }, sizeBytes: number) {
  return {
    "Content-Type": safeContentType(file.mimeType),
    "Content-Disposition": contentDisposition(file.fileName),
    "Content-Length": String(sizeBytes),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
  };
}
