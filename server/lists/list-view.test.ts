import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { viewerOf as signIn } from "../test/sign-in-as.ts";
import { listLeads } from "../leads/list-leads.ts";
import { listOpportunities } from "../opportunities/list-opportunities.ts";
import { listContacts } from "../contacts/list-contacts.ts";
import { deleteView, listSavedViews, saveView } from "./saved-views.ts";
import { listFilterOptions } from "./filter-options.ts";
import {
  createAccount,
  createCampaign,
  createContact,
  createLead,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import type { Viewer } from "../access/viewer.ts";

let t: TestDb;
let manager: Viewer;
let ann: Viewer;
const ids: Record<string, string> = {};

const viewerOf = (userId: string) => signIn(t.db, userId);

beforeAll(async () => {
  t = await createTestDb();
  const fx = await createTeam(t.db, { name: "FX desk" });
  const rates = await createTeam(t.db, { name: "Rates desk" });
  const hidden = await createTeam(t.db, { name: "Private banking" });
  const annUser = await createUser(t.db, { role: "REP", teamIds: [fx.id], name: "Ann Rep" });
  const bob = await createUser(t.db, { role: "REP", teamIds: [rates.id], name: "Bob Rep" });
  const eve = await createUser(t.db, { role: "REP", teamIds: [hidden.id], name: "Eve Hidden" });
  const mgr = await createUser(t.db, { role: "MANAGER", teamIds: [], name: "Mia Manager" });
  await t.db.teamMembership.createMany({
    data: [fx.id, rates.id].map((teamId) => ({ userId: mgr.id, teamId, isManager: true })),
  });
  Object.assign(ids, { fx: fx.id, rates: rates.id, ann: annUser.id, bob: bob.id, eve: eve.id });
  manager = await viewerOf(mgr.id);
  ann = await viewerOf(annUser.id);

  const campaign = await createCampaign(t.db, { ownerId: annUser.id, teamId: fx.id, name: "Spring FX" });
  ids.campaign = campaign.id;
  const day = (d: string) => new Date(`2026-${d}T10:00:00Z`);
  await createLead(t.db, {
    ownerId: annUser.id,
    teamId: fx.id,
    surname: "Adams",
    createdAt: day("03-01"),
    campaignId: campaign.id,
  });
  await createLead(t.db, { ownerId: annUser.id, teamId: fx.id, surname: "Baker", createdAt: day("03-15") });
  await createLead(t.db, {
    ownerId: bob.id,
    teamId: rates.id,
    surname: "Clark",
    createdAt: day("04-02"),
    campaignId: campaign.id,
  });
  await createLead(t.db, { ownerId: eve.id, teamId: hidden.id, surname: "Dunn", createdAt: day("03-10") });
  const account = await createAccount(t.db, { ownerId: annUser.id, teamId: fx.id });
  for (const [name, close] of [
    ["Alpha", "2026-05-01"],
    ["Bravo", "2026-06-01"],
    ["Charlie", "2026-07-01"],
  ] as const) {
    await createOpportunity(t.db, { accountId: account.id, name, closeDate: new Date(close) });
  }
  for (const surname of ["Evans", "Fox", "Grant", "Hill", "Irwin"]) {
    await createContact(t.db, { ownerId: annUser.id, teamId: fx.id, surname, foreName: "Sam" });
  }
});
afterAll(() => t.close());

const surnames = (page: { items: { surname: string }[] }) => page.items.map((l) => l.surname);

describe("list views", () => {
  it("filters a manager's leads by owner, team, campaign and created date, on the server", async () => {
    const ctx = { db: t.db, viewer: manager };
    expect(surnames(await listLeads(ctx, {}))).toEqual(["Clark", "Baker", "Adams"]);
    expect(surnames(await listLeads(ctx, { ownerId: ids.ann }))).toEqual(["Baker", "Adams"]);
    expect(surnames(await listLeads(ctx, { teamId: ids.rates }))).toEqual(["Clark"]);
    expect(surnames(await listLeads(ctx, { campaignId: ids.campaign }))).toEqual(["Clark", "Adams"]);
    expect(surnames(await listLeads(ctx, { from: "2026-03-01", to: "2026-03-15" }))).toEqual([
      "Baker",
      "Adams",
    ]);
    // A filter cannot widen the scope: the hidden team's lead stays hidden when asked for by name.
    expect(surnames(await listLeads(ctx, { ownerId: ids.eve }))).toEqual([]);
  });

  it("sorts by the chosen field and direction, and pages through it by keyset", async () => {
    const ctx = { db: t.db, viewer: manager };
    expect(surnames(await listLeads(ctx, { sort: "name" }))).toEqual(["Adams", "Baker", "Clark"]);
    expect(surnames(await listLeads(ctx, { sort: "name", dir: "desc" }))).toEqual([
      "Clark",
      "Baker",
      "Adams",
    ]);
    const names = (await listOpportunities(ctx, { sort: "name", dir: "desc" })).items.map((o) => o.name);
    expect(names).toEqual(["Charlie", "Bravo", "Alpha"]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listContacts(
        { db: t.db, viewer: ann },
        { sort: "name", dir: "desc", limit: 2, cursor },
      );
      seen.push(...surnames(page));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["Irwin", "Hill", "Grant", "Fox", "Evans"]);
  });

  it("refuses a bad filter with the field's reason", async () => {
    const ctx = { db: t.db, viewer: manager };
    await expect(listLeads(ctx, { sort: "password" as never })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["sort"] })],
    });
    await expect(listLeads(ctx, { from: "2026-05-01", to: "2026-04-01" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: "The end date is before the start date" })],
    });
    await expect(listContacts(ctx, { campaignId: ids.campaign } as never)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["campaignId"] })],
    });
  });

  it("offers only the people and teams the viewer can see", async () => {
    const options = await listFilterOptions({ db: t.db, viewer: ann });
    expect(options.teams.map((x) => x.name)).toEqual(["FX desk"]);
    expect(options.users.map((x) => x.name)).toContain("Ann Rep");
    expect(options.users.map((x) => x.name)).not.toContain("Eve Hidden");
    expect(options.campaigns.map((x) => x.name)).toEqual(["Spring FX"]);
  });

  it("keeps saved views per user, replaces one saved under the same name, and hides others' views", async () => {
    const mine = { db: t.db, viewer: ann };
    const saved = await saveView(mine, {
      entity: "leads",
      name: "My March",
      query: "?owner=x&cursor=abc&from=2026-03-01",
    });
    expect(saved.query).toBe("owner=x&from=2026-03-01");
    await saveView(mine, { entity: "leads", name: "My March", query: "from=2026-03-01&sort=name" });
    expect(await listSavedViews(mine, { entity: "leads" })).toEqual([
      { id: saved.id, name: "My March", query: "from=2026-03-01&sort=name" },
    ]);
    expect(await listSavedViews({ db: t.db, viewer: manager }, { entity: "leads" })).toEqual([]);
    await expect(deleteView({ db: t.db, viewer: manager }, { id: saved.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.auditLog.count({ where: { entityType: "SavedView", entityId: saved.id } })).toBe(2);
    await deleteView(mine, { id: saved.id });
    expect(await listSavedViews(mine, { entity: "leads" })).toEqual([]);
  });
});
