import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { AppError } from "../errors.ts";
import { verifyPassword } from "../auth/password.ts";
import { DEMO_PASSWORD } from "../auth/demo-logins.ts";
import { ALREADY_SET_UP, createFirstAdmin, needsFirstAdmin } from "./first-admin.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.auditLog.deleteMany();
  await t.db.user.deleteMany();
});

const PASSWORD = "correct horse battery";
const input = (over: Record<string, unknown> = {}) => ({
  name: "  Grace Hopper ",
  email: " Grace@Bank.Example ",
  password: PASSWORD,
  confirmPassword: PASSWORD,
  ...over,
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("createFirstAdmin", () => {
  it("creates an active administrator with an argon2 hash, and audits it", async () => {
    expect(await needsFirstAdmin(t.db)).toBe(true);
    const admin = await createFirstAdmin(t.db, input(), { ip: "203.0.113.7", requestId: "req-1" });
    expect(admin).toMatchObject({ email: "grace@bank.example", name: "Grace Hopper" });

    const row = await t.db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(row).toMatchObject({ role: "ADMIN", disabledAt: null, isDemo: false });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);

    const audit = await t.db.auditLog.findMany({ where: { entityId: admin.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      action: "first-admin",
      entityType: "User",
      ip: "203.0.113.7",
      requestId: "req-1",
    });
    expect(JSON.stringify(audit[0]!.after)).not.toContain(PASSWORD);
    expect(await needsFirstAdmin(t.db)).toBe(false);
  });

  it("is refused once any user exists, and creates nobody", async () => {
    await createFirstAdmin(t.db, input());
    const err = await refusal(createFirstAdmin(t.db, input({ email: "mallory@evil.example" })));
    expect(err.status).toBe(409);
    expect(err.message).toBe(ALREADY_SET_UP);
    expect(await t.db.user.count()).toBe(1);
    expect(await t.db.user.count({ where: { email: "mallory@evil.example" } })).toBe(0);
  });

  it("makes exactly one administrator of concurrent submissions", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, (_, i) => createFirstAdmin(t.db, input({ email: `admin${i}@bank.example` }))),
    );
    const created = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(3);
    for (const r of refused) expect((r.reason as AppError).status).toBe(409);
    expect(await t.db.user.count()).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "first-admin" } })).toBe(1);
  });

  it.each([
    [{ name: " " }, "name", "Enter your name"],
    [{ name: undefined }, "name", "Enter your name"],
    [{ email: "not-an-address" }, "email", "Enter a valid email address"],
    [{ password: "short", confirmPassword: "short" }, "password", "Use at least 12 characters."],
    [
      { password: "x".repeat(201), confirmPassword: "x".repeat(201) },
      "password",
      "Use at most 200 characters.",
    ],
    [
      { password: DEMO_PASSWORD, confirmPassword: DEMO_PASSWORD },
      "password",
      "This password is too easy to guess. Choose another.",
    ],
    [
      { password: "aaaaaaaaaaaaaaab", confirmPassword: "aaaaaaaaaaaaaaab" },
      "password",
      "This password is too easy to guess. Choose another.",
    ],
    [
      { password: "grace-the-admin!", confirmPassword: "grace-the-admin!" },
      "password",
      "The password must not contain your email address.",
    ],
    [{ confirmPassword: "correct horse battery!" }, "confirmPassword", "The two passwords differ"],
    [{ password: 42 }, "password", "Enter a password"],
  ])("refuses %o with a message on %s", async (over, field, message) => {
    const err = await refusal(createFirstAdmin(t.db, input(over)));
    expect(err.status).toBe(400);
    expect((err.details?.fields as Record<string, string>)[field]).toBe(message);
    expect(await t.db.user.count()).toBe(0);
  });

  it("refuses a body that is not an object with a form message, not a crash", async () => {
    for (const body of [null, "admin", [1, 2]]) {
      const err = await refusal(createFirstAdmin(t.db, body));
      expect(err.status).toBe(400);
    }
  });
});
