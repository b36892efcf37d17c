import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs, viewerOf } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";
import { createAccount, createInteraction, createTeam, createUser } from "../../prisma/factories/index.ts";
import { getAttachmentFile } from "./get-attachment-file.ts";

let t: TestDb;
let repId: string;
let otherRepId: string;
let interactionId: string;
let accountId: string;

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db);
  const otherTeam = await createTeam(t.db);
  repId = (await createUser(t.db, { teamIds: [team.id] })).id;
  otherRepId = (await createUser(t.db, { teamIds: [otherTeam.id] })).id;
  accountId = (await createAccount(t.db, { teamId: team.id, ownerId: repId })).id;
  interactionId = (await createInteraction(t.db, { accountId, assignedUserId: repId, teamId: team.id })).id;
});
afterAll(() => t.close());

describe("an interaction's attachments", () => {
  it("are stored with the interaction, listed without their bytes, and read back byte for byte", async () => {
    const api = await callerAs(t.db, repId);
    const created = await api.interactions.create({
      accountId,
      planning: { name: "Card offer", type: "EMAIL" },
      attachments: [{ fileName: "offer.pdf", mimeType: "application/pdf", base64: b64("%PDF-1.4 offer") }],
    });
    const listed = await api.attachments.forInteraction({ interactionId: created.id });
    expect(listed).toEqual([
      expect.objectContaining({ fileName: "offer.pdf", mimeType: "application/pdf", sizeBytes: 14 }),
    ]);
    expect(listed[0]).not.toHaveProperty("content");
    const file = await getAttachmentFile({ db: t.db, viewer: await viewerOf(t.db, repId) }, listed[0]!.id);
    expect(Buffer.from(file.content).toString("utf8")).toBe("%PDF-1.4 offer");
    const rows = await api.interactions.forAccount({ accountId });
    expect(rows.items.find((r) => r.id === created.id)?.attachments).toEqual([
      expect.objectContaining({ fileName: "offer.pdf" }),
    ]);
  });

  it("can be added to an existing interaction, audited", async () => {
    const api = await callerAs(t.db, repId);
    const added = await api.attachments.add({
      interactionId,
      attachments: [{ fileName: "notes.txt", mimeType: "text/plain", base64: b64("call notes") }],
    });
    expect(added).toEqual([expect.objectContaining({ fileName: "notes.txt", sizeBytes: 10 })]);
    expect(await t.db.auditLog.count({ where: { action: "attachment.add", entityId: interactionId } })).toBe(
      1,
    );
  });

  it("are the same 404 to another team as a missing one: list, download, add and remove", async () => {
    const file = await t.db.interactionAttachment.findFirstOrThrow({ where: { interactionId } });
    const other = await callerAs(t.db, otherRepId);
    const missing = "0190f3a0-0000-7000-8000-000000000000";
    await expect(other.attachments.forInteraction({ interactionId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Interaction not found",
    });
    const otherViewer = await viewerOf(t.db, otherRepId);
    await expect(getAttachmentFile({ db: t.db, viewer: otherViewer }, file.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Attachment not found",
    });
    await expect(getAttachmentFile({ db: t.db, viewer: otherViewer }, missing)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Attachment not found",
    });
    await expect(other.attachments.remove({ id: file.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Attachment not found",
    });
    await expect(
      other.attachments.add({ interactionId, attachments: [{ fileName: "x.txt", base64: b64("x") }] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.interactionAttachment.count({ where: { id: file.id } })).toBe(1);
  });

  it("refuses bad files with a message on the field, never a 500", async () => {
    const api = await callerAs(t.db, repId);
    await expect(
      api.attachments.add({ interactionId, attachments: [{ fileName: "a\u0000.txt", base64: b64("x") }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      api.attachments.add({ interactionId, attachments: [{ fileName: "a.txt", base64: "not base64!" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const big = Buffer.alloc(2 * 1024 * 1024 + 1).toString("base64");
    await expect(
      api.attachments.add({ interactionId, attachments: [{ fileName: "big.bin", base64: big }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const exact = Buffer.alloc(2 * 1024 * 1024).toString("base64");
    await expect(
      api.attachments.add({ interactionId, attachments: [{ fileName: "exact.bin", base64: exact }] }),
    ).resolves.toHaveLength(1);
  });

  it("is removed once out of 20 concurrent removals: one audit entry, the rest 404", async () => {
    const api = await callerAs(t.db, repId);
    const [file] = await api.attachments.add({
      interactionId,
      attachments: [{ fileName: "dup.txt", base64: b64("dup") }],
    });
    const { ok, errors } = await raceCalls(times(20, () => api.attachments.remove({ id: file!.id })));
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(19);
    for (const e of errors) expect(e).toMatchObject({ code: "NOT_FOUND", message: "Attachment not found" });
    expect(await t.db.interactionAttachment.count({ where: { id: file!.id } })).toBe(0);
    expect(
      await t.db.auditLog.findMany({ where: { action: "attachment.remove", entityId: file!.id } }),
    ).toEqual([expect.objectContaining({ before: expect.objectContaining({ fileName: "dup.txt" }) })]);
  });
});
