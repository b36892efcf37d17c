import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import type { CommunicationChannel } from "../generated/prisma/client.ts";
import { AppError } from "../errors.ts";
import {
  createAccount,
  createContact,
  createInteraction,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import { timelineChart, timelinePage } from "./interactions-timeline.ts";

// One account's history, laid out by hand; every expected count is derived from this list.
type Spec = {
  at: string;
  channel: CommunicationChannel;
  mine: boolean;
  contact?: boolean;
  deals?: number;
  callReport?: boolean;
};
const SPECS: Spec[] = [
  { at: "2025-11-03T10:00:00Z", channel: "PHONE", mine: true, deals: 1, callReport: true },
  { at: "2025-12-15T09:00:00Z", channel: "EMAIL", mine: true, contact: true },
  { at: "2026-01-31T23:30:00Z", channel: "PHONE", mine: true, contact: true }, // 1 Feb in Berlin
  { at: "2026-02-02T08:00:00Z", channel: "MEETING", mine: true },
  { at: "2026-02-10T14:00:00Z", channel: "CHAT", mine: true, deals: 2, callReport: true },
  { at: "2026-03-01T12:00:00Z", channel: "PHONE", mine: true, contact: true },
  { at: "2026-03-20T12:00:00Z", channel: "SMS", mine: true },
  { at: "2026-03-21T12:00:00Z", channel: "PHONE", mine: false }, // another team's interaction
  { at: "2024-06-01T12:00:00Z", channel: "PHONE", mine: true }, // older than 12 months
];
const NOW = new Date("2026-04-15T12:00:00Z");
const visible = SPECS.filter((s) => s.mine && s.at >= "2025-04-16");

let t: TestDb;
let rep: Viewer;
let accountId: string;
let contactId: string;
let hiddenAccountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const { db } = t;
  const team = await createTeam(db);
  const other = await createTeam(db);
  const me = await createUser(db, { role: "REP", teamIds: [team.id] });
  const them = await createUser(db, { role: "REP", teamIds: [other.id] });
  rep = (await loadViewer(db, await openSession(db, me.id, {})))!;
  const account = await createAccount(db, { ownerId: me.id, teamId: team.id });
  accountId = account.id;
  contactId = (await createContact(db, { ownerId: me.id, teamId: team.id, accountId })).id;
  hiddenAccountId = (await createAccount(db, { ownerId: them.id, teamId: other.id })).id;
  for (const [n, s] of SPECS.entries()) {
    const session = s.callReport
      ? await db.commSession.create({
          data: {
            externalId: `call-${n}`,
            channel: s.channel === "CHAT" ? "CHAT" : "CALL",
            direction: "INBOUND",
            fromAddress: "+442079460999",
            state: "REPORTED",
            accountId,
          },
        })
      : null;
    const interaction = await createInteraction(db, {
      accountId,
      channel: s.channel,
      status: "COMPLETED",
      activityDate: new Date(s.at),
      contactId: s.contact ? contactId : null,
      assignedUserId: s.mine ? me.id : them.id,
      teamId: s.mine ? team.id : other.id,
      commSessionId: session?.id ?? null,
    });
    for (let d = 0; d < (s.deals ?? 0); d++) {
      await db.deal.create({
        data: {
          accountId,
          interactionId: interaction.id,
          instrument: "EUR/USD",
          instrumentType: "FX",
          side: "BUY",
          notional: "1000000",
          price: "1.08",
          currency: "EUR",
          createdById: me.id,
        },
      });
    }
  }
});
afterAll(() => t.close());

const ctx = () => ({ db: t.db, viewer: rep });

describe("interactions timeline", () => {
  it("defaults to the last 12 months on every channel, counted per month on the server", async () => {
    const chart = await timelineChart(
      ctx(),
      { subject: "account", subjectId: accountId, timeZone: "UTC" },
      NOW,
    );
    expect(chart.unit).toBe("month");
    expect(chart.from).toBe("2025-04-16");
    expect(chart.to).toBe("2026-04-15");
    expect(chart.buckets).toHaveLength(13);
    expect(chart.total).toBe(visible.length);
    expect(chart.deals).toBe(visible.reduce((s, v) => s + (v.deals ?? 0), 0));
    expect(chart.callReports).toBe(visible.filter((v) => v.callReport).length);
    const jan = chart.buckets.find((b) => b.start === "2026-01-01")!;
    expect(jan.total).toBe(visible.filter((v) => v.at.startsWith("2026-01")).length);
    expect(chart.points).toHaveLength(visible.length);
  });

  it("buckets by the viewer's time zone", async () => {
    const berlin = await timelineChart(
      ctx(),
      { subject: "account", subjectId: accountId, timeZone: "Europe/Berlin" },
      NOW,
    );
    const utc = await timelineChart(
      ctx(),
      { subject: "account", subjectId: accountId, timeZone: "UTC" },
      NOW,
    );
    const count = (c: typeof utc, month: string) => c.buckets.find((b) => b.start === month)!.total;
    expect(count(berlin, "2026-02-01")).toBe(count(utc, "2026-02-01") + 1);
    expect(count(berlin, "2026-01-01")).toBe(count(utc, "2026-01-01") - 1);
  });

  it("filters by channel and dates, and the list agrees with the chart", async () => {
    const filter = {
      subject: "account" as const,
      subjectId: accountId,
      timeZone: "UTC",
      channel: "PHONE" as const,
      from: "2026-01-01",
      to: "2026-03-31",
    };
    const exp = visible.filter((v) => v.channel === "PHONE" && v.at >= "2026-01-01" && v.at < "2026-04-01");
    const chart = await timelineChart(ctx(), filter, NOW);
    const page = await timelinePage(ctx(), { ...filter, limit: 50 }, NOW);
    expect(chart.total).toBe(exp.length);
    expect(page.items.map((i) => i.activityDate.toISOString())).toEqual(
      exp.map((e) => new Date(e.at).toISOString()).reverse(),
    );
    expect(chart.unit).toBe("week");
  });

  it("pages newest first with a cursor, without repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await timelinePage(
        ctx(),
        { subject: "account", subjectId: accountId, timeZone: "UTC", limit: 3, cursor },
        NOW,
      );
      seen.push(...page.items.map((i) => i.activityDate.toISOString()));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(
      visible
        .map((v) => new Date(v.at).toISOString())
        .sort()
        .reverse(),
    );
    const first = await timelinePage(
      ctx(),
      { subject: "account", subjectId: accountId, timeZone: "UTC", limit: 50 },
      NOW,
    );
    const withDeals = first.items.filter((i) => i.deals > 0);
    expect(withDeals.map((i) => i.deals).sort()).toEqual(
      visible
        .filter((v) => v.deals)
        .map((v) => v.deals)
        .sort(),
    );
    expect(first.items.filter((i) => i.callReport)).toHaveLength(visible.filter((v) => v.callReport).length);
  });

  it("shows a contact's own timeline", async () => {
    const chart = await timelineChart(
      ctx(),
      { subject: "contact", subjectId: contactId, timeZone: "UTC" },
      NOW,
    );
    expect(chart.total).toBe(visible.filter((v) => v.contact).length);
  });

  it("answers another team's account as a missing one, and refuses a reversed range", async () => {
    const err = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: unknown) => e,
      );
    const hidden = await err(
      timelineChart(ctx(), { subject: "account", subjectId: hiddenAccountId, timeZone: "UTC" }, NOW),
    );
    const missing = await err(
      timelinePage(
        ctx(),
        { subject: "account", subjectId: "019a0000-0000-7000-8000-000000000000", timeZone: "UTC" },
        NOW,
      ),
    );
    expect(hidden).toBeInstanceOf(AppError);
    expect((hidden as AppError).code).toBe("NOT_FOUND");
    expect((missing as AppError).message).toBe((hidden as AppError).message);
    const reversed = await err(
      timelineChart(
        ctx(),
        { subject: "account", subjectId: accountId, timeZone: "UTC", from: "2026-03-01", to: "2026-01-01" },
        NOW,
      ),
    );
    expect((reversed as AppError).code).toBe("BAD_REQUEST");
  });
});
