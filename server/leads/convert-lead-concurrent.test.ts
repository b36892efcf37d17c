import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createLead, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";

// Conversion is idempotent by design: a converted lead answers with the records it became. What
// must hold under load is that it becomes them once. On PostgreSQL these calls really overlap.
const CONCURRENT = 50;

let t: TestDb;
let repId: string;
let teamId: string;

beforeAll(async () => {
  t = await createTestDb();
  teamId = (await createTeam(t.db)).id;
  repId = (await createUser(t.db, { teamIds: [teamId] })).id;
});
afterAll(() => t.close());

describe("converting one lead from many requests at once", () => {
  it(`converts once out of ${CONCURRENT}: one account, contact and opportunity, one audit row; every answer names the same records`, async () => {
    const lead = await createLead(t.db, {
      ownerId: repId,
      teamId,
      partyGroupName: "Stampede Freight Ltd",
      foreName: "Ada",
      surname: "Quist",
    });
    const api = await callerAs(t.db, repId);
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, () =>
        api.leads.convert({ id: lead.id, opportunityName: "FX hedge" }),
      ),
    );
    expect(results.filter((r) => r.converted)).toHaveLength(1);
    const winner = results.find((r) => r.converted)!;
    for (const r of results)
      expect(r).toMatchObject({
        accountId: winner.accountId,
        contactId: winner.contactId,
        opportunityId: winner.opportunityId,
      });
    expect(await t.db.opportunity.count({ where: { leadId: lead.id } })).toBe(1);
    expect(await t.db.account.count({ where: { partyGroupName: "Stampede Freight Ltd" } })).toBe(1);
    expect(await t.db.contact.count({ where: { surname: "Quist" } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "convert", entityId: lead.id } })).toBe(1);
    expect(await t.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({
      status: "CONVERTED",
      convertedOpportunityId: winner.opportunityId,
      version: lead.version + 1,
    });
  });
});
