const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#0f172a;background:#f8fafc}
main{max-width:28rem;margin:10vh auto;padding:24px;background:#fff;border:1px solid #e2e8f0;border-radius:8px}
h1{font-size:18px;margin:0 0 8px}p{margin:0 0 12px;color:#334155}
button{height:32px;padding:0 14px;border:0;border-radius:6px;background:#1d4ed8;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}.muted{font-size:12px;color:#64748b}`;

/** A self-contained page (no scripts, no sign-in): what a recipient sees after clicking the link. */
export function unsubscribePage(status: number, title: string, body: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} · Dealfloor</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      // The token is the credential: keep it out of any Referer a recipient's browser sends on.
      "Referrer-Policy": "no-referrer",
    },
  });
}

export const h = escape;
