import { describe, expect, it } from "vitest";
import { chooseTools, type Rule } from "./choose-tools.ts";
import { indicativeModel, sizeFactor } from "./pricing/indicative-model.ts";

const rule = (
  name: string,
  priority: number,
  conditions: unknown,
  tools: string[],
  enabled = true,
): Rule => ({ id: name, name, priority, enabled, conditions, tools, actions: ["START_CALL"] });
const RULES = [
  rule("Retail", 90, { segments: ["RETAIL"] }, ["ANALYTICS"]),
  rule("KYC not verified", 5, { kycStatuses: ["PENDING", "EXPIRED"] }, ["ANALYTICS"]),
  rule("FX desk", 10, { segments: ["INSTITUTIONAL"], productsAny: ["FX Spot", "FX Swap"] }, [
    "ANALYTICS",
    "PRICING",
    "CREDIT_CHECK",
    "DEAL_TICKET",
  ]),
  rule("Bond traders", 20, { instrumentsAny: ["Bund 2034", "UST 10Y"] }, ["PRICING"]),
  rule("Switched off", 1, {}, ["DEAL_TICKET"], false),
];
const profile = {
  segment: "INSTITUTIONAL",
  kycStatus: "VERIFIED",
  productsHeld: ["FX Swap", "Repo"],
  preferredInstruments: ["EUR/GBP"],
};

describe("the rules that choose the tools", () => {
  it("takes the first enabled rule, by priority, whose every condition holds", () => {
    const choice = chooseTools(profile, RULES);
    expect(choice.rule?.name).toBe("FX desk");
    expect(choice.tools).toEqual(["ANALYTICS", "PRICING", "CREDIT_CHECK", "DEAL_TICKET"]);
  });

  it("lets a narrow rule placed first override the segment rules", () => {
    expect(chooseTools({ ...profile, kycStatus: "PENDING" }, RULES).rule?.name).toBe("KYC not verified");
  });

  it("needs every stated condition: the right segment without the products does not match", () => {
    expect(chooseTools({ ...profile, productsHeld: ["Repo"] }, RULES).rule).toBeNull();
  });

  it("matches on an instrument the customer trades", () => {
    const choice = chooseTools(
      { ...profile, segment: "CORPORATE", preferredInstruments: ["UST 10Y"] },
      RULES,
    );
    expect(choice).toMatchObject({ rule: { name: "Bond traders" }, tools: ["PRICING"] });
  });

  it("opens nothing when no rule matches, and ignores disabled or unreadable rules", () => {
    const none = chooseTools({ ...profile, segment: "SME", productsHeld: [] }, [
      ...RULES,
      rule("Broken", 0, { segments: "SME" }, ["DEAL_TICKET"]),
    ]);
    expect(none).toEqual({ tools: [], actions: ["START_CALL", "SEND_EMAIL", "NEW_INTERACTION"], rule: null });
  });
});

describe("the indicative price model", () => {
  const at = new Date("2026-11-23T10:15:30Z");
  it("gives the same quote within a minute and a different one the next", () => {
    const a = indicativeModel.quote("EUR/USD", 1_000_000, at)!;
    expect(indicativeModel.quote("EUR/USD", 1_000_000, new Date(at.getTime() + 20_000))).toEqual(a);
    expect(indicativeModel.quote("EUR/USD", 1_000_000, new Date(at.getTime() + 60_000))!.mid).not.toBe(a.mid);
    expect(a).toMatchObject({ indicative: true, source: "Indicative model" });
    expect(a.bid).toBeLessThan(a.ask);
    expect(Math.abs(a.mid / 1.085 - 1)).toBeLessThan(0.0016);
  });

  it("widens the spread with the ticket size and knows no unknown instrument", () => {
    const small = indicativeModel.quote("Bund 2034", 1_000_000, at)!;
    const large = indicativeModel.quote("Bund 2034", 50_000_000, at)!;
    expect(sizeFactor(50_000_000)).toBe(3);
    expect(large.ask - large.bid).toBeGreaterThan(small.ask - small.bid);
    expect(indicativeModel.quote("Unobtainium", 1, at)).toBeNull();
  });
});
