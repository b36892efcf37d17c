import { describe, expect, it } from "vitest";
import { externalHref } from "./external-href.ts";

describe("externalHref", () => {
  it("keeps web and mail addresses", () => {
    expect(externalHref("https://apply.bank.example/app/42")).toBe("https://apply.bank.example/app/42");
    expect(externalHref(" http://intranet/x ")).toBe("http://intranet/x");
    expect(externalHref("mailto:desk@bank.example")).toBe("mailto:desk@bank.example");
  });

  it.each([
    "javascript:alert(document.cookie)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "/relative/path",
    "//evil.example/x",
    "",
    null,
  ])("refuses %j", (value) => {
    expect(externalHref(value)).toBeNull();
  });
});
