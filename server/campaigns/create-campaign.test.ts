import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { createTeam, createUser } from "../../prisma/factories/index.ts";

let t: TestDb;
const callers: Record<string, Awaited<ReturnType<typeof callerAs>>> = {};
const teams: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  teams.fx = (await createTeam(t.db, { name: "FX desk" })).id;
  teams.other = (await createTeam(t.db, { name: "Private banking" })).id;
  const rep = await createUser(t.db, { role: "REP", teamIds: [teams.fx] });
  const manager = await createUser(t.db, { role: "MANAGER", teamIds: [] });
  await t.db.teamMembership.create({ data: { userId: manager.id, teamId: teams.fx, isManager: true } });
  for (const [key, user] of [
    ["rep", rep],
    ["manager", manager],
  ] as const) {
    callers[key] = await callerAs(t.db, user.id);
  }
});
afterAll(() => t.close());

const valid = {
  name: "Q1 FX hedging webinar",
  channel: "EMAIL",
  startDate: "2027-01-10",
  endDate: "2027-02-10",
  budget: "25000",
  currency: "eur",
} as const;

describe("creating a campaign", () => {
  it("a manager creates one in their team, audited", async () => {
    const campaign = await callers.manager!.campaigns.create(valid);
    expect(campaign).toMatchObject({
      name: valid.name,
      status: "PLANNED",
      currency: "EUR",
      teamId: teams.fx,
    });
    expect(campaign.budget?.toString()).toBe("25000");
    expect(
      await t.db.auditLog.count({
        where: { entityType: "Campaign", entityId: campaign.id, action: "campaign.create" },
      }),
    ).toBe(1);
    const shown = await callers.manager!.campaigns.byId({ id: campaign.id });
    expect(shown.name).toBe(valid.name);
  });

  it("names each bad field, and writes nothing", async () => {
    const before = await t.db.campaign.count();
    const error = await callers
      .manager!.campaigns.create({
        name: " ",
        channel: "FAX" as never,
        startDate: "",
        endDate: "2026-01-01",
        budget: "-5",
        currency: "euro",
      })
      .catch((e: { cause?: { issues?: { path: string[]; message: string }[] } }) => e);
    const messages = Object.fromEntries(
      (error as { cause: { issues: { path: string[]; message: string }[] } }).cause.issues.map((i) => [
        i.path.join("."),
        i.message,
      ]),
    );
    expect(messages).toMatchObject({
      name: "Name is required",
      channel: "Choose a channel",
      startDate: "Start Date is required",
      budget: "Budget cannot be negative",
      currency: "Use a 3-letter currency code, like EUR",
    });
    await expect(
      callers.manager!.campaigns.create({ ...valid, endDate: "2026-12-01" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await t.db.campaign.count()).toBe(before);
  });

  it("refuses a rep, and a team the manager does not manage", async () => {
    await expect(callers.rep!.campaigns.create(valid)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callers.manager!.campaigns.create({ ...valid, teamId: teams.other })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
