import { describe, expect, it } from "vitest";
import { nextAuthRedirect, safeCallbackPath } from "./safe-callback-url.ts";

const APP = "http://localhost:3000";

describe("safeCallbackPath", () => {
  it.each([
    ["/accounts", "/accounts"],
    ["/accounts/abc?tab=calls#notes", "/accounts/abc?tab=calls#notes"],
    ["/search?q=Anna%20Smith", "/search?q=Anna%20Smith"],
    ["/search?q=a%2F%2Fb", "/search?q=a%2F%2Fb"],
    ["/leads/../accounts", "/accounts"],
  ])("keeps the same-site path %s", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it.each([
    // The reported one: the old code kept the path of any absolute URL, here `//evil.example/path`.
    "http://x//evil.example/path",
    "http://evil.example/accounts",
    "https://evil.example",
    "//evil.example",
    "//evil.example/path",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "https:evil.example",
    "http:/evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "accounts",
    "/%2Fevil.example",
    "/%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%252F%252Fevil.example",
    "/%25252F%25252Fevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%09/evil.example",
    "/%0a/evil.example",
    "/\u0000/evil.example",
    " //evil.example",
    "\t//evil.example",
    "/accounts\u0000",
    "/%E0%A4%A",
    "/" + "a".repeat(3000),
    "",
  ])("refuses %j", (raw) => {
    expect(safeCallbackPath(raw)).toBeUndefined();
    expect(safeCallbackPath(raw, APP)).toBeUndefined();
  });

  it.each([undefined, null, 42, ["/accounts"], { href: "/accounts" }])("refuses a non-string %j", (raw) => {
    expect(safeCallbackPath(raw)).toBeUndefined();
  });

  it("takes an absolute URL only when it is on the app's own origin", () => {
    expect(safeCallbackPath("http://localhost:3000/leads?x=1", APP)).toBe("/leads?x=1");
    expect(safeCallbackPath("http://localhost:3000//evil.example", APP)).toBeUndefined();
    expect(safeCallbackPath("http://localhost:3001/leads", APP)).toBeUndefined();
    expect(safeCallbackPath("https://localhost:3000/leads", APP)).toBeUndefined();
    expect(safeCallbackPath("http://localhost:3000@evil.example/leads", APP)).toBeUndefined();
    // Without an origin to compare with, only relative paths are taken.
    expect(safeCallbackPath("http://localhost:3000/leads")).toBeUndefined();
  });
});

describe("nextAuthRedirect", () => {
  const redirect = (url: string) => nextAuthRedirect({ url, baseUrl: APP });

  it("keeps next-auth's own same-site redirects", () => {
    expect(redirect("/login")).toBe(`${APP}/login`);
    expect(redirect(`${APP}/accounts?x=1`)).toBe(`${APP}/accounts?x=1`);
  });

  it("sends anything else to the default page, where next-auth's default kept `//evil.example`", () => {
    for (const url of [
      "//evil.example/path",
      "/\\evil.example",
      "http://evil.example",
      "/%2F%2Fevil.example",
    ]) {
      expect(redirect(url)).toBe(`${APP}/accounts`);
    }
  });
});
