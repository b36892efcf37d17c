import { EventEmitter } from "node:events";
import pg from "pg";
import { logger } from "../logger.ts";
import { databaseUrl, isPostgresUrl } from "../../scripts/lib/database-url.mjs";

/**
 * Wakes the live streams of agents who have new notifications. It carries only agent ids: the
 * stream then reads the notifications from the database, so a wake-up that arrives twice or on
 * an instance that lost one costs a query, never a message.
 */
export type AgentBus = {
  publish(agentIds: readonly string[]): Promise<void>;
  subscribe(agentId: string, onWake: () => void): () => void;
  close(): Promise<void>;
};

const CHANNEL = "dealfloor_agent";

function localEmitter(): EventEmitter {
  const emitter = new EventEmitter();
  // One listener per open browser tab; a busy floor has hundreds.
  emitter.setMaxListeners(0);
  return emitter;
}

/** One process (PGlite, tests): an in-memory emitter. */
export function createInProcessBus(): AgentBus {
  const emitter = localEmitter();
  return {
    async publish(agentIds) {
      for (const id of new Set(agentIds)) emitter.emit(id);
    },
    subscribe(agentId, onWake) {
      emitter.on(agentId, onWake);
      return () => emitter.off(agentId, onWake);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/**
 * Several app instances on one PostgreSQL: NOTIFY reaches every instance's LISTEN connection,
 * which wakes the streams it holds. The listener reconnects by itself after a drop.
 */
export function createPostgresBus(connectionString: string): AgentBus {
  const emitter = localEmitter();
  const publisher = new pg.Pool({ connectionString, max: 2 });
  // An idle connection the server drops (a restart, a failover) must not take the app down with it.
  publisher.on("error", (err) => logger.warn({ err }, "agent bus publisher connection dropped"));
  let listener: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;

  const listen = (): Promise<void> =>
    (connecting ??= (async () => {
      const client = new pg.Client({ connectionString });
      client.on("notification", (msg) => msg.payload && emitter.emit(msg.payload));
      client.on("error", (err) => {
        logger.warn({ err }, "agent bus listener dropped; reconnecting");
        listener = null;
        connecting = null;
        void client.end().catch(() => undefined);
        if (!closed) setTimeout(() => void listen().catch(() => undefined), 1000);
      });
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      listener = client;
      // Streams that subscribed while the connection was down may have missed a wake-up.
      for (const name of emitter.eventNames()) emitter.emit(name);
    })().catch((err: unknown) => {
      connecting = null;
      throw err;
    }));

  return {
    async publish(agentIds) {
      for (const id of new Set(agentIds)) await publisher.query("SELECT pg_notify($1, $2)", [CHANNEL, id]);
    },
    subscribe(agentId, onWake) {
      emitter.on(agentId, onWake);
      void listen().catch((err: unknown) => logger.error({ err }, "agent bus could not LISTEN"));
      return () => emitter.off(agentId, onWake);
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
      await Promise.all([listener?.end(), publisher.end()]);
    },
  };
}

const globalForBus = globalThis as unknown as { dealfloorAgentBus?: AgentBus };

/** The process's bus, matching the database the app runs on. */
export function agentBus(): AgentBus {
  const url = databaseUrl();
  return (globalForBus.dealfloorAgentBus ??= isPostgresUrl(url)
    ? createPostgresBus(url)
    : createInProcessBus());
}
