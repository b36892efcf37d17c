import { describe, expect, it } from "vitest";
import { agreementStatus, startOfUtcDay } from "./agreement-status.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("agreementStatus", () => {
  const now = new Date("2026-11-22T15:30:00Z");

  it("is active from the start date through the end date inclusive", () => {
    expect(agreementStatus({ startDate: day("2026-01-01"), endDate: day("2026-11-22") }, now)).toBe("ACTIVE");
    expect(agreementStatus({ startDate: day("2026-11-22"), endDate: null }, now)).toBe("ACTIVE");
  });

  it("turns inactive once the end date is in the past", () => {
    expect(agreementStatus({ startDate: day("2025-01-01"), endDate: day("2026-11-21") }, now)).toBe(
      "INACTIVE",
    );
  });

  it("is not consent before it starts", () => {
    expect(agreementStatus({ startDate: day("2026-11-23"), endDate: null }, now)).toBe("INACTIVE");
  });

  it("compares calendar days in UTC, not instants", () => {
    expect(startOfUtcDay(new Date("2026-11-22T23:59:59Z")).toISOString()).toBe("2026-11-22T00:00:00.000Z");
  });
});

describe("an agreement ended early or withdrawn", () => {
  const now = new Date("2026-11-22T15:30:00Z");
  it("is inactive at once, whatever its dates say", () => {
    expect(
      agreementStatus(
        { startDate: day("2026-01-01"), endDate: null, endedAt: new Date("2026-11-22T15:00:00Z") },
        now,
      ),
    ).toBe("INACTIVE");
  });
});
