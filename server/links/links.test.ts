import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";
import { createAccount, createLink, createTeam, createUser } from "../../prisma/factories/index.ts";

let t: TestDb;
let repId: string;
let otherRepId: string;
let accountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db);
  repId = (await createUser(t.db, { teamIds: [team.id] })).id;
  otherRepId = (await createUser(t.db)).id;
  accountId = (await createAccount(t.db, { teamId: team.id, ownerId: repId })).id;
});
afterAll(() => t.close());

const audits = (action: string, entityId: string) => t.db.auditLog.count({ where: { action, entityId } });

describe("links on an account", () => {
  it("are added, edited and removed, each audited, and the Sales tab lists them", async () => {
    const api = await callerAs(t.db, repId);
    const link = await api.links.create({
      accountId,
      title: "Credit memo",
      url: "https://intranet.example.bank/memo/1",
    });
    expect(link).toMatchObject({ title: "Credit memo", version: 1, description: null });
    const edited = await api.links.update({
      id: link.id,
      version: 1,
      title: "Credit memo 2027",
      url: "https://intranet.example.bank/memo/2",
      description: "Renewed",
    });
    expect(edited).toMatchObject({ title: "Credit memo 2027", version: 2, description: "Renewed" });
    expect((await api.salesTab.forAccount({ accountId })).links.map((l) => l.title)).toContain(
      "Credit memo 2027",
    );
    await api.links.delete({ id: link.id });
    expect((await api.salesTab.forAccount({ accountId })).links.map((l) => l.id)).not.toContain(link.id);
    expect(await audits("link.create", link.id)).toBe(1);
    expect(await audits("link.update", link.id)).toBe(1);
    expect(await audits("link.delete", link.id)).toBe(1);
  });

  it("take web addresses only and need a title, with the message on the field", async () => {
    const api = await callerAs(t.db, repId);
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "file:///etc/passwd",
      "intranet/memo",
      "mailto:a@b.c",
    ]) {
      const err = await api.links.create({ accountId, title: "x", url }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "BAD_REQUEST" });
      expect(JSON.stringify((err as { cause?: unknown }).cause)).toContain("url");
    }
    await expect(
      api.links.create({ accountId, title: "  ", url: "https://x.example" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await t.db.link.count({ where: { accountId } })).toBe(1);
  });

  it("refuses a stale edit with CONFLICT and the link as it now is; one of concurrent edits wins", async () => {
    const api = await callerAs(t.db, repId);
    const link = await createLink(t.db, { accountId, title: "Old" });
    const { ok, errors } = await raceCalls(
      times(10, (i) =>
        api.links.update({ id: link.id, version: link.version, title: `New ${i}`, url: link.url }),
      ),
    );
    expect(ok).toHaveLength(1);
    for (const e of errors) expect(e).toMatchObject({ code: "CONFLICT" });
    expect(await audits("link.update", link.id)).toBe(1);
    expect((await t.db.link.findUniqueOrThrow({ where: { id: link.id } })).version).toBe(link.version + 1);
  });

  it("is removed once out of 10 concurrent removals; the rest 404", async () => {
    const api = await callerAs(t.db, repId);
    const link = await createLink(t.db, { accountId });
    const { ok, errors } = await raceCalls(times(10, () => api.links.delete({ id: link.id })));
    expect(ok).toHaveLength(1);
    for (const e of errors) expect(e).toMatchObject({ code: "NOT_FOUND", message: "Link not found" });
    expect(await audits("link.delete", link.id)).toBe(1);
  });

  it("of another team are the same 404 as a missing one", async () => {
    const other = await callerAs(t.db, otherRepId);
    const link = await createLink(t.db, { accountId });
    await expect(
      other.links.update({ id: link.id, version: link.version, title: "Mine", url: "https://x.example" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Link not found" });
    await expect(other.links.delete({ id: link.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Link not found",
    });
    await expect(
      other.links.create({ accountId, title: "Mine", url: "https://x.example" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Account not found" });
    expect((await t.db.link.findUniqueOrThrow({ where: { id: link.id } })).deletedAt).toBeNull();
  });
});

describe("an application's details", () => {
  it("open for the account's team and are the same 404 to another team", async () => {
    const application = await t.db.application.create({
      data: {
        accountId,
        name: "Credit card",
        sourceSystem: "FintechOS",
        externalUrl: "https://fintechos.example/app/1",
      },
    });
    const api = await callerAs(t.db, repId);
    expect(await api.applications.byId({ id: application.id })).toMatchObject({
      name: "Credit card",
      account: { id: accountId },
    });
    const other = await callerAs(t.db, otherRepId);
    await expect(other.applications.byId({ id: application.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Application not found",
    });
  });
});
