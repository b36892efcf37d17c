import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../access/viewer.ts";
import { ZCreateContactRequestSchema } from "./contact-input.ts";
import { createContact } from "./create-contact.ts";
import { createContact as createContactRow, createTeam, createUser } from "../../prisma/factories/index.ts";

let t: TestDb;
let rep: Viewer;

beforeAll(async () => {
  t = await createTestDb();
  const mine = await createTeam(t.db, { name: "FX" });
  const theirs = await createTeam(t.db, { name: "Private" });
  const user = await createUser(t.db, { role: "REP", teamIds: [mine.id] });
  const other = await createUser(t.db, { role: "REP", teamIds: [theirs.id] });
  rep = (await loadViewer(t.db, await openSession(t.db, user.id, {})))!;
  await createContactRow(t.db, { ownerId: other.id, teamId: theirs.id, email: "hidden@client.test" });
});
afterAll(() => t.close());

const input = (extra: Record<string, unknown>) =>
  ZCreateContactRequestSchema.parse({ foreName: "Nadia", surname: "Kowalski", ...extra });

describe("creating a contact", () => {
  it("requires ForeName and Surname", () => {
    const r = ZCreateContactRequestSchema.safeParse({ foreName: " ", surname: "" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(["ForeName is required", "Surname is required"]));
  });

  it("stores the phone as typed and as E.164", async () => {
    const c = await createContact(
      { db: t.db, viewer: rep },
      input({ phone: "+44 20 7946 0555", email: "Nadia@Client.test" }),
    );
    const phone = c.contactMechanisms.find((m) => m.type === "PHONE");
    expect(phone).toMatchObject({ value: "+44 20 7946 0555", e164: "+442079460555" });
    expect(c.contactMechanisms.find((m) => m.type === "EMAIL")?.emailLower).toBe("nadia@client.test");
  });

  it("warns about the same phone typed another way, naming the existing contact, until confirmed", async () => {
    const e = await createContact({ db: t.db, viewer: rep }, input({ phone: "020 7946 0555" })).catch(
      (err: unknown) => err,
    );
    expect((e as AppError).code).toBe("CONFLICT");
    const duplicates = (e as AppError).details?.duplicates as { name: string; matchedOn: string }[];
    expect(duplicates).toEqual([expect.objectContaining({ name: "Nadia Kowalski", matchedOn: "phone" })]);
    const created = await createContact(
      { db: t.db, viewer: rep },
      input({ phone: "020 7946 0555", allowDuplicate: true }),
    );
    expect(created.id).toBeTruthy();
  });

  it("does not reveal another team's contact as a duplicate", async () => {
    await expect(
      createContact({ db: t.db, viewer: rep }, input({ email: "hidden@client.test" })),
    ).resolves.toMatchObject({ surname: "Kowalski" });
  });
});
