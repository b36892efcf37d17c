import { NextResponse, type NextFetchEvent } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import {
  createNonce,
  fdc3HostOrigins,
  HSTS,
  pageCsp,
  servedOverHttps,
} from "@/server/http/security-headers.ts";

// Next 16's proxy (formerly middleware): no JWT, no CRM page. The session row itself is checked
// on the server by every page and procedure (server/auth/get-viewer.ts). API routes answer for
// themselves (401 with a reason), so they are left out rather than redirected to the login page.
// So is the CSV upload, which also answers 401 itself: Next buffers a request body for the proxy
// and keeps only its first 10 MB, which cut off any import file larger than that. Those routes get
// their security headers from next.config.ts.
const requireToken = withAuth({ pages: { signIn: "/login" } });

// Pages open without a session: the first-run setup (its setup code is the credential) and a
// password-reset link (its token is the credential, checked by the page and passwordReset.reset),
// and an e-mail's unsubscribe link (its signed token is the credential).
const OPEN_PAGES = /^\/(setup\/?$|reset-password\/|unsubscribe\/)/;

// Every page's CSP carries a fresh nonce. Next reads it from the request's CSP header and puts it
// on the scripts it renders, so the page must render per request (the root layout sees to that).
export async function proxy(req: NextRequestWithAuth, event: NextFetchEvent) {
  const nonce = createNonce();
  const https = servedOverHttps(process.env.NEXTAUTH_URL, req.headers.get("x-forwarded-proto"));
  const csp = pageCsp({
    nonce,
    dev: process.env.NODE_ENV === "development",
    fdc3Origins: fdc3HostOrigins(process.env.DEALFLOOR_FDC3_HOST_ORIGINS),
    https,
  });

  // The login page needs no token either; withAuth lets it through by itself.
  const denied = OPEN_PAGES.test(req.nextUrl.pathname) ? undefined : await requireToken(req, event);
  const res =
    denied ??
    NextResponse.next({
      request: { headers: withHeaders(req.headers, { "content-security-policy": csp, "x-nonce": nonce }) },
    });
  res.headers.set("Content-Security-Policy", csp);
  if (https) res.headers.set(HSTS.key, HSTS.value);
  return res;
}

function withHeaders(headers: Headers, extra: Record<string, string>): Headers {
  const copy = new Headers(headers);
  for (const [key, value] of Object.entries(extra)) copy.set(key, value);
  return copy;
}

export const config = {
  matcher: [
    "/((?!api/|import/upload|_next/static|_next/image|favicon.ico|icon.svg|icons/|manifest.webmanifest|robots.txt).*)",
  ],
};
