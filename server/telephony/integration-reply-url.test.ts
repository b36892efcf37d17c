import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createCtiIntegration, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";

// Admin → Integrations: a chat integration's reply endpoint, saved with optimistic locking.
let t: TestDb;
let adminId: string;
let repId: string;

beforeAll(async () => {
  t = await createTestDb();
  adminId = (await createUser(t.db, { role: "ADMIN" })).id;
  repId = (await createUser(t.db, { role: "REP" })).id;
});
afterAll(() => t.close());
afterEach(() => vi.unstubAllEnvs());

const chat = () => createCtiIntegration(t.db, { kind: "CHAT", replyUrl: null });

describe("reply endpoint of a chat integration", () => {
  it("is set and cleared from the version the admin loaded, audited, and listed", async () => {
    const api = await callerAs(t.db, adminId);
    const i = await chat();
    await api.telephony.setReplyUrl({
      id: i.id,
      replyUrl: "https://chat.example/replies",
      expectedUpdatedAt: i.updatedAt.toISOString(),
    });
    const listed = (await api.telephony.integrations()).find((r) => r.id === i.id)!;
    expect(listed.replyUrl).toBe("https://chat.example/replies");
    await api.telephony.setReplyUrl({
      id: i.id,
      replyUrl: "",
      expectedUpdatedAt: listed.updatedAt.toISOString(),
    });
    expect((await t.db.ctiIntegration.findUniqueOrThrow({ where: { id: i.id } })).replyUrl).toBeNull();
    const audit = await t.db.auditLog.findMany({
      where: { entityId: i.id, action: "setReplyUrl" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.after)).toEqual([
      { replyUrl: "https://chat.example/replies" },
      { replyUrl: null },
    ]);
  });

  it("refuses a save made on a stale version, and of concurrent saves from one version one wins", async () => {
    const api = await callerAs(t.db, adminId);
    const i = await chat();
    const { ok, errors } = await raceCalls(
      times(6, (n) =>
        api.telephony.setReplyUrl({
          id: i.id,
          replyUrl: `https://chat.example/r${n}`,
          expectedUpdatedAt: i.updatedAt.toISOString(),
        }),
      ),
    );
    expect(ok).toHaveLength(1);
    expect(errors.map((e) => e.code)).toEqual(Array(5).fill("CONFLICT"));
    expect((await t.db.ctiIntegration.findUniqueOrThrow({ where: { id: i.id } })).replyUrl).toBe(
      ok[0]!.replyUrl,
    );
  });

  it("refuses bad URLs on the field, plain http in production except localhost, and a phone system", async () => {
    const api = await callerAs(t.db, adminId);
    const i = await chat();
    const save = (replyUrl: string, id = i.id) =>
      api.telephony.setReplyUrl({ id, replyUrl, expectedUpdatedAt: i.updatedAt.toISOString() });
    for (const bad of [
      "javascript:alert(1)",
      "ftp://chat.example/x",
      "not a url",
      "https://chat.example/\u0000",
    ])
      await expect(save(bad)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    vi.stubEnv("NODE_ENV", "production");
    await expect(save("http://chat.example/replies")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Use https"),
    });
    await save("http://localhost:3345/replies");
    // Clearing is not a URL check: an empty endpoint is always allowed, in production too.
    const now = await t.db.ctiIntegration.findUniqueOrThrow({ where: { id: i.id } });
    await api.telephony.setReplyUrl({
      id: i.id,
      replyUrl: "",
      expectedUpdatedAt: now.updatedAt.toISOString(),
    });
    await expect(save("")).rejects.toMatchObject({ code: "CONFLICT" });
    const pbx = await createCtiIntegration(t.db, { kind: "PBX" });
    await expect(
      api.telephony.setReplyUrl({
        id: pbx.id,
        replyUrl: "https://x.example/",
        expectedUpdatedAt: pbx.updatedAt.toISOString(),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is an admin's to change", async () => {
    const i = await chat();
    const api = await callerAs(t.db, repId);
    await expect(
      api.telephony.setReplyUrl({
        id: i.id,
        replyUrl: "https://x.example/",
        expectedUpdatedAt: i.updatedAt.toISOString(),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
