import { describe, expect, it } from "vitest";
import { deskDay, weekOf, weekRange } from "./week-range.ts";

describe("week range", () => {
  it("names a week by its Monday, from any day of it, and falls back to this week", () => {
    expect(weekOf("2026-05-17")).toBe("2026-05-11"); // a Sunday
    expect(weekOf("2026-05-11")).toBe("2026-05-11");
    expect(weekOf("nonsense", new Date("2026-05-13T09:00:00Z"))).toBe("2026-05-11");
  });

  it("bounds the week at London midnight, in summer and in winter", () => {
    const summer = weekRange("2026-05-11");
    expect(summer.start.toISOString()).toBe("2026-05-10T23:00:00.000Z");
    expect(summer.days).toHaveLength(7);
    expect(summer.previous).toBe("2026-05-04");
    expect(summer.next).toBe("2026-05-18");
    expect(weekRange("2026-01-05").start.toISOString()).toBe("2026-01-05T00:00:00.000Z");
    expect(deskDay(new Date("2026-05-10T23:30:00Z"))).toBe("2026-05-11");
  });
});
