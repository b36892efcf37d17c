import { describe, expect, it } from "vitest";
import { normaliseAmount } from "./amount-text.ts";
import { zAmountText } from "./amount.ts";
import { ZRegisterDealRequestSchema } from "../deals/deal-input.ts";

describe("amounts as people type them", () => {
  it("reads grouping and decimal marks of the locale", () => {
    expect(normaliseAmount("1,000,000")).toBe("1000000");
    expect(normaliseAmount("1,000,000.50")).toBe("1000000.50");
    expect(normaliseAmount(" 250000 ")).toBe("250000");
    expect(normaliseAmount("1.000.000,50", "de-DE")).toBe("1000000.50");
    expect(normaliseAmount("1 000 000,50", "fr-FR")).toBe("1000000.50");
    expect(normaliseAmount("1\u202F000\u202F000,50", "fr-FR")).toBe("1000000.50");
    expect(normaliseAmount("1'000'000.50", "de-CH")).toBe("1000000.50");
  });

  it("leaves what is not an amount for validation to refuse", () => {
    expect(normaliseAmount("1,00,0")).toBe("1,00,0");
    expect(normaliseAmount("12abc")).toBe("12abc");
    expect(normaliseAmount("1,000.5.5")).toBe("1,000.5.5");
    expect(zAmountText().safeParse("1,00,0").success).toBe(false);
    expect(zAmountText().safeParse("-5").success).toBe(false);
  });

  it("accepts 1,000,000 as an opportunity amount and as a deal's notional", () => {
    expect(zAmountText().parse("1,000,000")).toBe("1000000");
    const deal = ZRegisterDealRequestSchema.parse({
      accountId: "0195a0b2-7c3d-7000-8000-000000000001",
      instrument: "EUR/USD",
      side: "BUY",
      notional: "1,000,000",
      price: "1.0842",
      currency: "eur",
    });
    expect(deal.notional).toBe(1_000_000);
    expect(deal.price).toBe(1.0842);
  });
});
