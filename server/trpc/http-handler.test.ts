import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/prisma/factories/index.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { viewerOf } from "../test/sign-in-as.ts";
import { buildContext } from "./context.ts";
import { handleTrpcRequest } from "./http-handler.ts";
import { MAX_TRPC_BATCH } from "./batch-limit.ts";
import type { Viewer } from "../access/viewer.ts";

let t: TestDb;
let admin: Viewer;
beforeAll(async () => {
  t = await createTestDb();
  admin = await viewerOf(t.db, (await createUser(t.db, { role: "ADMIN" })).id);
});
afterAll(() => t.close());

/** A GET batch of `n` calls to one cheap query, as httpBatchLink sends it. */
function batchOf(n: number): Request {
  const paths = Array.from({ length: n }, () => "simulator.scripts").join(",");
  const input = JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}])));
  return new Request(`http://localhost/api/trpc/${paths}?batch=1&input=${encodeURIComponent(input)}`);
}

const call = (req: Request) => handleTrpcRequest(req, async () => buildContext({ db: t.db, viewer: admin }));

describe("the tRPC endpoint's batches", () => {
  it(`answers a batch of ${MAX_TRPC_BATCH} calls`, async () => {
    const res = await call(batchOf(MAX_TRPC_BATCH));
    expect(res.status).toBe(200);
    expect((await res.json()) as unknown[]).toHaveLength(MAX_TRPC_BATCH);
  });

  it("refuses a larger batch with 400 before running any of it", async () => {
    const res = await call(batchOf(MAX_TRPC_BATCH + 1));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/batch/i);
  });
});
