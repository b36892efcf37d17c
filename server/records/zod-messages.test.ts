import { describe, expect, it } from "vitest";
import { z } from "zod";
import { zText } from "./text.ts";

const messageOf = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error("expected a refusal");
  return r.error.issues[0]!.message;
};

describe("messages for people", () => {
  it("says how long text may be, not zod's developer wording", () => {
    expect(messageOf(zText().max(200), "x".repeat(201))).toBe("200 characters at most");
    expect(messageOf(zText().min(3), "ab")).toBe("3 characters at least");
    expect(messageOf(zText().min(1), "   ")).toBe("Required");
  });

  it("words numbers, lists, e-mail addresses, choices and missing values", () => {
    expect(messageOf(z.number().max(5), 6)).toBe("Must be 5 or less");
    expect(messageOf(z.number().min(0), -1)).toBe("Must be 0 or more");
    expect(messageOf(z.array(z.string()).max(2), ["a", "b", "c"])).toBe("2 items at most");
    expect(messageOf(z.email(), "not-an-address")).toMatch(/^Enter a valid e-mail address/);
    expect(messageOf(z.enum(["EMAIL", "SMS"]), "FAX")).toBe("Choose one of: EMAIL, SMS");
    expect(messageOf(z.object({ name: z.string() }), {})).toBe("Required");
    expect(messageOf(z.number(), "twelve")).toBe("Enter a number");
  });

  it("keeps a schema's own message", () => {
    expect(messageOf(zText().max(5, "Keep it short"), "toolong")).toBe("Keep it short");
  });
});
