// Next 16's proxy (formerly middleware): no JWT, no CRM page. The session row itself is checked
// on the server by every page and procedure (server/auth/get-viewer.ts).
export { default } from "next-auth/middleware";

export const config = {
  matcher: [
    "/((?!login|api/auth|api/health|api/trpc|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
  ],
};
