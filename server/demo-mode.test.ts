import { describe, expect, it } from "vitest";
import { isDemoMode } from "./demo-mode.ts";

describe("isDemoMode", () => {
  it("is on for the embedded database, the trial that `npm start` gives without settings", () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ DATABASE_URL: "" })).toBe(true);
    expect(isDemoMode({ DATABASE_URL: "pglite:data/pglite" })).toBe(true);
  });

  it("is off on PostgreSQL: a deployment gets no published passwords or webhook secrets", () => {
    expect(isDemoMode({ DATABASE_URL: "postgres://u@db:5432/crm" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://u@db/crm", DEALFLOOR_DEMO: "" })).toBe(false);
  });

  it("follows DEALFLOOR_DEMO when it is given, on either database", () => {
    expect(isDemoMode({ DATABASE_URL: "postgres://u@db:5432/crm", DEALFLOOR_DEMO: "1" })).toBe(true);
    expect(isDemoMode({ DEALFLOOR_DEMO: "0" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "pglite:data/x", DEALFLOOR_DEMO: "0" })).toBe(false);
  });
});
