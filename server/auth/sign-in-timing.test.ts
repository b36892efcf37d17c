import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { hashPassword } from "./password.ts";
import { signIn } from "./sign-in.ts";

let t: TestDb;
const KNOWN = ["k1@bank.test", "k2@bank.test", "k3@bank.test"];

beforeAll(async () => {
  t = await createTestDb();
  const passwordHash = await hashPassword("correct horse");
  for (const email of KNOWN) await t.db.user.create({ data: { email, name: email, passwordHash } });
});
afterAll(() => t.close());

async function msToFail(email: string): Promise<number> {
  const started = performance.now();
  await signIn(t.db, { email, password: "wrong guess" }, { ip: null, userAgent: "vitest" }).catch(() => {});
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe("a failed sign-in's timing", () => {
  it("is the same for an unknown e-mail as for a known one with a wrong password", async () => {
    await msToFail("warm-up@bank.test");
    const known: number[] = [];
    const unknown: number[] = [];
    // Four tries per known account stay under the account's lock; alternate so load hits both.
    for (let round = 0; round < 4; round++) {
      for (const [i, email] of KNOWN.entries()) {
        known.push(await msToFail(email));
        unknown.push(await msToFail(`nobody-${round}-${i}@bank.test`));
      }
    }
    // An argon2 check costs tens of milliseconds; skipping it for unknown e-mails made them
    // answer in a few, about a tenth of the time.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
  });
});
