import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";
import {
  createAccount,
  createCampaign,
  createLead,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";

type Caller = Awaited<ReturnType<typeof callerAs>>;
let t: TestDb;
const c: Record<"rep" | "colleague" | "manager" | "outsider" | "admin", Caller> = {} as never;
type Key =
  | "fx"
  | "other"
  | "rep"
  | "colleague"
  | "manager"
  | "outsider"
  | "account"
  | "otherAccount"
  | "campaign"
  | "closedCampaign";
const ids = {} as Record<Key, string>;

beforeAll(async () => {
  t = await createTestDb();
  const fx = (await createTeam(t.db, { name: "FX desk" })).id;
  const other = (await createTeam(t.db, { name: "Private banking" })).id;
  const rep = await createUser(t.db, { role: "REP", teamIds: [fx], name: "Rita Rep" });
  const colleague = await createUser(t.db, { role: "REP", teamIds: [fx], name: "Colin Colleague" });
  const manager = await createUser(t.db, { role: "MANAGER", teamIds: [], managedTeamIds: [fx] });
  const outsider = await createUser(t.db, { role: "REP", teamIds: [other] });
  const admin = await createUser(t.db, { role: "ADMIN" });
  Object.assign(ids, {
    fx,
    other,
    rep: rep.id,
    colleague: colleague.id,
    manager: manager.id,
    outsider: outsider.id,
  });
  ids.account = (await createAccount(t.db, { ownerId: rep.id, teamId: fx })).id;
  ids.otherAccount = (await createAccount(t.db, { ownerId: outsider.id, teamId: other })).id;
  ids.campaign = (await createCampaign(t.db, { ownerId: manager.id, teamId: fx, status: "ACTIVE" })).id;
  ids.closedCampaign = (
    await createCampaign(t.db, { ownerId: manager.id, teamId: fx, status: "COMPLETED" })
  ).id;
  for (const [key, user] of Object.entries({ rep, colleague, manager, outsider, admin }))
    c[key as keyof typeof c] = await callerAs(t.db, user.id);
});
afterAll(() => t.close());

const activity = (over: Record<string, unknown> = {}) => ({
  campaignId: ids.campaign,
  accountId: ids.account,
  name: "Call to present the offer",
  activityType: "SALES" as const,
  dueDate: "2027-03-01",
  ...over,
});

describe("creating a campaign activity", () => {
  it("starts Unassigned, or Assigned when given to someone, audited", async () => {
    const open = await c.rep.campaigns.createActivity(activity());
    expect(open).toMatchObject({ status: "UNASSIGNED", assignedUserId: null, version: 1 });
    const mine = await c.rep.campaigns.createActivity(activity({ assignedUserId: ids.rep }));
    expect(mine).toMatchObject({ status: "ASSIGNED", assignedUserId: ids.rep });
    expect(
      await t.db.auditLog.count({ where: { entityId: mine.id, action: "campaignActivity.create" } }),
    ).toBe(1);
    const tab = await c.rep.salesTab.forAccount({ accountId: ids.account, activityStatus: "ASSIGNED" });
    expect(tab.campaignActivities.map((a) => a.id)).toContain(mine.id);
  });

  it("a rep assigns only themselves; a manager of the team anyone in it", async () => {
    await expect(
      c.rep.campaigns.createActivity(activity({ assignedUserId: ids.colleague })),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Assigned User not found" });
    expect((await c.rep.campaigns.assignableUsers({ accountId: ids.account })).map((u) => u.id)).toEqual([
      ids.rep,
    ]);
    const given = await c.manager.campaigns.createActivity(activity({ assignedUserId: ids.colleague }));
    expect(given.assignedUserId).toBe(ids.colleague);
    const names = (await c.manager.campaigns.assignableUsers({ accountId: ids.account })).map((u) => u.id);
    expect(names).toEqual(expect.arrayContaining([ids.rep, ids.colleague, ids.manager]));
    expect(names).not.toContain(ids.outsider);
    // Someone outside the account's team is as unknown as a made-up id.
    await expect(
      c.manager.campaigns.createActivity(activity({ assignedUserId: ids.outsider })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("another team's account or an unknown campaign is NOT_FOUND; a closed campaign and bad fields are 400s", async () => {
    const before = await t.db.campaignActivity.count();
    await expect(
      c.rep.campaigns.createActivity(activity({ accountId: ids.otherAccount })),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Account not found" });
    await expect(
      c.outsider.campaigns.createActivity(activity({ accountId: ids.otherAccount })),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Campaign not found" });
    await expect(
      c.rep.campaigns.createActivity(activity({ campaignId: ids.closedCampaign })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const error = (await c.rep.campaigns
      .createActivity(activity({ name: "  ", activityType: "PHONE", dueDate: "2027-02-30" }) as never)
      .catch((e: unknown) => e)) as {
      code: string;
      cause: { issues: { path: string[]; message: string }[] };
    };
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["name", "activityType", "dueDate"]),
    );
    expect(await t.db.campaignActivity.count()).toBe(before);
  });
});

describe("moving an activity through its statuses", () => {
  it("assigned, started, completed: each once, in order, audited", async () => {
    const a = await c.manager.campaigns.createActivity(activity());
    await expect(
      c.manager.campaigns.moveActivity({ id: a.id, version: 1, move: "start" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This activity is Unassigned: it cannot be started.",
    });
    const assigned = await c.manager.campaigns.assignActivity({
      id: a.id,
      version: 1,
      assignedUserId: ids.rep,
    });
    expect(assigned).toMatchObject({ status: "ASSIGNED", assignedUserId: ids.rep, version: 2 });
    // Only the assignee (or the team's manager) works it.
    await expect(
      c.colleague.campaigns.moveActivity({ id: a.id, version: 2, move: "start" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      c.rep.campaigns.moveActivity({ id: a.id, version: 2, move: "complete" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const started = await c.rep.campaigns.moveActivity({ id: a.id, version: 2, move: "start" });
    expect(started.status).toBe("IN_PROGRESS");
    const done = await c.rep.campaigns.moveActivity({ id: a.id, version: 3, move: "complete" });
    expect(done).toMatchObject({ status: "COMPLETED", version: 4 });
    expect(done.completedAt).toBeInstanceOf(Date);
    await expect(
      c.manager.campaigns.moveActivity({ id: a.id, version: 4, move: "cancel" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This activity is Completed: it cannot be canceled.",
    });
    const trail = await t.db.auditLog.findMany({
      where: { entityId: a.id },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true },
    });
    expect(trail.map((e) => e.action)).toEqual([
      "campaignActivity.create",
      "campaignActivity.assign",
      "campaignActivity.start",
      "campaignActivity.complete",
    ]);
  });

  it("a stale version is a CONFLICT; a rep cannot take a colleague's activity, nor see another team's", async () => {
    const a = await c.manager.campaigns.createActivity(activity({ assignedUserId: ids.colleague }));
    await expect(
      c.rep.campaigns.assignActivity({ id: a.id, version: 1, assignedUserId: ids.rep }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      c.outsider.campaigns.moveActivity({ id: a.id, version: 1, move: "cancel" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await c.colleague.campaigns.moveActivity({ id: a.id, version: 1, move: "start" });
    await expect(
      c.colleague.campaigns.moveActivity({ id: a.id, version: 1, move: "cancel" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // Giving it back: the assignee may, and it is Unassigned again for someone else to take.
    const back = await c.colleague.campaigns.assignActivity({ id: a.id, version: 2, assignedUserId: null });
    expect(back).toMatchObject({ status: "UNASSIGNED", assignedUserId: null });
    const taken = await c.rep.campaigns.assignActivity({ id: a.id, version: 3, assignedUserId: ids.rep });
    expect(taken).toMatchObject({ status: "ASSIGNED", assignedUserId: ids.rep });
  });

  it("of ten concurrent completions exactly one wins; the rest get a CONFLICT, not a 500", async () => {
    const a = await c.manager.campaigns.createActivity(activity({ assignedUserId: ids.rep }));
    await c.rep.campaigns.moveActivity({ id: a.id, version: 1, move: "start" });
    const { ok, errors } = await raceCalls(
      times(10, () => c.rep.campaigns.moveActivity({ id: a.id, version: 2, move: "complete" })),
    );
    expect(ok).toHaveLength(1);
    expect(errors.map((e) => e.code)).toEqual(Array(9).fill("CONFLICT"));
    expect(
      await t.db.auditLog.count({ where: { entityId: a.id, action: "campaignActivity.complete" } }),
    ).toBe(1);
    const row = await t.db.campaignActivity.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "COMPLETED", version: 3 });
  });

  it("concurrent assignments to two people leave one assignee", async () => {
    const a = await c.manager.campaigns.createActivity(activity());
    const { ok, errors } = await raceCalls([
      () => c.manager.campaigns.assignActivity({ id: a.id, version: 1, assignedUserId: ids.rep }),
      () => c.manager.campaigns.assignActivity({ id: a.id, version: 1, assignedUserId: ids.colleague }),
      () => c.rep.campaigns.assignActivity({ id: a.id, version: 1, assignedUserId: ids.rep }),
    ]);
    expect(ok).toHaveLength(1);
    expect(errors.every((e) => e.code === "CONFLICT")).toBe(true);
  });
});

describe("a campaign's results", () => {
  it("counts its leads and opportunities the viewer can see, and sums the won amount in EUR", async () => {
    const campaignId = (await createCampaign(t.db, { ownerId: ids.manager, teamId: ids.fx })).id;
    await createLead(t.db, { campaignId, ownerId: ids.rep, teamId: ids.fx });
    await createLead(t.db, { campaignId, ownerId: ids.rep, teamId: ids.fx, status: "CONVERTED" });
    const opp = { campaignId, accountId: ids.account, ownerId: ids.rep, teamId: ids.fx };
    await createOpportunity(t.db, { ...opp, stage: "CLOSED_WON", estimatedAmount: "1000", currency: "EUR" });
    await createOpportunity(t.db, { ...opp, stage: "CLOSED_WON", estimatedAmount: "1000", currency: "USD" });
    await createOpportunity(t.db, { ...opp, stage: "PROPOSAL", estimatedAmount: "5000", currency: "EUR" });
    await createOpportunity(t.db, {
      campaignId,
      accountId: ids.otherAccount,
      ownerId: ids.outsider,
      teamId: ids.other,
      stage: "CLOSED_WON",
      estimatedAmount: "99999",
      currency: "EUR",
    });
    const results = await c.rep.campaigns.results({ id: campaignId });
    expect(results).toMatchObject({
      leads: 2,
      convertedLeads: 1,
      opportunities: 3,
      openOpportunities: 1,
      won: 2,
      wonAmount: "1920.00",
      currency: "EUR",
      wonByCurrency: [
        { currency: "EUR", amount: "1000.00" },
        { currency: "USD", amount: "1000.00" },
      ],
    });
    await expect(c.outsider.campaigns.results({ id: ids.campaign })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
