import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/prisma/factories/index.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls } from "../test/race-calls.ts";
import { createCaller } from "../trpc/root.ts";
import { buildContext } from "../trpc/context.ts";
import { loadViewer } from "./session-store.ts";
import { signIn } from "./sign-in.ts";
import { describePasswordReset, RESET_MAX_FAILURES_PER_ADDRESS } from "./reset-password.ts";
import { ZNewPassword } from "./password-policy.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const NEW_PASSWORD = "a new and long passphrase";
/** The public API as a browser without a session calls it, from one client address. */
const anonymous = (ip: string) => createCaller(buildContext({ db: t.db, viewer: null, ip }));
const tokenOf = (path: string) => path.split("/").pop()!;

async function issue(userId: string) {
  const admin = await createUser(t.db, { role: "ADMIN" });
  return (await callerAs(t.db, admin.id)).admin.issuePasswordReset({ id: userId });
}

describe("the password policy", () => {
  it.each([
    ["short", /at least 12/],
    ["aaaaaaaaaaaaaaaa", /easy to guess/],
    ["abcabcabcabcabc", /easy to guess/],
    ["Password1234", /easy to guess/],
    ["x".repeat(129), /at most 128/],
    ["twelve chars\u0000x", /NUL/],
  ])("refuses %j with a clear message", (password, message) => {
    const r = ZNewPassword.safeParse(password);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(message);
  });

  it("takes a long passphrase, spaces and all", () => {
    expect(ZNewPassword.parse("  correct horse battery  ")).toBe("  correct horse battery  ");
  });
});

describe("a password-reset link", () => {
  it("sets a new password once, revokes the user's sessions, and stores only a hash", async () => {
    const rep = await createUser(t.db);
    const old = await signIn(
      t.db,
      { email: rep.email, password: rep.password },
      { ip: null, userAgent: null },
    );
    const { path } = await issue(rep.id);
    const token = tokenOf(path);
    const stored = await t.db.passwordResetToken.findFirstOrThrow({ where: { userId: rep.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(await t.db.auditLog.findMany({ where: { entityId: rep.id } }))).not.toContain(
      token,
    );

    expect(await describePasswordReset(t.db, token, "10.0.0.1")).toMatchObject({ email: rep.email });
    await anonymous("10.0.0.1").passwordReset.reset({ token, password: NEW_PASSWORD });
    expect(await loadViewer(t.db, old.sessionId)).toBeNull();
    await expect(
      signIn(t.db, { email: rep.email, password: rep.password }, { ip: null, userAgent: null }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await signIn(t.db, { email: rep.email, password: NEW_PASSWORD }, { ip: null, userAgent: null });

    await expect(
      anonymous("10.0.0.1").passwordReset.reset({ token, password: "yet another passphrase" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringMatching(/expired or was already used/),
    });
  });

  it("is spent by exactly one of two submissions racing with it", async () => {
    const rep = await createUser(t.db);
    const token = tokenOf((await issue(rep.id)).path);
    const { ok, errors } = await raceCalls([
      () => anonymous("10.0.0.2").passwordReset.reset({ token, password: "first racing passphrase" }),
      () => anonymous("10.0.0.2").passwordReset.reset({ token, password: "second racing passphrase" }),
    ]);
    expect(ok).toHaveLength(1);
    expect(errors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
  });

  it("is not spent by a refused password, and refuses one containing the e-mail name", async () => {
    const rep = await createUser(t.db, { email: "rosalind.reset@dealfloor.test" });
    const token = tokenOf((await issue(rep.id)).path);
    await expect(
      anonymous("10.0.0.3").passwordReset.reset({ token, password: "short" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      anonymous("10.0.0.3").passwordReset.reset({ token, password: "rosalind.reset-2024!" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { details: { field: "password" } } });
    await anonymous("10.0.0.3").passwordReset.reset({ token, password: NEW_PASSWORD });
  });

  it("dies when it expires, when a newer one is issued, and when the user is disabled", async () => {
    const rep = await createUser(t.db);
    const expired = tokenOf((await issue(rep.id)).path);
    await t.db.passwordResetToken.updateMany({
      where: { userId: rep.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(
      anonymous("10.0.0.4").passwordReset.reset({ token: expired, password: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const first = tokenOf((await issue(rep.id)).path);
    const second = tokenOf((await issue(rep.id)).path);
    await expect(
      anonymous("10.0.0.4").passwordReset.reset({ token: first, password: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const admin = await createUser(t.db, { role: "ADMIN" });
    await (await callerAs(t.db, admin.id)).admin.setUserDisabled({ id: rep.id, disabled: true });
    await expect(
      anonymous("10.0.0.4").passwordReset.reset({ token: second, password: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("locks an address out after too many wrong links, even for a good one", async () => {
    const rep = await createUser(t.db);
    const good = tokenOf((await issue(rep.id)).path);
    const api = anonymous("10.0.0.5");
    for (let i = 0; i < RESET_MAX_FAILURES_PER_ADDRESS; i++)
      await expect(
        api.passwordReset.reset({ token: `guess-${i}`, password: NEW_PASSWORD }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    await expect(api.passwordReset.reset({ token: good, password: NEW_PASSWORD })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    // Another address is not affected.
    await anonymous("10.0.0.6").passwordReset.reset({ token: good, password: NEW_PASSWORD });
  });
});
