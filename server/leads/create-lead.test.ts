import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { ZCreateLeadRequestSchema } from "./lead-input.ts";
import { createLead } from "./create-lead.ts";
import {
  createContact,
  createLead as makeLead,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";

let t: TestDb;
let rep: Viewer;
let teamId: string;

const viewerOf = async (userId: string) => (await loadViewer(t.db, await openSession(t.db, userId, {})))!;
const create = (input: Record<string, unknown>) =>
  createLead(
    { db: t.db, viewer: rep },
    ZCreateLeadRequestSchema.parse({ foreName: "Ines", surname: "Moreau", leadSource: "WEBSITE", ...input }),
  );

type Refusal = { code: string; details: { duplicates: { kind: string; id: string }[] } };
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e as Refusal,
  );

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "FX desk" });
  const other = await createTeam(t.db, { name: "Private banking" });
  teamId = team.id;
  rep = await viewerOf((await createUser(t.db, { role: "REP", teamIds: [team.id] })).id);
  const them = await createUser(t.db, { role: "REP", teamIds: [other.id] });
  await makeLead(t.db, { ownerId: them.id, teamId: other.id, emails: ["hidden@elsewhere.test"] });
});
afterAll(() => t.close());

describe("lead create", () => {
  it("requires Fore Name, Surname and Lead Source with messages under those labels", () => {
    const r = ZCreateLeadRequestSchema.safeParse({ foreName: " ", surname: "" });
    expect(Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]))).toMatchObject({
      foreName: "Fore Name is required",
      surname: "Surname is required",
      leadSource: "Choose a Lead Source",
    });
  });

  it("creates the lead with a Party ID and its email and phone as E.164", async () => {
    const lead = await create({
      email: "ines@moreau.test",
      phone: "020 7946 0321",
      partyGroupName: "Moreau & Fils",
    });
    expect(lead.partyId).toMatch(/^PTY-[0-9A-F]{12}$/);
    expect(lead).toMatchObject({ ownerId: rep.id, teamId, status: "NEW" });
    expect(lead.contactMechanisms.map((m) => m.e164 ?? m.emailLower).sort()).toEqual([
      "+442079460321",
      "ines@moreau.test",
    ]);
  });

  it("warns about an existing lead or contact with the same email or phone, in any format, offering to open it", async () => {
    const contact = await createContact(t.db, { ownerId: rep.id, teamId, phones: ["+44 20 7946 0999"] });
    const byPhone = await refusal(create({ phone: "442079460999" }));
    expect(byPhone).toMatchObject({ code: "CONFLICT" });
    expect(byPhone.details.duplicates).toEqual([
      expect.objectContaining({ kind: "contact", id: contact.id, matchedOn: "phone" }),
    ]);
    const byEmail = await refusal(create({ email: "INES@moreau.test" }));
    expect(byEmail.details.duplicates[0]!.kind).toBe("lead");
    // Confirmed by the user: saved anyway.
    expect((await create({ email: "ines@moreau.test", allowDuplicate: true })).id).toBeDefined();
  });

  it("never reports another team's record as a duplicate", async () => {
    expect((await create({ email: "hidden@elsewhere.test" })).id).toBeDefined();
  });
});
