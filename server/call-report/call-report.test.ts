import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import {
  createAccount,
  createContact,
  createCtiIntegration,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { createInProcessBus } from "../telephony/agent-bus.ts";
import { winkSummariser } from "./summariser/wink-summariser.ts";
import { callReportPrefill, openCallReport } from "./prefill.ts";
import { saveCallReport } from "./save-call-report.ts";
import { registerDeal } from "../deals/register-deal.ts";

const MONDAY = new Date("2026-11-23T10:00:00Z");
const line = (speaker: string, text: string) => ({ speaker, text, occurredAt: MONDAY });

describe("the NLP summary", () => {
  it("finds the instruments, sizes, dates and the promised call-back of an FX call", async () => {
    const s = await winkSummariser.summarise({
      channel: "CALL",
      referenceDate: MONDAY,
      segments: [
        line("customer", "Morning. We would like to buy five million euro dollar, spot please."),
        line("agent", "I can do 5 million EUR/USD at 1.0852."),
        line(
          "customer",
          "Done. Can you ring me back on Friday at 4.30pm about a cable forward? Maybe EUR 10m.",
        ),
      ],
    });
    expect(s.entities.instruments.map((i) => i.instrument)).toEqual(["EUR/USD", "GBP/USD"]);
    expect(s.entities.amounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 5_000_000 }),
        expect.objectContaining({ value: 10_000_000, currency: "EUR" }),
      ]),
    );
    expect(s.entities.callBacks).toHaveLength(1);
    expect(s.entities.callBacks[0]!.dueAt).toBe("2026-11-27T16:30:00.000Z");
    expect(s.summary).toContain("EUR/USD");
    expect(s.keySentences.length).toBeGreaterThan(0);
  });

  it("reads a bond chat, with a dated follow-up and amounts in other currencies", async () => {
    const s = await winkSummariser.summarise({
      channel: "CHAT",
      referenceDate: MONDAY,
      segments: [
        line(
          "customer",
          "Could you show me how Bund 2034 and the ten-year Treasury have done? We hold $25m.",
        ),
        line("agent", "I will get back to you tomorrow morning with the analysis."),
      ],
    });
    expect(s.entities.instruments.map((i) => i.instrument).sort()).toEqual(["Bund 2034", "UST 10Y"]);
    expect(s.entities.amounts[0]).toMatchObject({ value: 25_000_000, currency: "USD" });
    expect(s.entities.callBacks[0]!.dueAt).toBe("2026-11-24T09:00:00.000Z");
    expect(s.entities.dates.map((d) => d.isoDate)).toContain("2026-11-24");
  });

  it("finds nothing in small talk, and says so", async () => {
    const s = await winkSummariser.summarise({
      channel: "CALL",
      referenceDate: MONDAY,
      segments: [line("customer", "Hello, just checking you got my letter."), line("agent", "Yes, thanks.")],
    });
    expect(s.entities).toEqual({ amounts: [], dates: [], instruments: [], callBacks: [] });
    expect(s.summary.length).toBeGreaterThan(0);
  });
});

describe("saving the call report", () => {
  let t: TestDb;
  let rep: Viewer;
  let other: Viewer;
  let sessionId: string;
  let accountId: string;
  const bus = createInProcessBus();

  beforeAll(async () => {
    t = await createTestDb();
    const team = await createTeam(t.db);
    rep = (await loadViewer(
      t.db,
      await openSession(t.db, (await createUser(t.db, { teamIds: [team.id] })).id, {}),
    ))!;
    other = (await loadViewer(
      t.db,
      await openSession(t.db, (await createUser(t.db, { teamIds: [team.id] })).id, {}),
    ))!;
    accountId = (
      await createAccount(t.db, {
        teamId: team.id,
        ownerId: rep.id,
        creditLimit: 100_000_000,
        creditExposure: 0,
        creditCurrency: "EUR",
      })
    ).id;
    const contactId = (await createContact(t.db, { accountId })).id;
    const integration = await createCtiIntegration(t.db);
    const answeredAt = new Date(MONDAY.getTime() + 5000);
    const session = await t.db.commSession.create({
      data: {
        integrationId: integration.id,
        externalId: "c1",
        channel: "CALL",
        direction: "INBOUND",
        fromAddress: "+441144960958",
        fromE164: "+441144960958",
        agentId: rep.id,
        accountId,
        contactId,
        state: "ENDED",
        ringingAt: MONDAY,
        answeredAt,
        endedAt: new Date(answeredAt.getTime() + 180_000),
        durationSec: 180,
      },
    });
    sessionId = session.id;
    await t.db.transcriptSegment.createMany({
      data: [
        {
          sessionId,
          seq: 0,
          speaker: "customer",
          text: "Buy 5 million EUR/USD please, and call me back tomorrow at 3pm.",
          occurredAt: MONDAY,
        },
      ],
    });
    await registerDeal(
      { db: t.db, viewer: rep },
      {
        accountId,
        sessionId,
        instrument: "EUR/USD",
        side: "BUY",
        notional: 5_000_000,
        price: 1.0852,
        currency: "EUR",
      },
    );
  });
  afterAll(async () => {
    await bus.close();
    await t.close();
  });

  it("prefills the statistics, deals and result fields, for the agent only", async () => {
    const p = await callReportPrefill({ db: t.db, viewer: rep }, { sessionId });
    expect(p.statistics).toMatchObject({ number: "+441144960958", direction: "INBOUND", durationSec: 180 });
    expect(p.deals).toHaveLength(1);
    expect(p.suggested.summary).toContain("Deals: BUY EUR/USD 5,000,000 EUR @ 1.0852");
    expect(p.suggested.result).toMatchObject({ resultType: "Deal agreed", durationHours: 0.05 });
    expect(p.suggested.callBack?.dueAt).toBe(new Date(Date.UTC(2026, 10, 24, 15)).toISOString());
    await expect(callReportPrefill({ db: t.db, viewer: other }, { sessionId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Call not found",
    });
    expect((await openCallReport({ db: t.db, viewer: rep }, { sessionId })).state).toBe("WRAP_UP");
  });

  it("saves the interaction, links the deals, schedules the call-back and marks the call reported, once", async () => {
    const input = {
      sessionId,
      name: "Call with the client",
      summary: "Bought 5m EUR/USD.",
      result: { resultType: "Deal agreed", subject: "EUR/USD", durationHours: 0.05 },
      callBack: { dueAt: new Date("2026-11-24T15:00:00Z"), title: "GBP/USD forward" },
    };
    const saved = await saveCallReport({ db: t.db, viewer: rep }, bus, input);
    const interaction = await t.db.interaction.findUniqueOrThrow({
      where: { id: saved.interactionId },
      include: { deals: true },
    });
    expect(interaction).toMatchObject({
      status: "COMPLETED",
      channel: "PHONE",
      type: "CALL",
      resultType: "Deal agreed",
      resultDescription: "Bought 5m EUR/USD.",
      commSessionId: sessionId,
      accountId,
    });
    expect(interaction.deals).toHaveLength(1);
    expect(await t.db.task.findUniqueOrThrow({ where: { id: saved.callBackTaskId! } })).toMatchObject({
      type: "CALL_BACK",
      assigneeId: rep.id,
      title: "GBP/USD forward",
    });
    expect((await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } })).state).toBe("REPORTED");
    const count = await t.db.interaction.count();
    await expect(saveCallReport({ db: t.db, viewer: rep }, bus, input)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This call already has a report.",
    });
    expect(await t.db.interaction.count()).toBe(count);
  });

  it("names the fields a bad report gets wrong", async () => {
    const bad = (await saveCallReport({ db: t.db, viewer: rep }, bus, {
      sessionId,
      name: "",
      summary: "",
      result: { durationHours: -1 },
    }).catch((e: unknown) => e)) as { issues: { path: string[] }[] };
    expect(bad.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "name",
      "result.durationHours",
      "summary",
    ]);
  });
});
