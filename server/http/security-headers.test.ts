import { describe, expect, it } from "vitest";
import { createNonce, fdc3HostOrigins, pageCsp, servedOverHttps } from "./security-headers.ts";

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("page CSP", () => {
  const base = { nonce: "abc123==", dev: false, fdc3Origins: [], https: false };

  it("runs only scripts carrying the response's nonce, and never eval outside next dev", () => {
    const script = directives(pageCsp(base)).get("script-src");
    expect(script).toEqual(["'nonce-abc123=='", "'strict-dynamic'"]);
    expect(directives(pageCsp({ ...base, dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("lets only the CRM itself frame it by default, and the configured FDC3 hosts when set", () => {
    expect(directives(pageCsp(base)).get("frame-ancestors")).toEqual(["'self'"]);
    const d = directives(pageCsp({ ...base, fdc3Origins: ["https://desk.bank.example"] }));
    for (const name of ["frame-ancestors", "frame-src", "child-src"]) {
      expect(d.get(name)).toEqual(["'self'", "https://desk.bank.example"]);
    }
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only when served over HTTPS", () => {
    expect(directives(pageCsp(base)).has("upgrade-insecure-requests")).toBe(false);
    expect(directives(pageCsp({ ...base, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("makes a different nonce for every response", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("FDC3 host origins", () => {
  it("keeps http(s) origins and drops anything that would widen who may frame the CRM", () => {
    expect(
      fdc3HostOrigins(
        " https://desk.bank.example , http://localhost:4000/,*,https://*.example,javascript:alert(1),https://a.example/path,'self',data:,https://desk.bank.example",
      ),
    ).toEqual(["https://desk.bank.example", "http://localhost:4000"]);
    expect(fdc3HostOrigins(undefined)).toEqual([]);
    expect(fdc3HostOrigins("")).toEqual([]);
  });
});

describe("served over HTTPS", () => {
  it("from the deployment URL, or the first hop of X-Forwarded-Proto", () => {
    expect(servedOverHttps("https://crm.bank.example", null)).toBe(true);
    expect(servedOverHttps("http://localhost:3000", null)).toBe(false);
    expect(servedOverHttps(undefined, "https")).toBe(true);
    expect(servedOverHttps("http://localhost:3000", "https, http")).toBe(true);
    expect(servedOverHttps("http://localhost:3000", "http, https")).toBe(false);
    expect(servedOverHttps(undefined, null)).toBe(false);
  });
});
