// The security headers of every response, in one place: next.config.ts sends the ones that are the
// same for every request and deployment (it is read at build time, and a build is reused across
// ports and hosts), and the proxy adds those that depend on the request or on the running
// deployment's environment: the page CSP with its per-request nonce, frame-ancestors from the
// configured FDC3 hosts, HSTS when served over HTTPS. No imports: next.config.ts loads this file.

type Header = { key: string; value: string };

export const HSTS: Header = {
  key: "Strict-Transport-Security",
  value: "max-age=31536000; includeSubDomains",
};

/** Sent on every response, pages, API, files and redirects alike (next.config.ts). */
export const STATIC_SECURITY_HEADERS: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites see our origin only, never a record's URL (ids, search terms).
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/**
 * The CSP of responses that are not CRM pages: JSON, CSV, the event stream, the upload's redirect,
 * and next-auth's own plain HTML pages under /api/auth (inline styles, a form posting to itself, no
 * script). Nothing loads from them and nobody frames them.
 */
export const NON_PAGE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The FDC3 desktop-agent hosts allowed to embed the CRM in an iframe, from a comma-separated list
 * of origins (DEALFLOOR_FDC3_HOST_ORIGINS). An entry that is not an http(s) origin, a wildcard
 * among them, is dropped: a mistyped setting must narrow who may frame the CRM, never widen it.
 */
export function fdc3HostOrigins(raw: string | undefined): string[] {
  const origins = new Set<string>();
  for (const entry of (raw ?? "").split(",")) {
    const text = entry.trim();
    if (!text) continue;
    try {
      const url = new URL(text);
      const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
      // URL keeps a '*' in a host name; CSP would read it as a wildcard.
      const plainHost = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(url.hostname);
      if ((url.protocol === "https:" || url.protocol === "http:") && bare && plainHost)
        origins.add(url.origin);
    } catch {
      // not a URL: dropped
    }
  }
  return [...origins];
}

/**
 * Whether the browser reached us over HTTPS: the deployment's own URL says so, or the proxy that
 * terminates TLS in front of us says so in X-Forwarded-Proto (its first entry, the hop facing the
 * browser). A client can forge that header, but harmlessly here: browsers ignore
 * Strict-Transport-Security received over plain HTTP (RFC 6797 §8.1), and upgrade-insecure-requests
 * on a page that is really served over HTTP only fails its own subresource loads.
 */
export function servedOverHttps(nextAuthUrl: string | undefined, forwardedProto: string | null): boolean {
  if (nextAuthUrl?.toLowerCase().startsWith("https:")) return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type PageCspOptions = { nonce: string; dev: boolean; fdc3Origins: string[]; https: boolean };

/**
 * The CSP of a CRM page. Scripts run only with this response's nonce, which Next puts on its own
 * scripts; 'strict-dynamic' lets those load the page's chunks. Styles allow 'unsafe-inline':
 * React style props and Recharts' SVG set inline styles, and a style cannot run code. Frames: a
 * desktop agent may embed the CRM (frame-ancestors), or hand it an adaptor URL on the agent's own
 * origin to load in a hidden iframe (frame-src; FDC3 Web Connection Protocol); after that it speaks
 * over a MessagePort, so connect-src stays 'self' (tRPC, the event stream, next dev's socket).
 */
export function pageCsp({ nonce, dev, fdc3Origins, https }: PageCspOptions): string {
  const frames = ["'self'", ...fdc3Origins].join(" ");
  return [
    "default-src 'self'",
    // React rebuilds server error stacks with eval in development only.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${frames}`,
    `child-src ${frames}`,
    "worker-src 'self'",
    `frame-ancestors ${frames}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
