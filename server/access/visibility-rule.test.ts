import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "./viewer.ts";
import { forecastScope, recordRule, ruleMatches } from "./visibility-rule.ts";
import {
  accountScope,
  campaignScope,
  contactScope,
  eventScope,
  forecastScopeSql,
  forecastScopeWhere,
  inOwningTeam,
  interactionScope,
  interactionScopeSql,
  leadScope,
  opportunityScope,
  ownedScopeSql,
  owningTeamSql,
} from "./visibility.ts";
import {
  createAccount,
  createCampaign,
  createContact,
  createEvent,
  createInteraction,
  createLead,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";

// The visibility rules are written once (visibility-rule.ts) and encoded three ways: Prisma
// where-inputs for the services, SQL for the raw queries, and a predicate for a row in hand. This
// runs all three over one dataset for reps, managers and admins and checks they pick the same rows.

let t: TestDb;
const viewers: Record<string, Viewer> = {};
const users: Record<string, string> = {};
const teams: Record<string, string> = {};
/** Each row's name (owner/team, "deleted" for the soft-deleted one), by table and id. */
const names: Record<string, Map<string, string>> = {};

type Delegate = { findMany(args: { where: object; select: { id: true } }): Promise<{ id: string }[]> };
const OWNED = {
  Account: { delegate: (db: TestDb["db"]) => db.account as unknown as Delegate, scope: accountScope },
  Contact: { delegate: (db: TestDb["db"]) => db.contact as unknown as Delegate, scope: contactScope },
  Lead: { delegate: (db: TestDb["db"]) => db.lead as unknown as Delegate, scope: leadScope },
  Opportunity: {
    delegate: (db: TestDb["db"]) => db.opportunity as unknown as Delegate,
    scope: opportunityScope,
  },
  Event: { delegate: (db: TestDb["db"]) => db.event as unknown as Delegate, scope: eventScope },
  Campaign: { delegate: (db: TestDb["db"]) => db.campaign as unknown as Delegate, scope: campaignScope },
} as const;
type OwnedTable = keyof typeof OWNED;

// Owner and team of each seeded row: own team, other team, owner outside the team, nobody's.
const ROWS: [owner: string, team: string][] = [
  ["repA", "A"],
  ["repB", "B"],
  ["repA", "B"],
  ["manager", "C"],
  ["other", "C"],
  ["repB", "deleted"],
];

const viewerOf = async (userId: string) => (await loadViewer(t.db, await openSession(t.db, userId, {})))!;
const sorted = (ids: Iterable<string>) => [...ids].sort();
const sqlIds = async (query: Prisma.Sql) =>
  sorted((await t.db.$queryRaw<{ id: string }[]>(query)).map((r) => r.id));
const prismaIds = async (delegate: Delegate, where: object) =>
  sorted((await delegate.findMany({ where, select: { id: true } })).map((r) => r.id));
const named = (table: string, ids: string[]) => ids.map((id) => names[table]!.get(id)).sort();

beforeAll(async () => {
  t = await createTestDb();
  const { db } = t;
  for (const name of ["A", "B", "C"]) teams[name] = (await createTeam(db, { name: `Team ${name}` })).id;
  teams.deleted = teams.A!;
  const made = {
    repA: await createUser(db, { role: "REP", teamIds: [teams.A!] }),
    repB: await createUser(db, { role: "REP", teamIds: [teams.B!] }),
    // A member of A who manages B.
    manager: await createUser(db, { role: "MANAGER", teamIds: [teams.A!], managedTeamIds: [teams.B!] }),
    other: await createUser(db, { role: "REP", teamIds: [teams.C!] }),
    admin: await createUser(db, { role: "ADMIN" }),
    loner: await createUser(db, { role: "REP", teamIds: [] }),
    idleManager: await createUser(db, { role: "MANAGER", teamIds: [], managedTeamIds: [] }),
  };
  for (const [name, user] of Object.entries(made)) {
    users[name] = user.id;
    viewers[name] = await viewerOf(user.id);
  }

  const parent = await createAccount(db, { ownerId: users.other, teamId: teams.C });
  for (const table of [...Object.keys(OWNED), "Interaction"]) names[table] = new Map();
  const put = (table: string, id: string, label: string) => names[table]!.set(id, label);
  put("Account", parent.id, "parent");
  for (const [owner, team] of ROWS) {
    const o = { ownerId: users[owner]!, teamId: teams[team]! };
    const label = team === "deleted" ? "deleted" : `${owner}/${team}`;
    const ids = {
      Account: (await createAccount(db, o)).id,
      Contact: (await createContact(db, { ...o, accountId: parent.id })).id,
      Lead: (await createLead(db, o)).id,
      Opportunity: (await createOpportunity(db, { ...o, accountId: parent.id })).id,
      Event: (await createEvent(db, { ...o, accountId: parent.id })).id,
      Campaign: (await createCampaign(db, o)).id,
      Interaction: (
        await createInteraction(db, { accountId: parent.id, assignedUserId: o.ownerId, teamId: o.teamId })
      ).id,
    };
    for (const [table, id] of Object.entries(ids)) put(table, id, label);
    if (team === "deleted") {
      const at = { deletedAt: new Date() };
      await db.account.update({ where: { id: ids.Account }, data: at });
      await db.contact.update({ where: { id: ids.Contact }, data: at });
      await db.lead.update({ where: { id: ids.Lead }, data: at });
      await db.opportunity.update({ where: { id: ids.Opportunity }, data: at });
      await db.event.update({ where: { id: ids.Event }, data: at });
      await db.campaign.update({ where: { id: ids.Campaign }, data: at });
      await db.interaction.update({ where: { id: ids.Interaction }, data: at });
    }
  }
}, 120_000);
afterAll(() => t.close());

const VIEWERS = ["repA", "repB", "manager", "other", "admin", "loner", "idleManager"];

describe("one visibility rule, three encodings", () => {
  it("record scopes: Prisma, SQL and the row predicate select the same rows of every owned table", async () => {
    for (const table of Object.keys(OWNED) as OwnedTable[]) {
      const { delegate, scope } = OWNED[table];
      const all = await t.db.$queryRaw<
        { id: string; ownerId: string; teamId: string; deletedAt: Date | null }[]
      >(
        Prisma.sql`SELECT id::text AS id, "ownerId"::text AS "ownerId", "teamId"::text AS "teamId", "deletedAt" FROM ${Prisma.raw(`"${table}"`)}`,
      );
      for (const name of VIEWERS) {
        const viewer = viewers[name]!;
        const viaPrisma = await prismaIds(delegate(t.db), scope(viewer));
        const viaSql = await sqlIds(
          Prisma.sql`SELECT id::text AS id FROM ${Prisma.raw(`"${table}"`)} WHERE ${ownedScopeSql(viewer)}`,
        );
        const viaPredicate = sorted(
          all.filter((r) => r.deletedAt === null && ruleMatches(recordRule(viewer), r)).map((r) => r.id),
        );
        expect(viaSql, `${table} as ${name}`).toEqual(viaPrisma);
        expect(viaPredicate, `${table} as ${name}`).toEqual(viaPrisma);
      }
    }
  });

  it("selects what the rule says for a rep, a manager and an admin", async () => {
    const seen = async (name: string) =>
      named(
        "Opportunity",
        await prismaIds(OWNED.Opportunity.delegate(t.db), opportunityScope(viewers[name]!)),
      );
    expect(await seen("repA")).toEqual(["repA/A", "repA/B"]);
    expect(await seen("repB")).toEqual(["repA/B", "repB/B"]);
    // Member of A, manager of B, owner of one row in C.
    expect(await seen("manager")).toEqual(["manager/C", "repA/A", "repA/B", "repB/B"]);
    expect(await seen("admin")).toEqual(["manager/C", "other/C", "repA/A", "repA/B", "repB/B"]);
    expect(await seen("loner")).toEqual([]);
  });

  it("interactions follow the person assigned, in both encodings", async () => {
    for (const name of VIEWERS) {
      const viewer = viewers[name]!;
      const viaPrisma = await prismaIds(t.db.interaction as unknown as Delegate, interactionScope(viewer));
      const viaSql = await sqlIds(
        Prisma.sql`SELECT i.id::text AS id FROM "Interaction" i WHERE ${interactionScopeSql(viewer, "i")}`,
      );
      expect(viaSql, name).toEqual(viaPrisma);
    }
    expect(
      named(
        "Interaction",
        await prismaIds(t.db.interaction as unknown as Delegate, interactionScope(viewers.repB!)),
      ),
    ).toEqual(["repA/B", "repB/B"]);
  });

  it("forecast scopes: a rep their own, a manager the teams managed, an admin all, in both encodings", async () => {
    const expected: Record<string, string[]> = {
      repA: ["repA/A", "repA/B"],
      // Not the manager's own row in C: a manager's forecast is the teams they manage.
      manager: ["repA/B", "repB/B"],
      admin: ["manager/C", "other/C", "repA/A", "repA/B", "repB/B"],
      idleManager: [],
    };
    for (const name of VIEWERS) {
      const scope = forecastScope(viewers[name]!);
      for (const [table, alias, owner] of [
        ["Opportunity", "o", "ownerId"],
        ["Interaction", "i", "assignedUserId"],
      ] as const) {
        const delegate = (table === "Opportunity"
          ? t.db.opportunity
          : t.db.interaction) as unknown as Delegate;
        const viaPrisma = await prismaIds(delegate, {
          deletedAt: null,
          ...forecastScopeWhere(scope, { owner }),
        });
        const viaSql = await sqlIds(
          Prisma.sql`SELECT ${Prisma.raw(alias)}.id::text AS id FROM ${Prisma.raw(`"${table}" ${alias}`)} WHERE ${Prisma.raw(alias)}."deletedAt" IS NULL AND ${forecastScopeSql(scope, alias, owner)}`,
        );
        expect(viaSql, `${table} as ${name}`).toEqual(viaPrisma);
        if (expected[name]) expect(named(table, viaPrisma), `${table} as ${name}`).toEqual(expected[name]);
      }
    }
  });

  it("the owning team (identifier masking) in SQL matches the predicate, admins included", async () => {
    const all = await t.db.account.findMany({
      where: { deletedAt: null },
      select: { id: true, teamId: true },
    });
    for (const name of VIEWERS) {
      const viewer = viewers[name]!;
      const viaSql = await sqlIds(
        Prisma.sql`SELECT id::text AS id FROM "Account" WHERE "deletedAt" IS NULL AND ${owningTeamSql(viewer)}`,
      );
      expect(viaSql, name).toEqual(
        sorted(all.filter((a) => inOwningTeam(viewer, a.teamId)).map((a) => a.id)),
      );
    }
    expect(all.some((a) => inOwningTeam(viewers.admin!, a.teamId))).toBe(false);
  });
});
