import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { appRouter, createCaller } from "./root.ts";
import { buildContext } from "./context.ts";
import { viewerOf } from "../test/sign-in-as.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { hostileVariants, samples, type IdSource } from "../test/hostile-inputs.ts";
import {
  createAccount,
  createAgreement,
  createCampaign,
  createCommCentreRule,
  createContact,
  createContactList,
  createContract,
  createCtiIntegration,
  createEvent,
  createInteraction,
  createLead,
  createMessageTemplate,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";

// Zero 500s from any input. Every procedure of the router, listed from the router itself so a new
// one is covered without being named here, is called as an admin and as a rep with an input made
// from its own zod schema, then with that input made hostile one value at a time (NUL, a lone
// surrogate, 100k characters, impossible dates, out-of-range numbers, wrong types, another team's
// ids). Any answer is fine except INTERNAL_SERVER_ERROR.

type Procedure = { _def: { type: string; inputs: z.core.$ZodType[] } };
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;

// Deletions run last, so the procedures before them find the records they act on.
const destructive = (path: string) => /\.(delete|remove|deleteRule)$/.test(path);
const procedurePaths = Object.keys(procedures).sort(
  (a, b) => Number(destructive(a)) - Number(destructive(b)),
);

type AnyCaller = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
const call = (caller: unknown, path: string, input: unknown) => {
  const [area, name] = path.split(".") as [string, string];
  return (caller as AnyCaller)[area]![name]!(input);
};

let t: TestDb;
const mine: Record<string, string> = {};
const theirs: Record<string, string> = {};
const MISSING = "019a0000-0000-7000-8000-000000000000";
let adminId = "";
let repId = "";

/** The viewer's own record for an id key ("accountId", or "id" read through the router's area). */
function idsFor(area: string): IdSource {
  return (key) => {
    const entity = key === "id" ? area : key.replace(/Id$/, "");
    const aliases: Record<string, string> = {
      accounts: "account",
      contacts: "contact",
      leads: "lead",
      opportunities: "opportunity",
      events: "event",
      campaigns: "campaign",
      agreements: "agreement",
      interactions: "interaction",
      telephony: "integration",
      commTools: "rule",
      templates: "template",
      messages: "message",
      inbox: "inboundEmail",
      tasks: "task",
      views: "view",
      mechanisms: "mechanism",
      admin: "contact",
      excludeLead: "lead",
      assignedUser: "user",
      owner: "user",
      subject: "user",
    };
    return mine[aliases[entity] ?? entity] ?? MISSING;
  };
}

beforeAll(async () => {
  // Click-to-dial and the simulator make HTTP calls: aim them at a closed port, never a real app.
  process.env.NEXTAUTH_URL = "http://127.0.0.1:9";
  t = await createTestDb();
  const { db } = t;
  const team = await createTeam(db, { name: "FX desk" });
  const other = await createTeam(db, { name: "Private banking" });
  const admin = await createUser(db, { role: "ADMIN", teamIds: [team.id], email: "admin@bank.test" });
  const rep = await createUser(db, {
    role: "REP",
    teamIds: [team.id],
    email: "rep@bank.test",
    lines: ["+442079460111"],
  });
  const them = await createUser(db, { role: "REP", teamIds: [other.id], email: "them@bank.test" });
  adminId = admin.id;
  repId = rep.id;

  const seed = async (ids: Record<string, string>, ownerId: string, teamId: string) => {
    const owned = { ownerId, teamId };
    const account = await createAccount(db, owned);
    ids.account = account.id;
    ids.team = teamId;
    ids.user = ownerId;
    ids.contact = (await createContact(db, { ...owned, accountId: account.id })).id;
    ids.lead = (await createLead(db, owned)).id;
    ids.opportunity = (await createOpportunity(db, { ...owned, accountId: account.id })).id;
    ids.event = (await createEvent(db, { ...owned, accountId: account.id })).id;
    ids.campaign = (await createCampaign(db, owned)).id;
    ids.contactList = (await createContactList(db, { campaignId: ids.campaign })).id;
    ids.contract = (await createContract(db, { accountId: account.id })).id;
    ids.template = (await createMessageTemplate(db)).id;
    ids.interaction = (
      await createInteraction(db, { accountId: account.id, assignedUserId: ownerId, teamId })
    ).id;
    ids.agreement = (
      await createAgreement(db, { accountId: account.id, agreementType: "EMAIL_MARKETING" })
    ).id;
    ids.task = (
      await db.task.create({
        data: { type: "CALL_BACK", title: "Call back", assigneeId: ownerId, accountId: account.id },
      })
    ).id;
    ids.mechanism = (
      await db.contactMechanism.create({
        data: { type: "PHONE", value: "+44 20 7946 0100", e164: "+442079460100", contactId: ids.contact },
      })
    ).id;
    ids.view = (
      await db.savedView.create({
        data: { userId: ownerId, entity: "contacts", name: "A view", params: { query: "" } },
      })
    ).id;
    ids.job = (
      await db.importJob.create({
        data: { entity: "contacts", fileName: "people.csv", mapping: {}, createdById: ownerId },
      })
    ).id;
    // A failed e-mail (retry accepts it) and an e-mail from a stranger waiting in triage.
    ids.message = (
      await db.outboundMessage.create({
        data: {
          channel: "EMAIL",
          state: "FAILED",
          messageKey: `<failed-${teamId}@dealfloor.test>`,
          teamId,
          interactionId: ids.interaction,
          accountId: account.id,
          toAddress: "client@example.com",
          textBody: "Hello",
        },
      })
    ).id;
    ids.inboundEmail = (
      await db.inboundEmail.create({
        data: {
          messageKey: `<stranger-${teamId}@elsewhere.example>`,
          state: "TRIAGE",
          fromAddress: "stranger@elsewhere.example",
          textBody: "Hello",
          receivedAt: new Date(),
        },
      })
    ).id;
    const integration = await createCtiIntegration(db, { name: `PBX ${teamId.slice(0, 8)}` });
    ids.integration = integration.id;
    ids.rule = (await createCommCentreRule(db)).id;
    ids.session = (
      await db.commSession.create({
        data: {
          integrationId: integration.id,
          externalId: `call-${teamId}`,
          channel: "CALL",
          direction: "INBOUND",
          fromAddress: "+441614960000",
          agentId: ownerId,
          accountId: account.id,
        },
      })
    ).id;
  };
  await seed(mine, rep.id, team.id);
  await seed(theirs, them.id, other.id);
}, 60_000);
afterAll(() => t?.close());

type Failure = { path: string; as: string; variant: string; message: string };

type Caller = ReturnType<typeof createCaller>;

/** Drives one procedure with every variant of its input; returns the 500s. */
async function drive(
  caller: Caller,
  as: string,
  path: string,
): Promise<{ calls: number; failures: Failure[]; sampleAccepted: boolean }> {
  const failures: Failure[] = [];
  let calls = 0;
  let sampleAccepted = false;
  const foreign = [theirs.account!, MISSING];
  const { inputs } = procedures[path]!._def;
  const ids = idsFor(path.split(".")[0]!);
  // Chained .input()s merge their objects.
  const bases =
    inputs.length === 0
      ? [undefined]
      : inputs.length === 1
        ? samples(inputs[0]!, ids)
        : [Object.assign({}, ...inputs.map((s) => samples(s, ids)[0]))];
  for (const base of bases) {
    for (const variant of hostileVariants(base, foreign, as === "admin")) {
      calls++;
      try {
        await call(caller, path, variant.input);
        if (variant.label === "sample") sampleAccepted = true;
      } catch (e) {
        if (!(e instanceof TRPCError)) {
          failures.push({ path, as, variant: variant.label, message: `not a TRPCError: ${String(e)}` });
        } else if (e.code === "INTERNAL_SERVER_ERROR") {
          const cause = e.cause instanceof Error ? e.cause.message : String(e.cause ?? e.message);
          failures.push({
            path,
            as,
            variant: variant.label,
            message: cause.split("\n").slice(-3).join(" ").slice(0, 300),
          });
        }
      }
    }
  }
  return { calls, failures, sampleAccepted };
}

// One test per router area, so each has its own time budget on a loaded machine and a failure names
// its area. Deletions form the last group (they would remove the records the others act on); the
// final test checks the sweep as a whole.
const DELETIONS = "deletions";
const groupOf = (path: string) => (destructive(path) ? DELETIONS : path.split(".")[0]!);
const groups = [...new Set(procedurePaths.map(groupOf))];
let totalCalls = 0;
let accepted = 0;

describe("every procedure, with hostile input", () => {
  let callers: [string, Caller][] = [];
  beforeAll(async () => {
    callers = [
      ["admin", createCaller(buildContext({ db: t.db, viewer: await viewerOf(t.db, adminId) }))],
      ["rep", createCaller(buildContext({ db: t.db, viewer: await viewerOf(t.db, repId) }))],
    ];
  });

  it.each(groups)(
    "%s never answer 500, as an admin or as a rep",
    async (group) => {
      const failures: Failure[] = [];
      for (const path of procedurePaths.filter((p) => groupOf(p) === group)) {
        for (const [as, caller] of callers) {
          const result = await drive(caller, as, path);
          totalCalls += result.calls;
          failures.push(...result.failures);
          if (as === "admin" && result.sampleAccepted) accepted++;
        }
      }
      expect(failures).toEqual([]);
    },
    300_000,
  );

  it("sent over a thousand inputs, most of them past validation into the services", () => {
    expect(totalCalls).toBeGreaterThan(1000);
    // The generated inputs must get past validation into the services, or the sweep proves little.
    expect(accepted / procedurePaths.length).toBeGreaterThan(0.7);
  });
});
