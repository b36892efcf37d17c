import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createCtiIntegration } from "../../prisma/factories/index.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { errorResponse } from "./error-response.ts";

// Route handlers answer errors through errorResponse. A database refusal that is the caller's
// doing (a duplicate key, a row gone meanwhile) used to be a 500 there while tRPC answered 409/404.

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const caught = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail("expected a database error"),
    (e: unknown) => e,
  );
const body = async (res: Response) => ((await res.json()) as { error: Record<string, unknown> }).error;

describe("errorResponse", () => {
  it("answers a duplicate key 409 with the field named, as tRPC does", async () => {
    const taken = await createCtiIntegration(t.db);
    const err = await caught(t.db.ctiIntegration.create({ data: { name: taken.name, kind: "PBX" } }));
    const res = errorResponse(err);
    expect(res.status).toBe(409);
    const error = await body(res);
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/already has this name/);
    expect(error.fieldErrors).toEqual({ name: [expect.stringMatching(/already has this name/)] });
  });

  it("answers a row gone under an update 404", async () => {
    const err = await caught(
      t.db.ctiIntegration.update({
        where: { id: "019a0000-0000-7000-8000-000000000000" },
        data: { enabled: false },
      }),
    );
    const res = errorResponse(err);
    expect(res.status).toBe(404);
    expect((await body(res)).code).toBe("NOT_FOUND");
  });

  it("keeps an AppError's field messages and hides anything else behind a reference", async () => {
    const refused = errorResponse(
      new AppError(AppErrorCode.BAD_REQUEST, "No.", { fields: { name: "Too long" } }),
    );
    expect(refused.status).toBe(400);
    expect((await body(refused)).fieldErrors).toEqual({ name: ["Too long"] });
    const unknown = errorResponse(new Error("connection to db.internal:5432 refused"));
    expect(unknown.status).toBe(500);
    expect(JSON.stringify(await body(unknown))).not.toMatch(/db\.internal/);
  });
});
