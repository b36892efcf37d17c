import { describe, expect, it } from "vitest";
import { countSmsParts, smsTextProblem } from "./sms-parts.ts";
import { smsRecipientE164 } from "./e164.ts";

describe("countSmsParts", () => {
  it("counts GSM-7 as 160 in one SMS and 153 per part beyond", () => {
    expect(countSmsParts("")).toMatchObject({ parts: 0, encoding: "GSM-7" });
    expect(countSmsParts("a".repeat(160))).toMatchObject({ parts: 1, units: 160, remaining: 0 });
    expect(countSmsParts("a".repeat(161))).toMatchObject({ parts: 2, perPart: 153 });
    expect(countSmsParts("a".repeat(306))).toMatchObject({ parts: 2, remaining: 0 });
    expect(countSmsParts("a".repeat(307))).toMatchObject({ parts: 3 });
  });

  it("counts the extension table (€ [ ] { } ~ ^ | \\) twice, never split across parts", () => {
    expect(countSmsParts("€".repeat(80))).toMatchObject({ encoding: "GSM-7", units: 160, parts: 1 });
    expect(countSmsParts("€".repeat(81))).toMatchObject({ units: 162, parts: 2 });
    // 152 septets then an escape pair: the pair moves whole into part two.
    expect(countSmsParts("a".repeat(152) + "€" + "a".repeat(10))).toMatchObject({
      parts: 2,
      remaining: 153 - 12,
    });
  });

  it("keeps GSM letters with accents (é, ü, Ç) in GSM-7 and switches to UCS-2 for others", () => {
    expect(countSmsParts("Café Zürich Ç")).toMatchObject({ encoding: "GSM-7" });
    expect(countSmsParts("Crêpe")).toMatchObject({ encoding: "UCS-2", parts: 1 });
    expect(countSmsParts("ê".repeat(70))).toMatchObject({ parts: 1, remaining: 0 });
    expect(countSmsParts("ê".repeat(71))).toMatchObject({ parts: 2, perPart: 67 });
    expect(countSmsParts("ê".repeat(134))).toMatchObject({ parts: 2 });
    expect(countSmsParts("ê".repeat(135))).toMatchObject({ parts: 3 });
  });

  it("counts an emoji as two UCS-2 units and does not split it", () => {
    expect(countSmsParts("😀")).toMatchObject({ encoding: "UCS-2", units: 2 });
    // 66 + 2 + 5 units: the pair would straddle the 67-unit boundary, so it starts part two.
    expect(countSmsParts("a".repeat(66) + "😀" + "a".repeat(5))).toMatchObject({
      units: 73,
      parts: 2,
      remaining: 67 - 7,
    });
  });

  it("refuses above 10 parts with a message naming the count", () => {
    expect(smsTextProblem("a".repeat(1530))).toBeNull();
    expect(smsTextProblem("a".repeat(1531))).toContain("11 parts");
    expect(smsTextProblem("ê".repeat(671))).toContain("UCS-2");
  });
});

describe("smsRecipientE164", () => {
  it("accepts international and GB national numbers as E.164, refuses the rest", () => {
    expect(smsRecipientE164("+44 7700 900123")).toBe("+447700900123");
    expect(smsRecipientE164("07700 900123")).toBe("+447700900123");
    expect(smsRecipientE164("+33 6 12 34 56 78")).toBe("+33612345678");
    expect(smsRecipientE164("12345")).toBeNull();
    expect(smsRecipientE164("call me")).toBeNull();
  });
});
