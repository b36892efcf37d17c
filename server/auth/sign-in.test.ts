import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../test/test-db.ts";
import type { Db } from "../db/create-client.ts";
import { hashPassword } from "./password.ts";
import { signIn, WRONG_CREDENTIALS } from "./sign-in.ts";
import { loadViewer, revokeSession } from "./session-store.ts";
import { THROTTLE } from "./login-throttle.ts";
import { AppError } from "../errors.ts";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address.ts";
import { raceCalls, times } from "../test/race-calls.ts";

let t: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  const passwordHash = await hashPassword("correct horse");
  const team = await db.team.create({ data: { name: "Desk" } });
  for (const email of ["ana@bank.test", "bo@bank.test", "cy@bank.test", "di@bank.test"]) {
    await db.user.create({
      data: { email, name: email, passwordHash, memberships: { create: { teamId: team.id } } },
    });
  }
});
afterAll(() => t.close());

const meta = (ip: string | null = "10.0.0.1") => ({ ip, userAgent: "vitest" });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe("signIn", () => {
  it("opens a session the viewer can be loaded from, with the user's teams", async () => {
    const { sessionId } = await signIn(db, { email: "ANA@bank.test ", password: "correct horse" }, meta());
    const viewer = await loadViewer(db, sessionId);
    expect(viewer?.email).toBe("ana@bank.test");
    expect(viewer?.teamIds).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "sign-in", entityId: sessionId } })).toBe(1);
  });

  it("says the same thing for a wrong password and an unknown account", async () => {
    const wrong = await failure(signIn(db, { email: "bo@bank.test", password: "nope" }, meta("10.0.0.2")));
    const unknown = await failure(
      signIn(db, { email: "nobody@bank.test", password: "nope" }, meta("10.0.0.2")),
    );
    expect(wrong.message).toBe(WRONG_CREDENTIALS);
    expect(unknown.message).toBe(WRONG_CREDENTIALS);
    expect(wrong.code).toBe("UNAUTHORIZED");
  });

  it("locks an account after repeated failures, even for the right password", async () => {
    for (let i = 0; i < THROTTLE.maxPerAccount; i++) {
      await failure(signIn(db, { email: "cy@bank.test", password: `guess ${i}` }, meta(`10.1.0.${i}`)));
    }
    const locked = await failure(
      signIn(db, { email: "cy@bank.test", password: "correct horse" }, meta("10.1.1.1")),
    );
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.message).toMatch(/Too many failed sign-in attempts\. Try again in \d+ minutes?\./);
  });

  it("locks an address that tries many accounts", async () => {
    for (let i = 0; i < THROTTLE.maxPerAddress; i++) {
      await failure(signIn(db, { email: `spray${i}@bank.test`, password: "x" }, meta("10.9.9.9")));
    }
    const locked = await failure(
      signIn(db, { email: "di@bank.test", password: "correct horse" }, meta("10.9.9.9")),
    );
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    // The same account from another address still works.
    await expect(
      signIn(db, { email: "di@bank.test", password: "correct horse" }, meta("10.9.9.10")),
    ).resolves.toBeTruthy();
  });

  it("locks a client that claims another X-Forwarded-For on every attempt: the socket's address counts", async () => {
    const attempt = (i: number) =>
      clientAddress(
        new Headers({ [PEER_ADDRESS_HEADER]: "203.0.113.50", "x-forwarded-for": `10.${i}.0.1` }),
        0,
        true,
      );
    for (let i = 0; i < THROTTLE.maxPerAddress; i++) {
      await failure(signIn(db, { email: `rotate${i}@bank.test`, password: "x" }, meta(attempt(i))));
    }
    const locked = await failure(
      signIn(db, { email: "di@bank.test", password: "correct horse" }, meta(attempt(99))),
    );
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
  });

  it("checks at most the limit's passwords of a parallel burst on one account; the rest are refused", async () => {
    const { ok, errors } = await raceCalls(
      times(60, (i) => signIn(db, { email: "burst@bank.test", password: `guess ${i}` }, meta(`10.2.${i}.1`))),
    );
    expect(ok).toHaveLength(0);
    const checked = errors.filter((e) => e.code === "UNAUTHORIZED").length;
    const refused = errors.filter((e) => e.code === "TOO_MANY_REQUESTS").length;
    expect(checked).toBe(THROTTLE.maxPerAccount);
    expect(refused).toBe(60 - THROTTLE.maxPerAccount);
    const row = await db.loginThrottle.findUnique({ where: { key: "account:burst@bank.test" } });
    expect(row?.failures).toBe(THROTTLE.maxPerAccount);
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it("checks at most the limit's passwords of a parallel burst from one address across accounts", async () => {
    const { errors } = await raceCalls(
      times(60, (i) => signIn(db, { email: `wide${i}@bank.test`, password: "x" }, meta("10.3.3.3"))),
    );
    expect(errors.filter((e) => e.code === "UNAUTHORIZED")).toHaveLength(THROTTLE.maxPerAddress);
    expect(errors.filter((e) => e.code === "TOO_MANY_REQUESTS")).toHaveLength(60 - THROTTLE.maxPerAddress);
    const row = await db.loginThrottle.findUnique({ where: { key: "ip:10.3.3.3" } });
    expect(row?.failures).toBe(THROTTLE.maxPerAddress);
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it("a right password in a parallel burst signs in, and the address keeps no count for it", async () => {
    const { ok, errors } = await raceCalls(
      times(10, (i) =>
        signIn(
          db,
          { email: "bo@bank.test", password: i === 0 ? "correct horse" : `guess ${i}` },
          meta("10.4.4.4"),
        ),
      ),
    );
    // The right one is checked or refused depending on the order; never an error but these two.
    expect(ok.length + errors.length).toBe(10);
    expect(errors.every((e) => e.code === "UNAUTHORIZED" || e.code === "TOO_MANY_REQUESTS")).toBe(true);
    const address = await db.loginThrottle.findUnique({ where: { key: "ip:10.4.4.4" } });
    expect(address?.failures).toBe(errors.filter((e) => e.code === "UNAUTHORIZED").length);
  });

  it("stops a session at once when it is revoked or its user is disabled", async () => {
    const first = await signIn(db, { email: "ana@bank.test", password: "correct horse" }, meta());
    await revokeSession(db, first.sessionId);
    expect(await loadViewer(db, first.sessionId)).toBeNull();

    const second = await signIn(db, { email: "ana@bank.test", password: "correct horse" }, meta());
    expect(await loadViewer(db, second.sessionId)).not.toBeNull();
    await db.user.update({ where: { email: "ana@bank.test" }, data: { disabledAt: new Date() } });
    expect(await loadViewer(db, second.sessionId)).toBeNull();
    const refused = await failure(signIn(db, { email: "ana@bank.test", password: "correct horse" }, meta()));
    expect(refused.message).toBe(WRONG_CREDENTIALS);
  });
});
