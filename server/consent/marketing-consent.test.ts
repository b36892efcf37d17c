import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import { createInteraction } from "../interactions/create-interaction.ts";
import { ZCreateInteractionRequestSchema } from "../interactions/interaction-schema.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../access/viewer.ts";
import { createAccount, createAgreement, createTeam, createUser } from "../../prisma/factories/index.ts";

let t: TestDb;
let viewer: Viewer;
let accountId: string;
const now = new Date("2026-11-22T12:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "Desk" });
  const user = await createUser(t.db, { role: "REP", teamIds: [team.id] });
  accountId = (
    await createAccount(t.db, { ownerId: user.id, teamId: team.id, partyGroupName: "Northwind Treasury Ltd" })
  ).id;
  viewer = (await loadViewer(t.db, await openSession(t.db, user.id, {})))!;
});
afterAll(() => t.close());

const marketingEmail = () =>
  ZCreateInteractionRequestSchema.parse({
    accountId,
    isMarketing: true,
    send: true,
    planning: { name: "Autumn rates offer", type: "EMAIL", emailAddress: "treasury@northwind.example" },
    result: { communicationChannel: "EMAIL", subject: "Better deposit rates", body: "Dear client…" },
  });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e;
}

describe("marketing consent", () => {
  it("refuses marketing email without an Email Marketing agreement, naming it, and writes nothing", async () => {
    const before = await t.db.interaction.count();
    const e = await refusal(createInteraction({ db: t.db, viewer }, marketingEmail(), now));
    expect(e.message).toContain("Email Marketing");
    expect(e.details).toEqual({ missingAgreement: "EMAIL_MARKETING" });
    expect(await t.db.interaction.count()).toBe(before);
  });

  it("still refuses when the only agreement has expired or is for another channel", async () => {
    await createAgreement(t.db, {
      accountId,
      agreementType: "EMAIL_MARKETING",
      startDate: new Date("2025-01-01"),
      endDate: new Date("2026-11-21"),
    });
    await createAgreement(t.db, {
      accountId,
      agreementType: "SMS_MARKETING",
      startDate: new Date("2025-01-01"),
      endDate: null,
    });
    await refusal(createInteraction({ db: t.db, viewer }, marketingEmail(), now));
  });

  it("queues the message once an active agreement exists; it is not Sent until a server accepts it", async () => {
    await createAgreement(t.db, {
      accountId,
      agreementType: "EMAIL_MARKETING",
      startDate: new Date("2026-11-01"),
      endDate: null,
    });
    const sent = await createInteraction({ db: t.db, viewer }, marketingEmail(), now);
    expect(sent.sentAt).toBeNull();
    expect(sent.status).toBe("COMPLETED");
    const message = await t.db.outboundMessage.findUniqueOrThrow({ where: { id: sent.messageId! } });
    expect(message).toMatchObject({
      state: "QUEUED",
      channel: "EMAIL",
      isMarketing: true,
      interactionId: sent.id,
    });
    expect(
      await t.db.auditLog.count({
        where: { entityType: "Interaction", entityId: sent.id, action: "create" },
      }),
    ).toBe(1);
  });

  it("refuses logging a marketing call without Call Marketing consent, but not a service call", async () => {
    const call = (isMarketing: boolean) =>
      ZCreateInteractionRequestSchema.parse({
        accountId,
        isMarketing,
        planning: { name: "Call", type: "CALL" },
        result: { activityDate: now },
      });
    const e = await refusal(createInteraction({ db: t.db, viewer }, call(true), now));
    expect(e.message).toContain("Call Marketing");
    await expect(createInteraction({ db: t.db, viewer }, call(false), now)).resolves.toMatchObject({
      channel: "PHONE",
    });
  });
});
