// Where to send someone after signing in. Only a path on this site will do: a crafted link must not
// turn the login page into a redirect to another site (`//evil.example`, `/\evil.example`,
// `https:evil.example`, the same percent-encoded, or hidden behind a tab or newline, which browsers
// drop from URLs before they resolve them).

export const DEFAULT_AFTER_SIGN_IN = "/accounts";

const PARSE_BASE = "http://dealfloor.invalid";
// C0 controls, space, DEL and the backslash, which browsers read as a slash in http(s) URLs.
const UNSAFE_CHAR = /[\u0000-\u0020\u007f\\]/;

/** Percent-decodes until stable (a few rounds at most); null when the encoding is malformed. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

function isSafeRelativePath(path: string): boolean {
  const decoded = fullyDecoded(path);
  if (decoded === null) return false;
  if (UNSAFE_CHAR.test(path) || !/^\/(?![/\\])/.test(path)) return false;
  // Decoded, it must still be a path on this site: whatever decodes it later must not find a
  // second slash, a backslash or a control character before the query.
  if (!/^\/(?![/\\])/.test(decoded) || /^[^?#]*[\u0000-\u001f\u007f]/.test(decoded)) return false;
  // The browser's own parser must agree that it stays on this site.
  return new URL(path, PARSE_BASE).origin === PARSE_BASE;
}

/**
 * The same-site path (with its query and fragment) that `raw` names, or undefined when it names
 * anything else. An absolute URL is accepted only when its origin is `appOrigin` (next-auth passes
 * those to its redirect callback); a relative one only when it is a path starting with one slash.
 */
export function safeCallbackPath(raw: unknown, appOrigin?: string): string | undefined {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return undefined;
  let candidate = raw;
  if (!raw.startsWith("/")) {
    if (!appOrigin) return undefined;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return undefined;
    }
    if (UNSAFE_CHAR.test(raw) || url.origin !== new URL(appOrigin).origin) return undefined;
    candidate = `${url.pathname}${url.search}${url.hash}`;
  }
  if (!isSafeRelativePath(candidate)) return undefined;
  const url = new URL(candidate, PARSE_BASE);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** next-auth's `redirect` callback: its default keeps any URL starting with "/", "//evil.example" included. */
export function nextAuthRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  return `${baseUrl}${safeCallbackPath(url, baseUrl) ?? DEFAULT_AFTER_SIGN_IN}`;
}
