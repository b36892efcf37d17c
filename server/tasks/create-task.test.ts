import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import {
  createAccount,
  createContact,
  createLead,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { fieldErrorsOf } from "../trpc/field-errors.ts";
import type { ZodError } from "zod";

let t: TestDb;
let deskA: string;
let repA: string;
let colleagueA: string;
let disabledA: string;
let repB: string;
let managerA: string;
let adminId: string;
let accountA: string;
let accountB: string;
let contactA: string;
let leadA: string;
let opportunityA: string;

const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const due = () => new Date(Date.now() + 3_600_000).toISOString();

beforeAll(async () => {
  t = await createTestDb();
  deskA = (await createTeam(t.db)).id;
  const deskB = (await createTeam(t.db)).id;
  repA = (await createUser(t.db, { teamIds: [deskA] })).id;
  colleagueA = (await createUser(t.db, { teamIds: [deskA] })).id;
  disabledA = (await createUser(t.db, { teamIds: [deskA], disabledAt: new Date() })).id;
  repB = (await createUser(t.db, { teamIds: [deskB] })).id;
  managerA = (await createUser(t.db, { role: "MANAGER", teamIds: [deskA] })).id;
  adminId = (await createUser(t.db, { role: "ADMIN" })).id;
  accountA = (await createAccount(t.db, { teamId: deskA, ownerId: repA })).id;
  accountB = (await createAccount(t.db, { teamId: deskB, ownerId: repB })).id;
  contactA = (await createContact(t.db, { accountId: accountA, teamId: deskA, ownerId: repA })).id;
  leadA = (await createLead(t.db, { teamId: deskA, ownerId: repA })).id;
  opportunityA = (await createOpportunity(t.db, { accountId: accountA, teamId: deskA, ownerId: repA })).id;
});
afterAll(() => t.close());

const NOT_ASSIGNABLE = { code: "NOT_FOUND", message: "No colleague you can assign tasks to has this id." };

describe("creating a task", () => {
  it("gives the task to its creator by default, due when they said, and audits it", async () => {
    const api = await callerAs(t.db, repA);
    const dueAt = due();
    const { id } = await api.tasks.create({ type: "FOLLOW_UP", title: "Send the ISDA draft", dueAt });
    const task = await t.db.task.findUniqueOrThrow({ where: { id } });
    expect(task).toMatchObject({
      assigneeId: repA,
      createdById: repA,
      type: "FOLLOW_UP",
      status: "OPEN",
      reminderSentAt: null,
    });
    expect(task.dueAt?.toISOString()).toBe(dueAt);
    expect(await t.db.auditLog.count({ where: { entityId: id, action: "create", actorId: repA } })).toBe(1);
    expect((await api.tasks.mine({})).map((x) => x.id)).toContain(id);
  });

  it("lets a rep assign to a colleague in their own team, and nobody in another team", async () => {
    const api = await callerAs(t.db, repA);
    const { id } = await api.tasks.create({
      type: "CALL_BACK",
      title: "Ring Hans",
      dueAt: due(),
      assigneeId: colleagueA,
    });
    expect((await t.db.task.findUniqueOrThrow({ where: { id } })).assigneeId).toBe(colleagueA);
    expect(await (await callerAs(t.db, colleagueA)).tasks.mine({})).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id, createdBy: { id: repA, name: expect.any(String) } }),
      ]),
    );
    // Another team's rep, an unknown id and a disabled colleague all get the same answer.
    for (const assigneeId of [repB, UNKNOWN, disabledA, adminId])
      await expect(
        api.tasks.create({ type: "CALL_BACK", title: "x", dueAt: due(), assigneeId }),
      ).rejects.toMatchObject(NOT_ASSIGNABLE);
    expect(await t.db.task.count({ where: { assigneeId: { in: [repB, disabledA, adminId] } } })).toBe(0);
  });

  it("lets a manager assign within the teams they manage, and an admin to anyone", async () => {
    const manager = await callerAs(t.db, managerA);
    await expect(
      manager.tasks.create({ type: "ALERT", title: "Limit review", dueAt: due(), assigneeId: repA }),
    ).resolves.toMatchObject({ assigneeId: repA });
    await expect(
      manager.tasks.create({ type: "ALERT", title: "Limit review", dueAt: due(), assigneeId: repB }),
    ).rejects.toMatchObject(NOT_ASSIGNABLE);
    const admin = await callerAs(t.db, adminId);
    await expect(
      admin.tasks.create({ type: "ALERT", title: "Limit review", dueAt: due(), assigneeId: repB }),
    ).resolves.toMatchObject({ assigneeId: repB });
  });

  it("offers the form exactly the people the server accepts", async () => {
    const names = async (userId: string) =>
      (await (await callerAs(t.db, userId)).tasks.assignees()).map((u) => u.id);
    const rep = await names(repA);
    expect(rep[0]).toBe(repA);
    expect(rep).toEqual(expect.arrayContaining([colleagueA, managerA]));
    expect(rep).not.toContain(repB);
    expect(rep).not.toContain(disabledA);
    expect(await names(adminId)).toEqual(expect.arrayContaining([repA, repB, managerA]));
  });

  it("links the task to the record it is about, with the account of a contact or opportunity", async () => {
    const api = await callerAs(t.db, repA);
    const make = async (kind: "account" | "contact" | "lead" | "opportunity", id: string) =>
      t.db.task.findUniqueOrThrow({
        where: {
          id: (await api.tasks.create({ type: "FOLLOW_UP", title: kind, dueAt: due(), link: { kind, id } }))
            .id,
        },
      });
    expect(await make("account", accountA)).toMatchObject({ accountId: accountA, contactId: null });
    expect(await make("contact", contactA)).toMatchObject({ accountId: accountA, contactId: contactA });
    expect(await make("lead", leadA)).toMatchObject({ accountId: null, leadId: leadA });
    expect(await make("opportunity", opportunityA)).toMatchObject({
      accountId: accountA,
      opportunityId: opportunityA,
    });
    const mine = await api.tasks.mine({ limit: 200 });
    expect(mine.find((x) => x.title === "contact")?.link?.href).toBe(`/contacts/${contactA}`);
    expect(await api.tasks.linkLabel({ kind: "opportunity", id: opportunityA })).toMatchObject({
      href: `/opportunities/${opportunityA}`,
    });
  });

  it("refuses a record in another team exactly as a missing one", async () => {
    const api = await callerAs(t.db, repA);
    // Awaited one by one: two pending rejections would leave one unhandled while the other is awaited.
    const create = (id: string) =>
      api.tasks.create({ type: "FOLLOW_UP", title: "x", dueAt: due(), link: { kind: "account", id } });
    await expect(create(accountB)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Account not found" });
    await expect(create(UNKNOWN)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Account not found" });
    await expect(api.tasks.linkLabel({ kind: "account", id: accountB })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.task.count({ where: { accountId: accountB } })).toBe(0);
  });

  it("answers bad input with a message on the field, never a 500", async () => {
    const api = await callerAs(t.db, repA);
    // The caller's error carries the zod issues the HTTP layer turns into field messages.
    const fieldsOf = async (input: unknown) => {
      const err = (await api.tasks.create(input as never).catch((e: unknown) => e)) as {
        code: string;
        cause: ZodError;
      };
      expect(err.code).toBe("BAD_REQUEST");
      return fieldErrorsOf(err.cause).fieldErrors;
    };
    expect(await fieldsOf({ type: "CALL_BACK", title: "  ", dueAt: due() })).toMatchObject({
      title: ["Say what the task is about"],
    });
    expect(await fieldsOf({ type: "CALL_BACK", title: "x".repeat(201), dueAt: due() })).toMatchObject({
      title: ["200 characters at most"],
    });
    expect(await fieldsOf({ type: "APPROVAL", title: "Approve my own deal", dueAt: due() })).toHaveProperty(
      "type",
    );
    expect(await fieldsOf({ type: "CALL_BACK", title: "x", dueAt: "" })).toHaveProperty("dueAt");
    expect(await fieldsOf({ type: "CALL_BACK", title: "x", dueAt: "0000-01-01T00:00:00Z" })).toHaveProperty(
      "dueAt",
    );
    expect(await fieldsOf({ type: "CALL_BACK", title: "a\u0000b", dueAt: due() })).toHaveProperty("title");
    expect(await fieldsOf({ type: "CALL_BACK", title: "x", dueAt: due(), assigneeId: "me" })).toHaveProperty(
      "assigneeId",
    );
  });
});
