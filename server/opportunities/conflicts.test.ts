import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { AppError } from "../errors.ts";
import { createCaller } from "../trpc/root.ts";
import { buildContext } from "../trpc/context.ts";
import { ZMoveStageRequestSchema, ZUpdateOpportunityRequestSchema } from "./opportunity-input.ts";
import { updateOpportunity } from "./update-opportunity.ts";
import { moveOpportunityStage } from "./move-opportunity-stage.ts";
import { ZUpdateLeadRequestSchema } from "../leads/lead-input.ts";
import { updateLead } from "../leads/update-lead.ts";
import { ZUpdateEventRequestSchema } from "../events/event-input.ts";
import { updateEvent } from "../events/update-event.ts";
import {
  createEvent,
  createLead,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";

let t: TestDb;
let rep: Viewer;
let teamId: string;

const viewerOf = async (userId: string) => (await loadViewer(t.db, await openSession(t.db, userId, {})))!;
const ctx = () => ({ db: t.db, viewer: rep });
const conflictOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "FX desk" });
  teamId = team.id;
  rep = await viewerOf((await createUser(t.db, { role: "REP", teamIds: [team.id] })).id);
});
afterAll(() => t.close());

const oppEdit = (id: string, version: number, changes: Record<string, unknown> = {}) =>
  ZUpdateOpportunityRequestSchema.parse({
    id,
    version,
    name: "Acme - FX forward hedge",
    stage: "PROSPECTING",
    estimatedAmount: "100000",
    currency: "EUR",
    closeDate: "2026-12-31",
    ...changes,
  });

describe("Conflicts are detected", () => {
  it("an opportunity edit on a stale copy is refused with what is there now, and nothing is overwritten", async () => {
    const opp = await createOpportunity(t.db, { ownerId: rep.id, teamId, stage: "PROSPECTING" });
    const saved = await updateOpportunity(ctx(), oppEdit(opp.id, 1, { nextStep: "Call the treasurer" }));
    expect(saved.version).toBe(2);
    const e = await conflictOf(updateOpportunity(ctx(), oppEdit(opp.id, 1, { nextStep: "Overwrite" })));
    expect(e).toBeInstanceOf(AppError);
    expect(e!.code).toBe("CONFLICT");
    expect((e!.details?.current as { nextStep: string }).nextStep).toBe("Call the treasurer");
    expect((await t.db.opportunity.findUniqueOrThrow({ where: { id: opp.id } })).nextStep).toBe(
      "Call the treasurer",
    );
  });

  it("a pipeline move from a stale board is refused and leaves no history row", async () => {
    const opp = await createOpportunity(t.db, { ownerId: rep.id, teamId, stage: "QUALIFICATION" });
    await moveOpportunityStage(
      ctx(),
      ZMoveStageRequestSchema.parse({ id: opp.id, version: 1, stage: "PROPOSAL" }),
    );
    const historyBefore = await t.db.opportunityStageHistory.count({ where: { opportunityId: opp.id } });
    const e = await conflictOf(
      moveOpportunityStage(
        ctx(),
        ZMoveStageRequestSchema.parse({ id: opp.id, version: 1, stage: "CLOSED_LOST" }),
      ),
    );
    expect(e?.code).toBe("CONFLICT");
    expect((await t.db.opportunity.findUniqueOrThrow({ where: { id: opp.id } })).stage).toBe("PROPOSAL");
    expect(await t.db.opportunityStageHistory.count({ where: { opportunityId: opp.id } })).toBe(
      historyBefore,
    );
  });

  it("a lead edit on a stale copy is refused", async () => {
    const lead = await createLead(t.db, { ownerId: rep.id, teamId, foreName: "Ana", surname: "Silva" });
    const edit = (version: number, surname: string) =>
      ZUpdateLeadRequestSchema.parse({
        id: lead.id,
        version,
        foreName: "Ana",
        surname,
        leadSource: "REFERRAL",
        status: "CONTACTED",
      });
    await updateLead(ctx(), edit(1, "Silva Costa"));
    const e = await conflictOf(updateLead(ctx(), edit(1, "Overwrite")));
    expect(e?.code).toBe("CONFLICT");
    expect((e!.details?.current as { surname: string }).surname).toBe("Silva Costa");
  });

  it("an event edit on a stale copy is refused", async () => {
    const event = await createEvent(t.db, { ownerId: rep.id, teamId });
    const edit = (version: number, subject: string) =>
      ZUpdateEventRequestSchema.parse({
        id: event.id,
        version,
        subject,
        type: "MEETING",
        startsAt: "2026-11-20T10:00:00Z",
        endsAt: "2026-11-20T11:00:00Z",
      });
    await updateEvent(ctx(), edit(1, "Renewal meeting"));
    const e = await conflictOf(updateEvent(ctx(), edit(1, "Overwrite")));
    expect(e?.code).toBe("CONFLICT");
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).subject).toBe("Renewal meeting");
  });

  it("the conflict reaches the client as CONFLICT with the current record in data.details", async () => {
    const opp = await createOpportunity(t.db, { ownerId: rep.id, teamId, stage: "PROSPECTING" });
    const caller = createCaller(buildContext({ db: t.db, viewer: rep }));
    await caller.opportunities.moveStage({ id: opp.id, version: 1, stage: "QUALIFICATION" });
    const e = await conflictOf(caller.opportunities.moveStage({ id: opp.id, version: 1, stage: "PROPOSAL" }));
    expect((e as unknown as { code: string }).code).toBe("CONFLICT");
  });
});

describe("stage changes", () => {
  it("a move sets the stage's default probability and forecast category, keeps history and audit; the probability stays editable", async () => {
    const opp = await createOpportunity(t.db, {
      ownerId: rep.id,
      teamId,
      stage: "PROSPECTING",
      estimatedAmount: "50000.00",
    });
    const moved = await moveOpportunityStage(
      ctx(),
      ZMoveStageRequestSchema.parse({ id: opp.id, version: 1, stage: "NEGOTIATION" }),
    );
    expect(moved).toMatchObject({
      stage: "NEGOTIATION",
      probability: 80,
      forecastCategory: "COMMIT",
      version: 2,
      closedAt: null,
    });
    const history = await t.db.opportunityStageHistory.findMany({
      where: { opportunityId: opp.id },
      orderBy: { changedAt: "asc" },
    });
    expect(history.at(-1)).toMatchObject({
      fromStage: "PROSPECTING",
      toStage: "NEGOTIATION",
      probability: 80,
      changedById: rep.id,
    });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entityId: opp.id, action: "stage-change" },
    });
    expect(audit.actorId).toBe(rep.id);

    const edited = await updateOpportunity(
      ctx(),
      oppEdit(opp.id, 2, { stage: "NEGOTIATION", probability: 65 }),
    );
    expect(edited.probability).toBe(65);
    expect(await t.db.opportunityStageHistory.count({ where: { opportunityId: opp.id } })).toBe(
      history.length,
    );
    const won = await moveOpportunityStage(
      ctx(),
      ZMoveStageRequestSchema.parse({ id: opp.id, version: 3, stage: "CLOSED_WON" }),
    );
    expect(won).toMatchObject({ probability: 100, forecastCategory: "CLOSED" });
    expect(won.closedAt).not.toBeNull();
  });

  it("rejects a probability outside 0–100 with a field message", () => {
    const r = ZUpdateOpportunityRequestSchema.safeParse({
      id: "019a0000-0000-7000-8000-000000000000",
      version: 1,
      name: "X",
      stage: "PROPOSAL",
      probability: 140,
      estimatedAmount: "1",
      currency: "EUR",
      closeDate: "2026-01-01",
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(["probability"]);
  });
});
