import { describe, expect, it } from "vitest";
import { checkSameOrigin, refuseCrossOrigin } from "./same-origin.ts";

const APP = "http://localhost:3000";
const headers = (h: Record<string, string>) => new Headers({ host: "localhost:3000", ...h });

describe("checkSameOrigin", () => {
  it.each([
    ["the app's own origin", { origin: "http://localhost:3000" }],
    [
      "the origin of the host the request was sent to",
      { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" },
    ],
    ["no Origin but Sec-Fetch-Site same-origin", { "sec-fetch-site": "same-origin" }],
  ])("lets a POST through from %s", (_what, h) => {
    expect(checkSameOrigin("POST", headers(h), APP)).toEqual({ ok: true });
  });

  it.each([
    ["another site", { origin: "http://evil.example" }],
    [
      "another port of the same host (same site, so the Lax cookie goes along)",
      { origin: "http://localhost:8080" },
    ],
    ["another scheme", { origin: "https://localhost:3000", host: "other:1" }],
    ["an opaque origin", { origin: "null" }],
    ["a malformed origin", { origin: "not a url" }],
    [
      "a forged host that is not where it was sent",
      { origin: "http://evil.example", host: "localhost:3000" },
    ],
    ["a same-site page without Origin", { "sec-fetch-site": "same-site" }],
    ["a cross-site page without Origin", { "sec-fetch-site": "cross-site" }],
    ["a client that says neither", {}],
  ])("refuses a POST from %s", (_what, h) => {
    const check = checkSameOrigin("POST", headers(h), APP);
    expect(check.ok).toBe(false);
  });

  it("checks every state-changing method, and no safe one", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) {
      expect(checkSameOrigin(method, headers({ origin: "http://evil.example" }), APP).ok).toBe(false);
    }
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(checkSameOrigin(method, headers({ origin: "http://evil.example" }), APP).ok).toBe(true);
    }
  });

  it("takes NEXTAUTH_URL's origin behind a proxy that rewrites the Host", () => {
    const behindProxy = new Headers({ host: "127.0.0.1:3000", origin: "https://crm.bank.example" });
    expect(checkSameOrigin("POST", behindProxy, "https://crm.bank.example/").ok).toBe(true);
    expect(checkSameOrigin("POST", behindProxy, undefined).ok).toBe(false);
  });

  it("answers a refused request with 403 and a JSON reason", async () => {
    const res = refuseCrossOrigin(
      new Request("http://localhost:3000/api/trpc/accounts.create", {
        method: "POST",
        headers: { origin: "http://evil.example" },
      }),
    );
    expect(res?.status).toBe(403);
    const body = (await res!.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("FORBIDDEN");
    expect(body.error.message).toMatch(/evil\.example/);
    expect(body.error.requestId).toBeTruthy();
  });
});
