import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import { buildContext } from "../trpc/context.ts";
import { createCaller } from "../trpc/root.ts";
import type { Viewer } from "../access/viewer.ts";
import {
  createAccount,
  createContact,
  createLead,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import { globalSearch } from "./global-search.ts";
import { parseSearchQuery } from "./search-query.ts";

let t: TestDb;
let rep: Viewer;
let admin: Viewer;
const ids: Record<string, string> = {};

async function viewerFor(userId: string): Promise<Viewer> {
  return (await loadViewer(t.db, await openSession(t.db, userId, {})))!;
}

beforeAll(async () => {
  t = await createTestDb();
  const db = t.db;
  const mine = await createTeam(db, { name: "Rates desk" });
  const theirs = await createTeam(db, { name: "Equities desk" });
  const me = await createUser(db, { role: "REP", teamIds: [mine.id], email: "rep@search.test" });
  const them = await createUser(db, { role: "REP", teamIds: [theirs.id], email: "them@search.test" });
  const adminUser = await createUser(db, { role: "ADMIN", email: "admin@search.test" });
  const own = { ownerId: me.id, teamId: mine.id };
  const other = { ownerId: them.id, teamId: theirs.id };

  const account = await createAccount(db, {
    ...own,
    partyGroupName: "Harbourside Capital Partners",
    commercialRegistration: "07654321",
    fiscalRegistrationNo: "GB 123 4567 89",
  });
  ids.account = account.id;
  ids.contact = (
    await createContact(db, {
      ...own,
      accountId: account.id,
      foreName: "Imogen",
      surname: "Featherstonehaugh",
      phone: "020 7946 0018",
      email: "Imogen.F@Harbourside.example",
    })
  ).id;
  ids.shortName = (await createContact(db, { ...own, foreName: "Zed", surname: "Okoro" })).id;
  ids.lead = (
    await createLead(db, {
      ...own,
      foreName: "Rupert",
      surname: "Blackwood",
      partyGroupName: "Blackwood Family Office",
      partyId: "PTY-SEARCH0001",
    })
  ).id;
  ids.opportunity = (
    await createOpportunity(db, {
      ...own,
      accountId: account.id,
      name: "Harbourside Capital Partners - FX forwards",
    })
  ).id;

  const hiddenAccount = await createAccount(db, {
    ...other,
    partyGroupName: "Featherstonehaugh Holdings",
    commercialRegistration: "09999999",
    fiscalRegistrationNo: "GB 999 9999 99",
  });
  ids.hiddenAccount = hiddenAccount.id;
  ids.hiddenContact = (
    await createContact(db, {
      ...other,
      accountId: hiddenAccount.id,
      foreName: "Hidden",
      surname: "Featherstonehaugh",
      phone: "020 7946 0999",
    })
  ).id;
  // Same team as the rep but deleted: gone from search too.
  ids.deletedContact = (
    await createContact(db, {
      ...own,
      foreName: "Deleted",
      surname: "Featherstonehaugh",
      deletedAt: new Date(),
    })
  ).id;

  rep = await viewerFor(me.id);
  admin = await viewerFor(adminUser.id);
});
afterAll(() => t.close());

const search = (viewer: Viewer, q: string, limit = 10) => globalSearch({ db: t.db, viewer }, { q, limit });
const idsOf = (hits: { id: string }[]) => hits.map((h) => h.id);

describe("global search", () => {
  it.each(["+44 20 7946 0018", "020 7946 0018", "442079460018", "+442079460018", "0044 20 7946 0018"])(
    "finds a phone typed as %s, matched as E.164",
    async (q) => {
      const { groups } = await search(rep, q);
      expect(groups.contact.map((h) => [h.id, h.matchedOn])).toEqual([[ids.contact, "phone"]]);
    },
  );

  it("finds a contact by the prefixes of both names typed in either order, taking _ and % literally", async () => {
    for (const q of ["imo feath", "Feath Imo", "IMOGEN", "featherstonehaugh"])
      expect(idsOf((await search(rep, q)).groups.contact), q).toEqual([ids.contact]);
    expect((await search(rep, "im_gen feath")).groups.contact).toEqual([]);
    expect((await search(rep, "% feath")).groups.contact).toEqual([]);
  });

  it("finds a contact by name, by a prefix of two words, and despite a typo", async () => {
    expect(idsOf((await search(rep, "Featherstonehaugh")).groups.contact)).toEqual([ids.contact]);
    expect(idsOf((await search(rep, "imo feath")).groups.contact)).toEqual([ids.contact]);
    expect(idsOf((await search(rep, "Featherstonhaugh")).groups.contact)).toContain(ids.contact);
  });

  it("does not guess from a three-letter word that matched nothing", async () => {
    // "Zef" is trigram-similar to "Zed" (0.33), but three letters are too few to mean one name.
    expect((await search(rep, "Zef")).groups.contact).toEqual([]);
    expect(idsOf((await search(rep, "Zed")).groups.contact)).toEqual([ids.shortName]);
    expect(idsOf((await search(rep, "Okoto")).groups.contact)).toEqual([ids.shortName]);
  });

  it("finds an e-mail whatever its case", async () => {
    const { groups } = await search(rep, "imogen.f@harbourside.EXAMPLE");
    expect(groups.contact.map((h) => [h.id, h.matchedOn])).toEqual([[ids.contact, "email"]]);
  });

  it("groups accounts, leads and opportunities, found by name, Party ID and registration number", async () => {
    const { groups } = await search(rep, "harbourside capital");
    expect(idsOf(groups.account)).toEqual([ids.account]);
    expect(idsOf(groups.opportunity)).toEqual([ids.opportunity]);
    expect(groups.account[0]).toMatchObject({
      title: "Harbourside Capital Partners",
      href: `/accounts/${ids.account}`,
    });
    expect(idsOf((await search(rep, "blackwood family")).groups.lead)).toEqual([ids.lead]);
    expect((await search(rep, "pty-search0001")).groups.lead.map((h) => h.matchedOn)).toEqual(["identifier"]);
    expect(idsOf((await search(rep, "07654321")).groups.account)).toEqual([ids.account]);
    expect(idsOf((await search(rep, "GB 123 4567 89")).groups.account)).toEqual([ids.account]);
  });

  it("never returns another team's or a deleted record, by name, phone or identifier", async () => {
    const all = Object.values((await search(rep, "Featherstonehaugh")).groups).flat();
    expect(idsOf(all)).not.toContain(ids.hiddenContact);
    expect(idsOf(all)).not.toContain(ids.hiddenAccount);
    expect(idsOf(all)).not.toContain(ids.deletedContact);
    expect((await search(rep, "020 7946 0999")).groups.contact).toEqual([]);
    expect((await search(rep, "09999999")).groups.account).toEqual([]);
  });

  it("shows an admin every team, but finds by Fiscal Registration No only inside the owning team", async () => {
    const { groups } = await search(admin, "Featherstonehaugh");
    expect(idsOf(groups.contact)).toEqual(expect.arrayContaining([ids.contact, ids.hiddenContact]));
    expect(idsOf(groups.account)).toEqual([ids.hiddenAccount]);
    expect((await search(admin, "GB 999 9999 99")).groups.account).toEqual([]);
  });

  it("is a protected tRPC query that answers bad input with BAD_REQUEST", async () => {
    const caller = createCaller(buildContext({ db: t.db, viewer: rep }));
    const res = await caller.search.global({ q: "blackwood" });
    expect(idsOf(res.groups.lead)).toEqual([ids.lead]);
    await expect(caller.search.global({ q: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const anonymous = createCaller(buildContext({ db: t.db, viewer: null }));
    await expect(anonymous.search.global({ q: "x" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("parseSearchQuery", () => {
  it("reads phones in any format as E.164 candidates, and leaves words alone", () => {
    expect(parseSearchQuery("020 7946 0018").phones).toEqual(["+442079460018"]);
    expect(parseSearchQuery("+44 (0)20 7946-0018").phones).toContain("+442079460018");
    expect(parseSearchQuery("442079460018").phones).toContain("+442079460018");
    expect(parseSearchQuery("Smith").phones).toEqual([]);
  });

  it("builds a prefix tsquery from letters and digits only", () => {
    expect(parseSearchQuery("  O'Brien  & Co:* ").tsQuery).toBe("o:* & brien:* & co:*");
    expect(parseSearchQuery("!!!").tsQuery).toBeNull();
  });
});
