import type { NextFetchEvent } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";

// Next 16's proxy (formerly middleware): no JWT, no CRM page. The session row itself is checked
// on the server by every page and procedure (server/auth/get-viewer.ts). API routes answer for
// themselves (401 with a reason), so they are left out rather than redirected to the login page.
// So is the CSV upload, which also answers 401 itself: Next buffers a request body for the proxy
// and keeps only its first 10 MB, which cut off any import file larger than that.
const requireToken = withAuth({ pages: { signIn: "/login" } });

export function proxy(req: NextRequestWithAuth, event: NextFetchEvent) {
  return requireToken(req, event);
}

export const config = {
  matcher: [
    "/((?!login|api/|import/upload|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
  ],
};
