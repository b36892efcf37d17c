import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createInProcessBus, createPostgresBus, type AgentBus } from "./agent-bus.ts";

const onPostgres = !!process.env.DATABASE_URL?.startsWith("postgres");

function wokenWithin(bus: AgentBus, agentId: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => (off(), resolve(false)), ms);
    const off = bus.subscribe(agentId, () => {
      clearTimeout(timer);
      off();
      resolve(true);
    });
  });
}

describe("agent bus", () => {
  it("in one process, wakes the agent's streams and nobody else's", async () => {
    const bus = createInProcessBus();
    const alice = wokenWithin(bus, "alice", 200);
    const bob = wokenWithin(bus, "bob", 200);
    await bus.publish(["alice"]);
    expect(await alice).toBe(true);
    expect(await bob).toBe(false);
    await bus.close();
  });

  describe.runIf(onPostgres)("across app instances on PostgreSQL", () => {
    let t: TestDb;
    let instanceA: AgentBus;
    let instanceB: AgentBus;
    beforeAll(async () => {
      t = await createTestDb();
      instanceA = createPostgresBus(t.url);
      instanceB = createPostgresBus(t.url);
    });
    afterAll(async () => {
      await Promise.all([instanceA.close(), instanceB.close()]);
      await t.close();
    });

    it("a publish on one instance wakes the agent's stream held by another, through LISTEN/NOTIFY", async () => {
      // The first subscription opens the LISTEN connection; give it a moment before publishing.
      const warm = wokenWithin(instanceB, "warm-up", 2000);
      await new Promise((r) => setTimeout(r, 300));
      await instanceA.publish(["warm-up"]);
      expect(await warm).toBe(true);
      const alice = wokenWithin(instanceB, "alice", 2000);
      const bob = wokenWithin(instanceB, "bob", 500);
      await instanceA.publish(["alice"]);
      expect(await alice).toBe(true);
      expect(await bob).toBe(false);
    });
  });
});
