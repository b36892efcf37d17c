import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, formatPercent } from "./format.ts";

describe("display formats", () => {
  it("formats amounts in whole units with the currency's symbol, from strings or numbers", () => {
    expect(formatMoney("1250000.40", "GBP")).toBe("£1,250,000");
    expect(formatMoney(2500000, "EUR")).toBe("€2,500,000");
    expect(formatMoney("99.5", "USD", { fractionDigits: 2 })).toBe("US$99.50");
  });

  it("defaults to EUR and shows no amount as a dash", () => {
    expect(formatMoney(1280000)).toBe("€1,280,000");
    expect(formatMoney(-2000000, "gbp")).toBe("-£2,000,000");
    expect(formatMoney(null)).toBe("—");
    expect(formatMoney(undefined, "GBP")).toBe("—");
  });

  it("shortens amounts for chart axes and tooltips", () => {
    expect(formatMoney(1234567, "EUR", { compact: true })).toBe("€1.2m");
    expect(formatMoney(12000, "EUR", { compact: true })).toBe("€12k");
    expect(formatMoney(950, "EUR", { compact: true })).toBe("€950");
    expect(formatMoney(-2500000000, "USD", { compact: true })).toBe("-US$2.5bn");
  });

  it("formats ratios as whole percents, and no ratio as a dash", () => {
    expect(formatPercent(0.2)).toBe("20%");
    expect(formatPercent(0.425)).toBe("43%");
    expect(formatPercent(60 / 100)).toBe("60%");
    expect(formatPercent(0.07)).toBe("7%");
    expect(formatPercent(12.5)).toBe("1,250%");
    expect(formatPercent(0.4256, { fractionDigits: 1 })).toBe("42.6%");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(Number.NaN)).toBe("—");
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
