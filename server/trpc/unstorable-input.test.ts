import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { callerAs } from "../test/sign-in-as.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createTeam, createUser } from "../../prisma/factories/index.ts";
import { recordAudit } from "../audit/record-audit.ts";

// The review's 500s, each answered as what it is: a 400 naming the field, a 409 for a name already
// taken. The whole-router sweep (hostile-input.test.ts) keeps them from coming back elsewhere.

let t: TestDb;
let admin: Awaited<ReturnType<typeof callerAs>>;
let rep: Awaited<ReturnType<typeof callerAs>>;
let accountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "FX desk" });
  const adminUser = await createUser(t.db, { role: "ADMIN", teamIds: [team.id] });
  const repUser = await createUser(t.db, { role: "REP", teamIds: [team.id] });
  accountId = (await createAccount(t.db, { ownerId: repUser.id, teamId: team.id })).id;
  admin = await callerAs(t.db, adminUser.id);
  rep = await callerAs(t.db, repUser.id);
});
afterAll(() => t.close());

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** The field the 400 names, with its message. */
function fieldOf(error: TRPCError): Record<string, string[]> {
  const issues = (error.cause as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
  const out: Record<string, string[]> = {};
  for (const i of issues) (out[i.path.join(".")] ??= []).push(i.message);
  return out;
}

describe("text PostgreSQL cannot store", () => {
  it("refuses a NUL byte with 400 and the field's name, on every kind of input", async () => {
    const cases: [string, () => Promise<unknown>, string][] = [
      [
        "account name",
        () =>
          rep.accounts.create({
            partyGroupName: "Acme\u0000",
            accountType: "ORGANISATION",
            segment: "RETAIL",
          }),
        "partyGroupName",
      ],
      [
        "contact surname",
        () => rep.contacts.create({ foreName: "Ada", surname: "Love\u0000lace", accountId }),
        "surname",
      ],
      [
        "lead surname",
        () => rep.leads.create({ foreName: "Ada", surname: "Love\u0000lace", leadSource: "OTHER" }),
        "surname",
      ],
      ["view name", () => rep.views.save({ entity: "contacts", name: "Mine\u0000", query: "" }), "name"],
      ["search", () => rep.search.global({ q: "ac\u0000me" }), "q"],
      ["duplicates", () => rep.contacts.duplicates({ email: "a\u0000@b.test" }), "email"],
      ["audit filter", () => admin.admin.auditLog({ action: "create\u0000" }), "action"],
      ["integration", () => admin.telephony.createIntegration({ name: "PBX\u0000", kind: "PBX" }), "name"],
      [
        "campaign",
        () => admin.campaigns.create({ name: "Spring\u0000", channel: "EMAIL", startDate: "2026-03-01" }),
        "name",
      ],
    ];
    for (const [label, run, field] of cases) {
      const error = await refusal(run());
      expect(error.code, label).toBe("BAD_REQUEST");
      expect(fieldOf(error)[field]?.[0], label).toMatch(/NUL/);
    }
  });

  it("refuses a lone surrogate before it reaches the audit log's JSON", async () => {
    const error = await refusal(admin.telephony.createIntegration({ name: "PBX \ud800", kind: "PBX" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error).name?.[0]).toMatch(/unpaired/);
  });

  it("keeps line breaks in a multiline field and refuses them in a single-line one", async () => {
    const campaign = { channel: "EMAIL", startDate: "2026-03-01" } as const;
    await expect(
      admin.campaigns.create({ ...campaign, name: "Spring", description: "Line one\r\n\tLine two" }),
    ).resolves.toBeDefined();
    const error = await refusal(admin.campaigns.create({ ...campaign, name: "Two\nlines" }));
    expect(fieldOf(error).name?.[0]).toMatch(/single line/);
  });

  it("writes an audit row whatever its values hold (defence in depth)", async () => {
    await recordAudit(t.db, {
      actorId: null,
      action: "test",
      entityType: "Test",
      after: { name: "a\u0000b\ud800", ["k\u0000"]: ["\udc00"] },
    });
    const row = await t.db.auditLog.findFirstOrThrow({ where: { action: "test" } });
    expect(row.after).toEqual({ name: "a\uFFFDb\uFFFD", ["k\uFFFD"]: ["\uFFFD"] });
  });
});

describe("the review's other 500s", () => {
  it("answers a duplicate integration name with 409 and a message", async () => {
    await admin.telephony.createIntegration({ name: "Main PBX", kind: "PBX" });
    const error = await refusal(admin.telephony.createIntegration({ name: "Main PBX", kind: "TURRET" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/already has this name/);
  });

  it("answers a campaign without a start date with 400 on the field", async () => {
    const error = await refusal(admin.campaigns.create({ name: "No start", channel: "EMAIL" } as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error).startDate).toEqual(["Start Date is required"]);
  });

  it("answers a week in year 0 with 400", async () => {
    const error = await refusal(rep.events.week({ week: "0000-01-01" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error).week?.[0]).toMatch(/between 1900 and 2199/);
  });

  it("takes only an http(s) originate URL", async () => {
    for (const url of ["javascript:alert(document.cookie)", "file:///etc/passwd", "data:text/html,x"]) {
      const error = await refusal(
        admin.telephony.createIntegration({ name: `PBX ${url.slice(0, 4)}`, kind: "PBX", originateUrl: url }),
      );
      expect(error.code, url).toBe("BAD_REQUEST");
      expect(fieldOf(error).originateUrl, url).toBeDefined();
    }
    await expect(
      admin.telephony.createIntegration({
        name: "Good PBX",
        kind: "PBX",
        originateUrl: "https://pbx.bank.test/originate",
      }),
    ).resolves.toBeDefined();
  });
});
