import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney } from "./format.ts";

describe("display formats", () => {
  it("formats amounts in whole units with the currency's symbol, from strings or numbers", () => {
    expect(formatMoney("1250000.40", "GBP")).toBe("£1,250,000");
    expect(formatMoney(2500000, "EUR")).toBe("€2,500,000");
    expect(formatMoney("99.5", "USD", { fractionDigits: 2 })).toBe("US$99.50");
  });

  it("never throws on bad input", () => {
    expect(formatMoney("not a number", "GBP")).toBe("—");
    expect(formatMoney(1000, "NOT-A-CODE")).toBe("1,000 NOT-A-CODE");
    expect(formatDate("garbage")).toBe("—");
    expect(formatDate(null)).toBe("—");
    expect(formatDateTime(undefined)).toBe("—");
  });

  it("shows calendar dates in UTC so a stored date never moves a day", () => {
    expect(formatDate(new Date("2026-03-05T00:00:00Z"))).toBe("05 Mar 2026");
    expect(formatDate("2026-12-31")).toBe("31 Dec 2026");
  });

  it("shows instants in London time", () => {
    expect(formatDateTime("2026-07-01T13:30:00Z")).toBe("01 Jul 2026, 14:30");
    expect(formatDateTime("2026-01-15T09:05:00Z")).toBe("15 Jan 2026, 09:05");
  });
});
