import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, createTeam, createUser } from "@/prisma/factories/index.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls } from "../test/race-calls.ts";
import { buildContext } from "../trpc/context.ts";
import { handleTrpcRequest } from "../trpc/http-handler.ts";
import { loadViewer } from "../auth/session-store.ts";
import { signIn } from "../auth/sign-in.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const GOOD_PASSWORD = "correct horse battery";

function newUserInput(teamId: string, over: Record<string, unknown> = {}) {
  return {
    name: "Nina Newhire",
    email: `nina.${crypto.randomUUID().slice(0, 8)}@dealfloor.test`,
    role: "REP" as const,
    teamIds: [teamId],
    managedTeamIds: [],
    directLine: "",
    extension: "",
    password: GOOD_PASSWORD,
    ...over,
  };
}

/** A request through the real tRPC endpoint, with the viewer the session row gives (as the route does). */
async function requestWithSession(sessionId: string): Promise<Response> {
  const req = new Request(
    `http://localhost/api/trpc/tasks.mine?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
  );
  return handleTrpcRequest(req, async () =>
    buildContext({ db: t.db, viewer: await loadViewer(t.db, sessionId) }),
  );
}

describe("who may manage users and teams", () => {
  it("refuses reps and managers every user and team procedure; an admin may", async () => {
    const team = await createTeam(t.db);
    const rep = await createUser(t.db, { teamIds: [team.id] });
    const manager = await createUser(t.db, { role: "MANAGER", teamIds: [team.id] });
    const admin = await createUser(t.db, { role: "ADMIN" });
    for (const who of [rep, manager]) {
      const api = await callerAs(t.db, who.id);
      const calls = [
        () => api.admin.users(),
        () => api.admin.user({ id: rep.id }),
        () => api.admin.createUser(newUserInput(team.id)),
        () => api.admin.updateUser({ ...newUserInput(team.id), id: rep.id, version: 1 }),
        () => api.admin.setUserDisabled({ id: rep.id, disabled: true }),
        () => api.admin.issuePasswordReset({ id: rep.id }),
        () => api.admin.teams(),
        () => api.admin.createTeam({ name: "Rogue desk" }),
        () => api.admin.editTeam({ id: team.id, name: "Renamed" }),
        () => api.admin.setTeamArchived({ id: team.id, archived: true }),
      ];
      for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await t.db.user.findUniqueOrThrow({ where: { id: rep.id } })).toMatchObject({ disabledAt: null });
    const api = await callerAs(t.db, admin.id);
    const { id } = await api.admin.createUser(
      newUserInput(team.id, { directLine: "020 7946 0999", extension: "1999" }),
    );
    const created = await api.admin.user({ id });
    expect(created).toMatchObject({
      role: "REP",
      teamIds: [team.id],
      directLine: "+442079460999",
      extension: "1999",
    });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entityType: "User", entityId: id, action: "create" },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit.after)).not.toMatch(/passwordHash|argon2/);
  });

  it("gives field messages for a weak password, a taken e-mail and a bad line, never a 500", async () => {
    const team = await createTeam(t.db);
    const admin = await createUser(t.db, { role: "ADMIN" });
    const api = await callerAs(t.db, admin.id);
    const fieldOf = (e: unknown) =>
      (e as { cause?: { issues?: { path: string[]; message: string }[] } }).cause?.issues?.map((i) =>
        i.path.join("."),
      );
    const weak = await api.admin
      .createUser(newUserInput(team.id, { password: "short" }))
      .catch((e: unknown) => e);
    expect(weak).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldOf(weak)).toContain("password");
    const guessable = await api.admin
      .createUser(newUserInput(team.id, { password: "aaaaaaaaaaaaaaaa" }))
      .catch((e: unknown) => e);
    expect(fieldOf(guessable)).toContain("password");
    const badLine = await api.admin
      .createUser(newUserInput(team.id, { directLine: "call me" }))
      .catch((e: unknown) => e);
    expect(fieldOf(badLine)).toContain("directLine");
    const repManaging = await api.admin
      .createUser(newUserInput(team.id, { managedTeamIds: [team.id] }))
      .catch((e: unknown) => e);
    expect(fieldOf(repManaging)).toContain("managedTeamIds");
    const taken = await api.admin
      .createUser(newUserInput(team.id, { email: admin.email.toUpperCase() }))
      .catch((e: unknown) => e);
    expect(taken).toMatchObject({ code: "CONFLICT", cause: { details: { field: "email" } } });
  });
});

describe("disabling a user", () => {
  it("gives their live session 401 on its next request, and re-enabling does not revive it", async () => {
    const team = await createTeam(t.db);
    const admin = await createUser(t.db, { role: "ADMIN" });
    const rep = await createUser(t.db, { teamIds: [team.id] });
    const { sessionId } = await signIn(
      t.db,
      { email: rep.email, password: rep.password },
      { ip: null, userAgent: null },
    );
    expect((await requestWithSession(sessionId)).status).toBe(200);

    const api = await callerAs(t.db, admin.id);
    const result = await api.admin.setUserDisabled({ id: rep.id, disabled: true });
    expect(result.sessionsRevoked).toBe(1);
    expect((await requestWithSession(sessionId)).status).toBe(401);
    await expect(
      signIn(t.db, { email: rep.email, password: rep.password }, { ip: null, userAgent: null }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    await api.admin.setUserDisabled({ id: rep.id, disabled: false });
    expect((await requestWithSession(sessionId)).status).toBe(401);
    const again = await signIn(
      t.db,
      { email: rep.email, password: rep.password },
      { ip: null, userAgent: null },
    );
    expect((await requestWithSession(again.sessionId)).status).toBe(200);
    const actions = await t.db.auditLog.findMany({ where: { entityId: rep.id }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["disable", "enable"]));
  });

  it("refuses an admin disabling themselves", async () => {
    const admin = await createUser(t.db, { role: "ADMIN" });
    await createUser(t.db, { role: "ADMIN" });
    const api = await callerAs(t.db, admin.id);
    await expect(api.admin.setUserDisabled({ id: admin.id, disabled: true })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("moving a user between teams", () => {
  it("keeps their records' team unless the admin moves them too", async () => {
    const [from, to] = [await createTeam(t.db), await createTeam(t.db)];
    const admin = await createUser(t.db, { role: "ADMIN" });
    const rep = await createUser(t.db, { teamIds: [from.id] });
    const kept = await createAccount(t.db, { ownerId: rep.id, teamId: from.id });
    const api = await callerAs(t.db, admin.id);
    const base = { name: rep.name, email: rep.email, role: "REP" as const, directLine: "", extension: "" };

    await api.admin.updateUser({ ...base, id: rep.id, version: 1, teamIds: [to.id], managedTeamIds: [] });
    expect((await t.db.account.findUniqueOrThrow({ where: { id: kept.id } })).teamId).toBe(from.id);

    // Back to the first team, then over again with the records.
    await api.admin.updateUser({ ...base, id: rep.id, version: 2, teamIds: [from.id], managedTeamIds: [] });
    const r = await api.admin.updateUser({
      ...base,
      id: rep.id,
      version: 3,
      teamIds: [to.id],
      managedTeamIds: [],
      moveRecordsTo: to.id,
    });
    expect(r.moved).toMatchObject({ accounts: 1 });
    const moved = await t.db.account.findUniqueOrThrow({ where: { id: kept.id } });
    expect(moved).toMatchObject({ teamId: to.id, version: kept.version + 1 });
  });

  it("refuses a stale version with a conflict", async () => {
    const team = await createTeam(t.db);
    const admin = await createUser(t.db, { role: "ADMIN" });
    const rep = await createUser(t.db, { teamIds: [team.id] });
    const api = await callerAs(t.db, admin.id);
    const input = {
      name: "Changed",
      email: rep.email,
      role: "REP" as const,
      teamIds: [team.id],
      managedTeamIds: [],
      directLine: "",
      extension: "",
    };
    await api.admin.updateUser({ ...input, id: rep.id, version: 1 });
    await expect(api.admin.updateUser({ ...input, id: rep.id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("the last active admin", () => {
  async function twoAdmins() {
    // This file's database holds other admins: disable them, so these two are the only ones.
    await t.db.user.updateMany({ where: { role: "ADMIN" }, data: { disabledAt: new Date() } });
    const a = await createUser(t.db, { role: "ADMIN" });
    const b = await createUser(t.db, { role: "ADMIN" });
    return { a, b };
  }
  const demote = (u: { name: string; email: string }) => ({
    name: u.name,
    email: u.email,
    role: "REP" as const,
    teamIds: [],
    managedTeamIds: [],
    directLine: "",
    extension: "",
  });
  const activeAdmins = () => t.db.user.count({ where: { role: "ADMIN", disabledAt: null } });

  it("cannot be demoted or disabled, by themselves or anyone", async () => {
    const { a, b } = await twoAdmins();
    const apiA = await callerAs(t.db, a.id);
    await apiA.admin.setUserDisabled({ id: b.id, disabled: true });
    await expect(apiA.admin.updateUser({ ...demote(a), id: a.id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/last active admin/),
    });
    expect(await activeAdmins()).toBe(1);
    // Re-enabled, b may demote a again.
    await apiA.admin.setUserDisabled({ id: b.id, disabled: false });
    const apiB = await callerAs(t.db, b.id);
    await apiB.admin.updateUser({ ...demote(a), id: a.id, version: 1 });
    await expect(apiB.admin.updateUser({ ...demote(b), id: b.id, version: 3 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await activeAdmins()).toBe(1);
  });

  it("survives two admins demoting each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const { a, b } = await twoAdmins();
      const [apiA, apiB] = [await callerAs(t.db, a.id), await callerAs(t.db, b.id)];
      const { ok, errors } = await raceCalls([
        () => apiA.admin.updateUser({ ...demote(b), id: b.id, version: 1 }),
        () => apiB.admin.updateUser({ ...demote(a), id: a.id, version: 1 }),
      ]);
      expect(ok).toHaveLength(1);
      // The loser is refused, either as the last admin or as no longer an admin itself.
      expect(errors.map((e) => e.code)).toEqual([expect.stringMatching(/^(CONFLICT|FORBIDDEN)$/)]);
      expect(await activeAdmins()).toBe(1);
    }
  });

  it("survives two admins disabling each other at the same moment", async () => {
    const { a, b } = await twoAdmins();
    const [apiA, apiB] = [await callerAs(t.db, a.id), await callerAs(t.db, b.id)];
    const { ok } = await raceCalls([
      () => apiA.admin.setUserDisabled({ id: b.id, disabled: true }),
      () => apiB.admin.setUserDisabled({ id: a.id, disabled: true }),
    ]);
    expect(ok).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
  });
});
