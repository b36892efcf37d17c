import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import {
  createAccount,
  createContact,
  createContactMechanism,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";

// "Make primary" unmarks the owner's other primary of that type first. Sent at once for different
// mechanisms of one owner, each used to unmark what it had read and then mark its own: on
// PostgreSQL the owner ended with several primaries.
const CONCURRENT = 20;

let t: TestDb;
let repId: string;
let accountId: string;
let contactId: string;

beforeAll(async () => {
  t = await createTestDb();
  const teamId = (await createTeam(t.db)).id;
  repId = (await createUser(t.db, { teamIds: [teamId] })).id;
  accountId = (await createAccount(t.db, { teamId, ownerId: repId })).id;
  contactId = (await createContact(t.db, { teamId, ownerId: repId, accountId })).id;
});
afterAll(() => t.close());

const primaries = (where: { accountId: string } | { contactId: string }) =>
  t.db.contactMechanism.count({ where: { ...where, type: "PHONE", isPrimary: true } });

describe("one primary per type, under concurrent changes", () => {
  it("concurrent 'make primary' on different phones of one account leaves one primary", async () => {
    const phones = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        createContactMechanism(t.db, { accountId, type: "PHONE", value: `+44 20 7946 ${String(1000 + i)}` }),
      ),
    );
    const api = await callerAs(t.db, repId);
    const { ok, errors } = await raceCalls(
      times(CONCURRENT, (i) =>
        api.mechanisms.update({ id: phones[i]!.id, value: phones[i]!.value, isPrimary: true }),
      ),
    );
    expect(errors).toEqual([]);
    expect(ok).toHaveLength(CONCURRENT);
    expect(await primaries({ accountId })).toBe(1);
  });

  it("concurrent primary phones added to one contact leave one primary", async () => {
    const api = await callerAs(t.db, repId);
    const { errors } = await raceCalls(
      times(CONCURRENT, (i) =>
        api.contacts.addMechanism({
          id: contactId,
          type: "PHONE",
          value: `+44 20 7946 ${2000 + i}`,
          isPrimary: true,
        }),
      ),
    );
    expect(errors).toEqual([]);
    expect(await primaries({ contactId })).toBe(1);
  });
});
