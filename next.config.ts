import type { NextConfig } from "next";
import { HSTS, NON_PAGE_CSP, STATIC_SECURITY_HEADERS } from "./server/http/security-headers.ts";

// Routes the proxy does not run for (see proxy.ts), which so need their CSP from here.
const NON_PAGE_ROUTES = ["/api/:path*", "/import/upload"];

const nextConfig: NextConfig = {
  // Native and WASM database drivers load from node_modules at run time, not from the bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "pino",
    "pg-boss",
    "nodemailer",
    "imapflow",
  ],
  poweredByHeader: false,
  // `npm test` typechecks the whole tree (tests included) as its own step; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // Read at build time and kept in the build, so only headers that never depend on the deployment:
  // the page CSP (nonce, FDC3 hosts) and HSTS on pages come from the proxy at run time.
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      ...NON_PAGE_ROUTES.flatMap((source) => [
        { source, headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
        // Harmless when forged: browsers ignore HSTS received over plain HTTP.
        {
          source,
          has: [{ type: "header" as const, key: "x-forwarded-proto", value: "\\s*https\\s*(,.*)?" }],
          headers: [HSTS],
        },
      ]),
    ];
  },
};

export default nextConfig;
