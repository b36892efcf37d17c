import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { appRouter, createCaller } from "../trpc/root.ts";
import { buildContext } from "../trpc/context.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import type { Viewer } from "./viewer.ts";
import {
  createAccount,
  createAgreement,
  createCampaign,
  createCampaignActivity,
  createContactList,
  createContact,
  createCommCentreRule,
  createCtiIntegration,
  createEvent,
  createInteraction,
  createLead,
  createMessageTemplate,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";

// Every procedure is listed from the router itself, so a procedure added later is covered (or
// fails here until it is).
const procedurePaths = Object.keys(appRouter._def.procedures);

type AnyCaller = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
function call(caller: unknown, path: string, input?: unknown) {
  const [area, name] = path.split(".") as [string, string];
  return (caller as AnyCaller)[area]![name]!(input);
}

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const result = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(result instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(result)}`);
  return result;
}

type ZodLike = { shape?: Record<string, { safeParse(v: unknown): { success: boolean } }> };

// The record-id keys a procedure's input may require, and where the other team's record for each comes from.
const ID_KEYS = ["id", "sessionId", "accountId", "jobId", "contactId", "messageId"] as const;

/** The record-id keys a procedure's input requires (`id`, or the `sessionId` / `accountId` / `jobId` / `contactId` / `messageId` it acts on). */
function requiredIdKeys(path: string): string[] {
  const inputs = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>)[
    path
  ]!._def.inputs;
  return inputs.flatMap((schema) => {
    const shape = (schema as ZodLike).shape ?? {};
    return ID_KEYS.filter((key) => shape[key] && !shape[key].safeParse(undefined).success);
  });
}

// Procedures that need more than an id to get past validation say how to call them here; a new
// procedure with a required id fails the test until it is added.
const sampleInputs: Record<string, (id: string) => unknown> = {
  "accounts.update": (id) => ({
    id,
    version: 1,
    partyGroupName: "Renamed",
    accountType: "ORGANISATION",
    segment: "RETAIL",
    kycStatus: "PENDING",
  }),
  "interactions.forAccount": (accountId) => ({ accountId }),
  "salesTab.forAccount": (accountId) => ({ accountId }),
  "salesTab.related": (accountId) => ({ accountId }),
  "interactions.create": (accountId) => ({ accountId, planning: { name: "Call", type: "CALL" } }),
  "agreements.create": (accountId) => ({
    accountId,
    agreementType: "EMAIL_MARKETING",
    startDate: "2026-01-01",
  }),
  "telephony.control": (sessionId) => ({ sessionId, action: "answer" }),
  "telephony.reply": (sessionId) => ({ sessionId, text: "Hello" }),
  "telephony.linkCustomer": (sessionId) => ({ sessionId, accountId: otherTeamIds.accounts }),
  "telephony.setIntegrationEnabled": (id) => ({ id, enabled: false }),
  "deals.register": (accountId) => ({
    accountId,
    instrument: "EUR/USD",
    side: "BUY",
    notional: 1_000_000,
    price: 1.08,
    currency: "EUR",
  }),
  "tasks.approveDeal": (id) => ({ id, version: 1 }),
  "tasks.rejectDeal": (id) => ({ id, version: 1, reason: "No" }),
  "tasks.complete": (id) => ({ id, version: 1 }),
  // Its id is the linked record's: another team's account stands in for the task id.
  "tasks.linkLabel": (id) => ({
    kind: "account",
    id: id === otherTeamIds.tasks ? otherTeamIds.accounts : id,
  }),
  "callReport.save": (sessionId) => ({ sessionId, name: "Call", summary: "Summary", result: {} }),
  "contacts.update": (id) => ({ id, version: 1, foreName: "Renamed", surname: "Person" }),
  "contracts.create": (accountId) => ({
    accountId,
    contractNumber: "C-THEIRS-1",
    title: "Theirs",
    startDate: "2026-01-01",
  }),
  "contacts.addMechanism": (id) => ({ id, type: "PHONE", value: "+44 20 7946 0999" }),
  "accounts.addMechanism": (id) => ({ id, type: "EMAIL", value: "desk@client.test" }),
  "mechanisms.update": (id) => ({ id, value: "+44 20 7946 0998" }),
  "links.create": (accountId) => ({ accountId, title: "Theirs", url: "https://theirs.example" }),
  "links.update": (id) => ({ id, version: 1, title: "Mine", url: "https://mine.example" }),
  "admin.restore": (id) => ({ entityType: "Contact", id }),
  "campaigns.createActivity": (accountId) => ({
    accountId,
    campaignId: otherTeamIds.campaigns,
    name: "Theirs",
    activityType: "SALES",
  }),
  // `id` on these is a campaign activity's: theirs in place of their campaign's, or the missing one.
  "campaigns.assignActivity": (id) => ({ id: activityId(id), version: 1, assignedUserId: null }),
  "campaigns.moveActivity": (id) => ({ id: activityId(id), version: 1, move: "cancel" }),
  "templates.render": (accountId) => ({ accountId, templateId: otherTeamIds.templates }),
  "contactLists.addContact": (contactId) => ({ listId: otherTeamIds.contactLists, contactId }),
  "contactLists.removeContact": (contactId) => ({ listId: otherTeamIds.contactLists, contactId }),
  "inbox.assign": (id) => ({ id, contactId: otherTeamIds.contacts }),
  "inbox.discard": (id) => ({ id, reason: "Not ours" }),
  "telephony.startChat": (contactId) => ({ contactId, text: "Hello" }),
  "telephony.setReplyUrl": (id) => ({
    id,
    replyUrl: "https://chat.example/reply",
    expectedUpdatedAt: new Date().toISOString(),
  }),
  "commTools.updateRule": (id) => ({
    id,
    version: 1,
    name: "Rule",
    priority: 1,
    conditions: {},
    tools: [],
    actions: ["START_CALL"],
  }),
};

const activityId = (id: string) => (id === otherTeamIds.campaigns ? otherTeamIds.campaignActivity! : id);

function inputFor(path: string, ids: Record<string, string>, missingId?: string): unknown {
  const key = ID_KEYS.find((k) => requiredIdKeys(path).includes(k));
  if (!key) return undefined;
  const byKey: Record<string, string | undefined> = {
    sessionId: ids.sessions,
    accountId: ids.accounts,
    jobId: ids.importJobs,
    contactId: ids.contacts,
    messageId: ids.messages,
  };
  const id = missingId ?? (key === "id" ? ids[path.split(".")[0]!] : byKey[key]);
  const sample = sampleInputs[path];
  if (sample && id) return sample(id);
  return { [key]: id };
}

let t: TestDb;
let rep: Viewer;
const otherTeamIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  const { db } = t;
  const mine = await createTeam(db, { name: "FX desk" });
  const theirs = await createTeam(db, { name: "Private banking" });
  const me = await createUser(db, { role: "REP", teamIds: [mine.id], email: "me@bank.test" });
  const them = await createUser(db, { role: "REP", teamIds: [theirs.id], email: "them@bank.test" });
  const owned = { ownerId: them.id, teamId: theirs.id };

  const account = await createAccount(db, owned);
  otherTeamIds.accounts = account.id;
  otherTeamIds.contacts = (await createContact(db, { ...owned, accountId: account.id })).id;
  otherTeamIds.leads = (await createLead(db, owned)).id;
  otherTeamIds.opportunities = (await createOpportunity(db, { ...owned, accountId: account.id })).id;
  otherTeamIds.events = (await createEvent(db, { ...owned, accountId: account.id })).id;
  otherTeamIds.campaigns = (await createCampaign(db, owned)).id;
  otherTeamIds.campaignActivity = (
    await createCampaignActivity(db, { campaignId: otherTeamIds.campaigns, accountId: account.id })
  ).id;
  otherTeamIds.contactLists = (await createContactList(db, { campaignId: otherTeamIds.campaigns })).id;
  otherTeamIds.interactions = (
    await createInteraction(db, { accountId: account.id, assignedUserId: them.id, teamId: theirs.id })
  ).id;
  otherTeamIds.agreements = (
    await createAgreement(db, { accountId: account.id, agreementType: "EMAIL_MARKETING" })
  ).id;
  otherTeamIds.attachments = (
    await db.interactionAttachment.create({
      data: {
        interactionId: otherTeamIds.interactions,
        fileName: "theirs.pdf",
        mimeType: "application/pdf",
        sizeBytes: 3,
        content: Buffer.from("pdf"),
      },
    })
  ).id;
  otherTeamIds.links = (
    await db.link.create({ data: { accountId: account.id, title: "Theirs", url: "https://theirs.example" } })
  ).id;
  otherTeamIds.applications = (
    await db.application.create({
      data: { accountId: account.id, name: "Theirs", sourceSystem: "Dealfloor" },
    })
  ).id;
  otherTeamIds.admin = otherTeamIds.contacts;
  otherTeamIds.commTools = (await createCommCentreRule(db)).id;
  // Templates belong to no team: the id procedures on them are admin-only, render checks the record.
  otherTeamIds.templates = (await createMessageTemplate(db)).id;
  otherTeamIds.tasks = (
    await db.task.create({
      data: { type: "CALL_BACK", title: "Call back", assigneeId: them.id, accountId: account.id },
    })
  ).id;
  otherTeamIds.mechanisms = (
    await db.contactMechanism.create({
      data: {
        type: "PHONE",
        value: "+44 20 7946 0100",
        e164: "+442079460100",
        contactId: otherTeamIds.contacts,
      },
    })
  ).id;
  otherTeamIds.views = (
    await db.savedView.create({
      data: { userId: them.id, entity: "contacts", name: "Their view", params: { query: "" } },
    })
  ).id;
  otherTeamIds.importJobs = (
    await db.importJob.create({
      data: { entity: "contacts", fileName: "theirs.csv", mapping: {}, createdById: them.id },
    })
  ).id;
  // Another agent's call, and an integration (admin-only procedures refuse a rep before looking).
  const integration = await createCtiIntegration(db);
  otherTeamIds.telephony = integration.id;
  otherTeamIds.sessions = (
    await db.commSession.create({
      data: {
        integrationId: integration.id,
        externalId: "their-call",
        channel: "CALL",
        direction: "INBOUND",
        fromAddress: "+441614960000",
        agentId: them.id,
        accountId: account.id,
      },
    })
  ).id;

  // Their e-mail, sent from their interaction, and a message waiting in the (admin-only) triage list.
  otherTeamIds.messages = (
    await db.outboundMessage.create({
      data: {
        channel: "EMAIL",
        state: "FAILED",
        messageKey: "<theirs@dealfloor.test>",
        teamId: theirs.id,
        interactionId: otherTeamIds.interactions,
        accountId: account.id,
        toAddress: "client@theirs.example",
        textBody: "Theirs",
      },
    })
  ).id;
  otherTeamIds.inbox = (
    await db.inboundEmail.create({
      data: {
        messageKey: "<stranger@elsewhere.example>",
        state: "TRIAGE",
        fromAddress: "stranger@elsewhere.example",
        textBody: "Hello",
        receivedAt: new Date(),
      },
    })
  ).id;

  const sessionId = await openSession(db, me.id, {});
  rep = (await loadViewer(db, sessionId))!;
});
afterAll(() => t.close());

describe("access", () => {
  // The only procedures open without a session, each guarded by something else: a password-reset
  // link is its own credential (server/auth/reset-password.test.ts). A new entry needs a reason.
  const PUBLIC = new Set(["passwordReset.reset"]);

  it("rejects every procedure without a session", async () => {
    const anonymous = createCaller(buildContext({ db: t.db, viewer: null }));
    for (const path of procedurePaths.filter((p) => !PUBLIC.has(p))) {
      const error = await errorOf(call(anonymous, path, {}));
      expect(error.code, path).toBe("UNAUTHORIZED");
    }
  });

  const idPaths = procedurePaths.filter((p) => requiredIdKeys(p).length > 0);
  const MISSING = "019a0000-0000-7000-8000-000000000000";

  it("knows how to call every procedure that takes an id with another team's record", () => {
    expect(idPaths.length).toBeGreaterThan(8);
    for (const path of idPaths) {
      const input = inputFor(path, otherTeamIds) as Record<string, unknown> | undefined;
      expect(input, `${path}: add it to sampleInputs or map its area in otherTeamIds`).toBeDefined();
      expect(
        Object.values(input!).every((v) => v !== undefined),
        path,
      ).toBe(true);
    }
  });

  it("answers another team's id exactly as it answers a missing id, and changes nothing", async () => {
    const caller = createCaller(buildContext({ db: t.db, viewer: rep }));
    const auditRowsBefore = await t.db.auditLog.count();
    const interactionsBefore = await t.db.interaction.count();
    for (const path of idPaths) {
      const hidden = await errorOf(call(caller, path, inputFor(path, otherTeamIds)));
      const missing = await errorOf(call(caller, path, inputFor(path, otherTeamIds, MISSING)));
      // Admin-only procedures refuse a rep before looking at the id at all.
      expect(["NOT_FOUND", "FORBIDDEN"], `${path}: ${hidden.message}`).toContain(hidden.code);
      expect(hidden.code, path).toBe(missing.code);
      expect(hidden.message, path).toBe(missing.message);
    }
    expect(await t.db.auditLog.count()).toBe(auditRowsBefore);
    expect(await t.db.interaction.count()).toBe(interactionsBefore);
    const mechanism = await t.db.contactMechanism.findUniqueOrThrow({
      where: { id: otherTeamIds.mechanisms },
    });
    expect(mechanism.value).toBe("+44 20 7946 0100");
    const untouched = await t.db.account.findUniqueOrThrow({ where: { id: otherTeamIds.accounts } });
    expect(untouched.deletedAt).toBeNull();
    expect(untouched.version).toBe(1);
  });

  it("leaves another team's records out of every list, which an admin does see", async () => {
    const caller = createCaller(buildContext({ db: t.db, viewer: rep }));
    // Inputs that widen a list to everything it can show.
    const widest: Record<string, unknown[]> = {
      "agreements.list": [{ status: "ALL" }],
      "events.list": [{ when: "upcoming" }, { when: "past" }],
    };
    // Templates are shared by every team, so every list may show them.
    const hiddenIds = new Set(
      Object.entries(otherTeamIds).flatMap(([k, id]) => (k === "templates" ? [] : [id])),
    );
    for (const path of procedurePaths.filter((p) => p.endsWith(".list"))) {
      for (const input of widest[path] ?? [{}]) {
        const page = (await call(caller, path, input)) as { items: { id: string }[] };
        for (const item of page.items) expect(hiddenIds.has(item.id), path).toBe(false);
      }
    }
    const admin = await createUser(t.db, { role: "ADMIN", email: "admin@bank.test" });
    const adminViewer = (await loadViewer(t.db, await openSession(t.db, admin.id, {})))!;
    const adminCaller = createCaller(buildContext({ db: t.db, viewer: adminViewer }));
    const accounts = (await adminCaller.accounts.list({})).items.map((a) => a.id);
    expect(accounts).toContain(otherTeamIds.accounts);
  });
});
