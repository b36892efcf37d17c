import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/prisma/factories/index.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";

let t: TestDb;
let api: Awaited<ReturnType<typeof callerAs>>;
beforeAll(async () => {
  t = await createTestDb();
  api = await callerAs(t.db, (await createUser(t.db, { role: "ADMIN" })).id);
});
afterAll(() => t.close());

describe("teams", () => {
  it("are created, renamed and archived, each change audited", async () => {
    const team = await api.admin.createTeam({ name: "  Equities Sales " });
    expect(team.name).toBe("Equities Sales");
    await api.admin.editTeam({ id: team.id, name: "Equity Derivatives" });
    await api.admin.setTeamArchived({ id: team.id, archived: true });
    const row = await t.db.team.findUniqueOrThrow({ where: { id: team.id } });
    expect(row).toMatchObject({ name: "Equity Derivatives", archivedAt: expect.any(Date) });
    const audit = await t.db.auditLog.findMany({ where: { entityId: team.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "archive"]);
  });

  it("send their members' e-mail from the address an admin sets, refusing one that is not an address", async () => {
    const team = await api.admin.createTeam({ name: "FX Sales" });
    await expect(
      api.admin.editTeam({ id: team.id, name: "FX Sales", mailFrom: "FX <not-an-address>" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await api.admin.editTeam({ id: team.id, name: "FX Sales", mailFrom: "FX Sales <fx@bank.example>" });
    expect((await t.db.team.findUniqueOrThrow({ where: { id: team.id } })).mailFrom).toBe(
      "FX Sales <fx@bank.example>",
    );
    // A rename alone keeps it; an empty value clears it (the deployment's MAIL_FROM is used then).
    await api.admin.editTeam({ id: team.id, name: "FX & Rates Sales" });
    expect((await t.db.team.findUniqueOrThrow({ where: { id: team.id } })).mailFrom).toBe(
      "FX Sales <fx@bank.example>",
    );
    await api.admin.editTeam({ id: team.id, name: "FX & Rates Sales", mailFrom: "" });
    expect((await t.db.team.findUniqueOrThrow({ where: { id: team.id } })).mailFrom).toBeNull();
  });

  it("refuse a duplicate name on the name field, whatever its case", async () => {
    await api.admin.createTeam({ name: "Rates Desk" });
    await expect(api.admin.createTeam({ name: "rates desk" })).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { details: { field: "name" } },
    });
    await expect(api.admin.createTeam({ name: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("cannot be archived while an active user belongs to them, nor given to anyone once archived", async () => {
    const team = await api.admin.createTeam({ name: "Credit Sales" });
    const rep = await createUser(t.db, { teamIds: [team.id] });
    await expect(api.admin.setTeamArchived({ id: team.id, archived: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/1 active user belongs/),
    });
    await api.admin.setUserDisabled({ id: rep.id, disabled: true });
    await api.admin.setTeamArchived({ id: team.id, archived: true });
    await expect(
      api.admin.createUser({
        name: "Late Joiner",
        email: "late.joiner@dealfloor.test",
        role: "REP",
        teamIds: [team.id],
        managedTeamIds: [],
        directLine: "",
        extension: "",
        password: "a perfectly fine passphrase",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { details: { field: "teamIds" } } });
    const account = {
      partyGroupName: "Archived Ltd",
      accountType: "ORGANISATION",
      segment: "CORPORATE",
    } as const;
    await expect(api.accounts.create({ ...account, teamId: team.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { details: { field: "teamId" } },
    });
  });
});
