import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";
import {
  createCampaign,
  createContact,
  createContactList,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";

type Caller = Awaited<ReturnType<typeof callerAs>>;
let t: TestDb;
let rep: Caller;
let outsider: Caller;
let admin: Caller;
let fx: string;
let campaignId: string;
let otherCampaignId: string;
const mine: string[] = [];
let theirs: string;

beforeAll(async () => {
  t = await createTestDb();
  fx = (await createTeam(t.db, { name: "FX desk" })).id;
  const other = (await createTeam(t.db, { name: "Private banking" })).id;
  const r = await createUser(t.db, { role: "REP", teamIds: [fx] });
  const o = await createUser(t.db, { role: "REP", teamIds: [other] });
  rep = await callerAs(t.db, r.id);
  outsider = await callerAs(t.db, o.id);
  admin = await callerAs(t.db, (await createUser(t.db, { role: "ADMIN" })).id);
  campaignId = (await createCampaign(t.db, { ownerId: r.id, teamId: fx })).id;
  otherCampaignId = (await createCampaign(t.db, { ownerId: o.id, teamId: other })).id;
  for (const surname of ["Abbott", "Baker", "Carter"])
    mine.push(
      (await createContact(t.db, { ownerId: r.id, teamId: fx, surname, isCustomer: surname !== "Carter" }))
        .id,
    );
  theirs = (await createContact(t.db, { ownerId: o.id, teamId: other })).id;
});
afterAll(() => t.close());

describe("contact lists", () => {
  it("are created under a campaign the viewer sees, with field messages for bad input", async () => {
    const list = await rep.contactLists.create({ campaignId, name: "Hedging prospects" });
    expect(list.campaignId).toBe(campaignId);
    expect(await t.db.auditLog.count({ where: { entityId: list.id, action: "contactList.create" } })).toBe(1);
    await expect(
      rep.contactLists.create({ campaignId: otherCampaignId, name: "Theirs" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const error = (await rep.contactLists
      .create({ campaignId: "nope", name: "" })
      .catch((e: unknown) => e)) as { code: string; cause: { issues: { path: string[] }[] } };
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(["campaignId", "name"]));
  });

  it("take contacts one by one, once each however many adds race, and let them go", async () => {
    const list = await rep.contactLists.create({ campaignId, name: "One by one" });
    const { ok } = await raceCalls(
      times(5, () => rep.contactLists.addContact({ listId: list.id, contactId: mine[0]! })),
    );
    expect(ok.reduce((n, r) => n + r.added, 0)).toBe(1);
    expect(await t.db.contactListMember.count({ where: { contactListId: list.id } })).toBe(1);
    // Another team's contact is as unknown as a made-up one.
    await expect(rep.contactLists.addContact({ listId: list.id, contactId: theirs })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const shown = await rep.contactLists.byId({ id: list.id });
    expect(shown.members.map((m) => m.contact.id)).toEqual([mine[0]]);
    expect(shown.canEdit).toBe(true);
    await rep.contactLists.removeContact({ listId: list.id, contactId: mine[0]! });
    await expect(
      rep.contactLists.removeContact({ listId: list.id, contactId: mine[0]! }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await rep.contactLists.byId({ id: list.id })).memberCount).toBe(0);
  });

  it("take everything in a saved contact view, within the viewer's scope", async () => {
    const list = await rep.contactLists.create({ campaignId, name: "From a view" });
    const view = await rep.views.save({
      entity: "contacts",
      name: "FX customers",
      query: `team=${fx}&role=customer`,
    });
    const added = await rep.contactLists.addSavedView({ listId: list.id, viewId: view.id });
    expect(added).toEqual({ added: 2, alreadyIn: 0, truncated: false });
    const again = await rep.contactLists.addSavedView({ listId: list.id, viewId: view.id });
    expect(again).toMatchObject({ added: 0, alreadyIn: 2 });
    const members = await t.db.contactListMember.findMany({ where: { contactListId: list.id } });
    expect(members.map((m) => m.contactId).sort()).toEqual([mine[0], mine[1]].sort());
    // A view of someone else's is not there to use.
    await expect(
      outsider.contactLists.addSavedView({ listId: list.id, viewId: view.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("of another team are NOT_FOUND; lists without a campaign are picked by all, changed by admins only", async () => {
    const list = await rep.contactLists.create({ campaignId, name: "Ours" });
    await expect(outsider.contactLists.byId({ id: list.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      outsider.contactLists.addContact({ listId: list.id, contactId: theirs }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const legacy = await createContactList(t.db, { name: "Legacy list" });
    expect((await outsider.contactLists.options()).map((l) => l.id)).toContain(legacy.id);
    expect((await outsider.contactLists.options()).map((l) => l.id)).not.toContain(list.id);
    await expect(
      rep.contactLists.addContact({ listId: legacy.id, contactId: mine[0]! }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await admin.contactLists.addContact({ listId: legacy.id, contactId: mine[0]! });
  });

  it("a lead's Contact List must be one the viewer sees", async () => {
    const list = await rep.contactLists.create({ campaignId, name: "Lead list" });
    const lead = await rep.leads.create({
      foreName: "Lena",
      surname: "Lead",
      leadSource: "CAMPAIGN",
      contactListId: list.id,
    });
    expect((await rep.leads.byId({ id: lead.id })).contactList?.id).toBe(list.id);
    await expect(
      outsider.leads.create({
        foreName: "Otto",
        surname: "Other",
        leadSource: "CAMPAIGN",
        contactListId: list.id,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
