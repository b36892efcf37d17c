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
  await db.agentLine.upsert({
    where: { line: AGENT_LINE },
    update: { userId: rep.id },
    create: { line: AGENT_LINE, userId: rep.id },
  });
  // The bulk factories draw phones from the few fictional ranges Ofcom reserves, so hundreds of
  // contacts share each one. A real book has one or two records per number: give 500 of the rep's
  // contacts their own direct line, and time a shared switchboard number apart.
  const callers = await db.contactMechanism.findMany({
    where: { type: "PHONE", contact: { teamId: { in: rep.teamIds } } },
    select: { id: true },
    take: 500,
    skip: 10_000,
    orderBy: { id: "asc" },
  });
  const numbers = callers.map((_, i) => `+4420379${String(10_000 + i).padStart(5, "0")}`.slice(0, 13));
  for (const [i, c] of callers.entries())
    await db.contactMechanism.update({ where: { id: c.id }, data: { e164: numbers[i], value: numbers[i] } });
  const shared = (
    await db.$queryRaw<{ e164: string; n: bigint }[]>`
    SELECT e164, count(*) AS n FROM "ContactMechanism" WHERE e164 IS NOT NULL GROUP BY e164 ORDER BY n DESC LIMIT 1`
  )[0]!;
  console.log(
    `Screen pop, ${(await db.contact.count()).toLocaleString()} contacts; ${numbers.length} direct lines; busiest shared number has ${shared.n} records`,
  );

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
  const post = async (from: string) => {
    const callId = randomUUID();
    const raw = JSON.stringify({
      type: "call.ringing",
      eventId: callId,
      callId,
      occurredAt: new Date().toISOString(),
      from,
      line: AGENT_LINE,
    });
    const ts = Math.floor(Date.now() / 1000);
    const res = await ingestWebhook(db, bus, {
      integrationId: integration.id,
      rawBody: raw,
      timestamp: String(ts),
      signature: signPayload(SECRET, ts, raw),
    });
    if (res.status !== 202) throw new Error(`webhook answered ${res.status}: ${JSON.stringify(res.body)}`);
    await waitFor(`"id":"${res.body.sessionId as string}"`);
  };
  line(
    "webhook → pop on the agent's stream (direct line)",
    await timeIt(() => post(numbers[i++ % numbers.length]!), 200, 20),
    50,
  );
  line(`webhook → pop (switchboard, ${shared.n} records)`, await timeIt(() => post(shared.e164), 50, 5));

  const pops = await db.agentNotification.findMany({
    where: { agentId: rep.id, type: "session" },
    select: { payload: true },
    take: 200,
    orderBy: { seq: "desc" },
  });
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
