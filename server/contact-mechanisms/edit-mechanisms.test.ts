import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { createAccount, createContact, createTeam, createUser } from "../../prisma/factories/index.ts";

let t: TestDb;
let caller: Awaited<ReturnType<typeof callerAs>>;
let contactId: string;
let accountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "FX desk" });
  const rep = await createUser(t.db, { role: "REP", teamIds: [team.id] });
  caller = await callerAs(t.db, rep.id);
  contactId = (await createContact(t.db, { ownerId: rep.id, teamId: team.id })).id;
  accountId = (await createAccount(t.db, { ownerId: rep.id, teamId: team.id })).id;
});
afterAll(() => t.close());

const mechanismsOf = (id: string) =>
  t.db.contactMechanism.findMany({ where: { contactId: id }, orderBy: { createdAt: "asc" } });

describe("editing phones and emails after creation", () => {
  it("adds a phone stored as E.164, keeps one primary per type, edits and removes it, all in the contact's history", async () => {
    await t.db.contactMechanism.deleteMany({ where: { contactId } });
    const first = await caller.contacts.addMechanism({
      id: contactId,
      type: "PHONE",
      value: "020 7946 0018",
      isPrimary: true,
    });
    expect(first.e164).toBe("+442079460018");
    const second = await caller.contacts.addMechanism({
      id: contactId,
      type: "PHONE",
      value: "+33 1 99 00 15 55",
      purpose: "mobile",
      isPrimary: true,
    });
    let rows = await mechanismsOf(contactId);
    expect(rows.filter((m) => m.isPrimary).map((m) => m.id)).toEqual([second.id]);

    const edited = await caller.mechanisms.update({
      id: first.id,
      value: "+44 161 496 0000",
      isPrimary: true,
    });
    expect(edited.e164).toBe("+441614960000");
    rows = await mechanismsOf(contactId);
    expect(rows.filter((m) => m.isPrimary).map((m) => m.id)).toEqual([first.id]);

    await caller.mechanisms.remove({ id: second.id });
    expect((await mechanismsOf(contactId)).map((m) => m.id)).toEqual([first.id]);
    const history = await caller.contacts.history({ id: contactId });
    // Sorted: four changes can land within one millisecond.
    expect(history.map((h) => h.action).sort()).toEqual([
      "contact.mechanism.add",
      "contact.mechanism.add",
      "mechanism.remove",
      "mechanism.update",
    ]);
  });

  it("refuses a value that is not a phone or an email, naming the field, and changes nothing", async () => {
    const before = await t.db.contactMechanism.count();
    await expect(
      caller.contacts.addMechanism({ id: contactId, type: "PHONE", value: "call me maybe" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: {
        issues: [
          expect.objectContaining({
            path: ["value"],
            message: "Enter a phone number, e.g. +44 20 7946 0018",
          }),
        ],
      },
    });
    await expect(
      caller.accounts.addMechanism({ id: accountId, type: "EMAIL", value: "not-an-email" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const [phone] = await mechanismsOf(contactId);
    await expect(caller.mechanisms.update({ id: phone!.id, value: "nope" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Enter a phone number, e.g. +44 20 7946 0018",
    });
    expect(await t.db.contactMechanism.count()).toBe(before);
    expect((await t.db.contactMechanism.findUniqueOrThrow({ where: { id: phone!.id } })).value).toBe(
      "+44 161 496 0000",
    );
  });

  it("adds an account's email, lower-cased for duplicate checks", async () => {
    const m = await caller.accounts.addMechanism({
      id: accountId,
      type: "EMAIL",
      value: "Treasury@Client.test",
    });
    expect((await t.db.contactMechanism.findUniqueOrThrow({ where: { id: m.id } })).emailLower).toBe(
      "treasury@client.test",
    );
    expect((await caller.accounts.history({ id: accountId })).map((h) => h.action)).toContain(
      "account.mechanism.add",
    );
  });
});
