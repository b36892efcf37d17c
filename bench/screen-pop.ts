// Screen pop on PostgreSQL with a million contacts: from a signed webhook received to the event
// written to the agent's live stream. Each run posts a ringing call from a number in the rep's
// book (one match), through ingestWebhook (signature, validation, one transaction, NOTIFY), and
// stops the clock when the agent's SSE stream — woken over LISTEN, on its own connection — has
// emitted the session with its pop. Run: `npx tsx bench/screen-pop.ts` (BENCH_DB reuses a filled
// database, see bench/search.ts).
import { randomUUID } from "node:crypto";
import { openBenchDb } from "./search.ts";
import { line, timeIt } from "./bench-db.ts";
import { runBench } from "./run-bench.ts";
import { createPostgresBus } from "../server/telephony/agent-bus.ts";
import { ingestWebhook } from "../server/telephony/ingest-webhook.ts";
import { openAgentStream } from "../server/telephony/agent-stream.ts";
import { signPayload } from "../server/telephony/signature.ts";

const AGENT_LINE = "+442079469999";
const SECRET = "bench-secret";

async function main() {
  const bench = await openBenchDb();
  const { db, rep } = bench;
  const bus = createPostgresBus(bench.url);
  const integration = await db.ctiIntegration.upsert({
    where: { name: "Bench PBX" },
    update: {},
    create: { name: "Bench PBX", kind: "PBX", secrets: { create: { secret: SECRET } } },
  });
  await db.agentLine.upsert({ where: { line: AGENT_LINE }, update: { userId: rep.id }, create: { line: AGENT_LINE, userId: rep.id } });
  const numbers = (
    await db.contactMechanism.findMany({ where: { type: "PHONE", contact: { teamId: { in: rep.teamIds } } }, select: { e164: true }, take: 500, skip: 10_000 })
  ).map((m) => m.e164!);
  console.log(`Screen pop, ${(await db.contact.count()).toLocaleString()} contacts, ${numbers.length} caller numbers from the rep's book`);

  const abort = new AbortController();
  const stream = (await openAgentStream(db, bus, rep.id, null, abort.signal)).getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  const waitFor = async (needle: string) => {
    while (!buffered.includes(needle)) buffered += decoder.decode((await stream.read()).value);
    buffered = "";
  };

  let i = 0;
  const kinds: Record<string, number> = {};
  const post = async () => {
    const from = numbers[i++ % numbers.length]!;
    const callId = randomUUID();
    const raw = JSON.stringify({ type: "call.ringing", eventId: callId, callId, occurredAt: new Date().toISOString(), from, line: AGENT_LINE });
    const ts = Math.floor(Date.now() / 1000);
    const res = await ingestWebhook(db, bus, { integrationId: integration.id, rawBody: raw, timestamp: String(ts), signature: signPayload(SECRET, ts, raw) });
    if (res.status !== 202) throw new Error(`webhook answered ${res.status}: ${JSON.stringify(res.body)}`);
    await waitFor(`"id":"${res.body.sessionId as string}"`);
  };
  const timed = await timeIt(post, 200, 20);
  line("webhook received → pop event on the agent's stream", timed, 50);

  const pops = await db.agentNotification.findMany({ where: { agentId: rep.id, type: "session" }, select: { payload: true }, take: 200, orderBy: { seq: "desc" } });
  for (const p of pops) {
    const kind = (p.payload as { pop?: { kind: string } }).pop?.kind ?? "no pop";
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  console.log("  pop kinds in the last 200 runs:", kinds);
  abort.abort();
  await bus.close();
  await bench.done();
}

runBench(main);
