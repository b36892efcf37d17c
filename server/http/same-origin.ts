import { jsonError } from "./error-response.ts";

// Cross-site request forgery: the session cookie is SameSite=Lax, so a page on another port of the
// same host (same site, other origin) still gets it sent with a form post. Every state-changing
// request must therefore come from a page of this app. Browsers say where a request comes from in
// `Origin` (sent on every POST, PUT, PATCH and DELETE by current browsers) and in `Sec-Fetch-Site`.
//
// A request with neither header is refused too. Every browser this app supports sends at least one
// of them on such a request, so only a non-browser client (a script, curl) sends neither, and such
// a client can set `Origin` to the app's URL itself. Refusing it costs that one header and leaves
// no gap for an old or unusual browser to be forged through.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginCheck = { ok: true } | { ok: false; reason: string };

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a request may change state: safe methods always; others only when `Origin` is the app's
 * own (NEXTAUTH_URL's origin, or the host the request was sent to, which covers `npm start` reached
 * as 127.0.0.1 rather than localhost), or, without `Origin`, when `Sec-Fetch-Site` is same-origin.
 */
export function checkSameOrigin(
  method: string,
  headers: Headers,
  appUrl: string | undefined = process.env.NEXTAUTH_URL,
): OriginCheck {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const origin = headers.get("origin");
  if (origin !== null) {
    const given = originOf(origin);
    if (!given)
      return { ok: false, reason: `The request's Origin "${origin.slice(0, 100)}" is not this app's.` };
    if (given === originOf(appUrl)) return { ok: true };
    const host = headers.get("host");
    if (host && new URL(given).host === host.toLowerCase()) return { ok: true };
    return { ok: false, reason: `Requests from ${given} may not change anything here.` };
  }
  const site = headers.get("sec-fetch-site");
  if (site === "same-origin") return { ok: true };
  if (site) return { ok: false, reason: `A ${site} request may not change anything here.` };
  return {
    ok: false,
    reason: "Send the Origin header: a request that changes something must say where it comes from.",
  };
}

/** A 403 for a request from another site, or null to go on. */
export function refuseCrossOrigin(req: Request): Response | null {
  const check = checkSameOrigin(req.method, req.headers);
  return check.ok ? null : jsonError(403, check.reason);
}
