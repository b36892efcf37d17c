import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { AppError } from "../errors.ts";
import { verifyPassword } from "../auth/password.ts";
import { DEMO_PASSWORD } from "../auth/demo-logins.ts";
import { ALREADY_SET_UP, createFirstAdmin, needsFirstAdmin } from "./first-admin.ts";
import { setupCodeFor } from "./setup-code.ts";
import { NO_SETUP_CODE, SETUP_THROTTLE, setupAddressKey, WRONG_SETUP_CODE } from "./check-setup-code.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.auditLog.deleteMany();
  await t.db.user.deleteMany();
  await t.db.loginThrottle.deleteMany();
});

// The server's environment as the service sees it: the code is derived from this secret.
const env = { NEXTAUTH_SECRET: "first-admin-test-secret-0123456789" };
const CODE = setupCodeFor(env.NEXTAUTH_SECRET);
const create = (body: unknown, meta: { ip?: string | null; requestId?: string } = {}) =>
  createFirstAdmin(t.db, body, { ...meta, env });

const PASSWORD = "correct horse battery";
const input = (over: Record<string, unknown> = {}) => ({
  setupCode: CODE,
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
    const admin = await create(input(), { ip: "203.0.113.7", requestId: "req-1" });
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
    await create(input());
    const err = await refusal(create(input({ email: "mallory@evil.example" })));
    expect(err.status).toBe(409);
    expect(err.message).toBe(ALREADY_SET_UP);
    expect(await t.db.user.count()).toBe(1);
    expect(await t.db.user.count({ where: { email: "mallory@evil.example" } })).toBe(0);
  });

  it("makes exactly one administrator of concurrent submissions", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, (_, i) => create(input({ email: `admin${i}@bank.example` }))),
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
    [{ setupCode: undefined }, "setupCode", "Enter the setup code"],
    [{ setupCode: "  " }, "setupCode", "Enter the setup code"],
    [{ setupCode: 1234 }, "setupCode", "Enter the setup code"],
    [{ setupCode: "x".repeat(41) }, "setupCode", "The setup code has 12 characters"],
    [{ name: " " }, "name", "Enter your name"],
    [{ name: undefined }, "name", "Enter your name"],
    [{ email: "not-an-address" }, "email", "Enter a valid email address"],
    [{ password: "short", confirmPassword: "short" }, "password", "Use at least 12 characters."],
    [
      { password: "x".repeat(129), confirmPassword: "x".repeat(129) },
      "password",
      "Use at most 128 characters.",
    ],
    [
      { password: DEMO_PASSWORD, confirmPassword: DEMO_PASSWORD },
      "password",
      "This password is too easy to guess: choose a longer, less common one.",
    ],
    [
      { password: "aaaaaaaaaaaaaaab", confirmPassword: "aaaaaaaaaaaaaaab" },
      "password",
      "This password is too easy to guess: choose a longer, less common one.",
    ],
    [
      { password: "grace-the-admin!", confirmPassword: "grace-the-admin!" },
      "password",
      "Do not use your e-mail address in the password.",
    ],
    [{ confirmPassword: "correct horse battery!" }, "confirmPassword", "The two passwords differ"],
    [{ password: 42 }, "password", "Enter a password"],
    [
      { name: "Grace\u0000Hopper" },
      "name",
      "Contains a NUL character (U+0000), which cannot be stored: remove it",
    ],
    [
      { setupCode: `${CODE}\u0000` },
      "setupCode",
      "Contains a NUL character (U+0000), which cannot be stored: remove it",
    ],
    [
      { confirmPassword: "correct horse\u0000battery" },
      "confirmPassword",
      "Contains a NUL character (U+0000), which cannot be stored: remove it",
    ],
  ])("refuses %o with a message on %s", async (over, field, message) => {
    const err = await refusal(create(input(over)));
    expect(err.status).toBe(400);
    expect((err.details?.fields as Record<string, string>)[field]).toBe(message);
    expect(await t.db.user.count()).toBe(0);
  });

  it("refuses a body that is not an object with a form message, not a crash", async () => {
    for (const body of [null, "admin", [1, 2]]) {
      const err = await refusal(create(body));
      expect(err.status).toBe(400);
    }
  });
});

describe("the setup code", () => {
  it("is twelve base32 characters in three groups, the same for the same secret", () => {
    expect(CODE).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(setupCodeFor(env.NEXTAUTH_SECRET)).toBe(CODE);
    expect(setupCodeFor(`${env.NEXTAUTH_SECRET}!`)).not.toBe(CODE);
  });

  it("is accepted in lower case, without dashes and with O for 0 and I or L for 1", async () => {
    const typed = ` ${CODE.toLowerCase().replace(/-/g, "").replace(/0/g, "o").replace(/1/g, "l")} `;
    await create(input({ setupCode: typed }));
    expect(await t.db.user.count()).toBe(1);
  });

  it("refuses a wrong code on its field, and creates nobody", async () => {
    const other = setupCodeFor("another deployment's secret, 32+");
    for (const setupCode of [other, CODE.slice(0, -1), `${CODE}0`]) {
      const err = await refusal(create(input({ setupCode })));
      expect(err.status).toBe(400);
      expect(err.details?.fields).toEqual({ setupCode: WRONG_SETUP_CODE });
    }
    expect(await t.db.user.count()).toBe(0);
    expect(await t.db.auditLog.count()).toBe(0);
  });

  it("refuses every code while the server has no NEXTAUTH_SECRET", async () => {
    const err = await refusal(createFirstAdmin(t.db, input(), { env: {} }));
    expect(err.status).toBe(400);
    expect(err.details?.fields).toEqual({ setupCode: NO_SETUP_CODE });
    expect(await t.db.user.count()).toBe(0);
  });

  it("locks an address out after too many wrong codes, even with the right one, but not another address", async () => {
    const ip = "198.51.100.9";
    for (let i = 0; i < SETUP_THROTTLE.maxPerAddress; i++) {
      const err = await refusal(create(input({ setupCode: "AAAA-AAAA-AAAA" }), { ip }));
      expect(err.status).toBe(400);
    }
    const locked = await refusal(create(input(), { ip }));
    expect(locked.status).toBe(429);
    expect(locked.message).toMatch(/^Too many wrong setup codes\. Try again in 15 minutes\.$/);
    expect(await t.db.user.count()).toBe(0);

    await create(input(), { ip: "198.51.100.10" });
    expect(await t.db.user.count()).toBe(1);
  });

  it("gives a burst of wrong codes sent at once no more tries than the limit", async () => {
    const ip = "198.51.100.11";
    const results = await Promise.allSettled(
      Array.from({ length: SETUP_THROTTLE.maxPerAddress + 5 }, () =>
        create(input({ setupCode: "AAAA-AAAA-AAAA" }), { ip }),
      ),
    );
    const statuses = results.map((r) => ((r as PromiseRejectedResult).reason as AppError).status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(SETUP_THROTTLE.maxPerAddress);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const row = await t.db.loginThrottle.findUniqueOrThrow({ where: { key: setupAddressKey(ip) } });
    expect(row.lockedUntil).not.toBeNull();
  });

  it("gives back the count of a right code, so an operator's typos are not held against the address", async () => {
    const ip = "198.51.100.12";
    await refusal(create(input({ setupCode: "AAAA-AAAA-AAAA" }), { ip }));
    await create(input(), { ip });
    const row = await t.db.loginThrottle.findUniqueOrThrow({ where: { key: setupAddressKey(ip) } });
    expect(row.failures).toBe(1);
  });
});
