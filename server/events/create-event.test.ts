import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { ZCreateEventRequestSchema } from "./event-input.ts";
import { createEvent } from "./create-event.ts";
import { weekEvents } from "./week-events.ts";
import {
  createAccount,
  createContact,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";

let t: TestDb;
let rep: Viewer;
let teamId: string;
let hiddenAccountId: string;

const viewerOf = async (userId: string) => (await loadViewer(t.db, await openSession(t.db, userId, {})))!;
const create = (input: Record<string, unknown>) =>
  createEvent(
    { db: t.db, viewer: rep },
    ZCreateEventRequestSchema.parse({
      subject: "Pricing call",
      type: "CALL",
      startsAt: "2026-05-13T09:00:00Z",
      endsAt: "2026-05-13T09:30:00Z",
      ...input,
    }),
  );

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "FX desk" });
  const other = await createTeam(t.db, { name: "Private banking" });
  teamId = team.id;
  rep = await viewerOf((await createUser(t.db, { role: "REP", teamIds: [team.id] })).id);
  const them = await createUser(t.db, { role: "REP", teamIds: [other.id] });
  hiddenAccountId = (await createAccount(t.db, { ownerId: them.id, teamId: other.id })).id;
});
afterAll(() => t.close());

describe("events", () => {
  it("created from an opportunity, it takes the opportunity's account; the owner and chosen contacts attend; it shows in its week", async () => {
    const account = await createAccount(t.db, { ownerId: rep.id, teamId });
    const contact = await createContact(t.db, { ownerId: rep.id, teamId, accountId: account.id });
    const opp = await createOpportunity(t.db, { accountId: account.id });
    const event = await create({ opportunityId: opp.id, attendeeContactIds: [contact.id] });
    expect(event).toMatchObject({ accountId: account.id, opportunityId: opp.id, teamId, ownerId: rep.id });
    expect(event.attendees.map((a) => a.userId ?? a.contactId).sort()).toEqual([contact.id, rep.id].sort());
    const week = await weekEvents({ db: t.db, viewer: rep }, { week: "2026-05-15" });
    expect(week.monday).toBe("2026-05-11");
    expect(week.events.map((e) => e.id)).toContain(event.id);
    expect(
      (await weekEvents({ db: t.db, viewer: rep }, { week: "2026-05-18" })).events.map((e) => e.id),
    ).not.toContain(event.id);
  });

  it("refuses another team's account as missing and an end before the start with a field message", async () => {
    await expect(create({ accountId: hiddenAccountId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Account not found",
    });
    const r = ZCreateEventRequestSchema.safeParse({
      subject: "x",
      type: "CALL",
      startsAt: "2026-05-13T09:00:00Z",
      endsAt: "2026-05-13T08:00:00Z",
    });
    expect(r.error?.issues[0]?.path).toEqual(["endsAt"]);
  });
});
