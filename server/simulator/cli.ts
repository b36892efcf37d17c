// npm run simulate -- call --from +441144960958 [--line +442079460111] [--agent email] [--script fx-spot]
//                      [--url http://localhost:3000] [--fast] [--integration "Demo PBX"] [--secret …]
// npm run simulate -- chat --from +441514960394 --line +442079460113
// npm run simulate -- list
// Sends real signed webhooks to a running app, as a PBX or chat provider would.
import { parseArgs } from "node:util";
import { DEMO_INTEGRATION_SECRETS } from "./demo-integration-secrets.ts";
import { DEMO_SCRIPTS } from "./scripts.ts";
import { buildScenarioEvents } from "./scenario-events.ts";
import { runScenario } from "./run-scenario.ts";
import { signedLookupHeaders } from "../telephony/find-integration.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: "string" },
    line: { type: "string" },
    agent: { type: "string" },
    script: { type: "string" },
    url: { type: "string", default: process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}` },
    integration: { type: "string" },
    secret: { type: "string" },
    fast: { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const command = positionals[0] ?? "list";
  if (command === "list") {
    for (const s of DEMO_SCRIPTS)
      console.log(`${s.key.padEnd(16)} ${s.channel.padEnd(5)} from ${s.from} to ${s.line}  ${s.title}`);
    return;
  }
  if (command !== "call" && command !== "chat") fail(`Unknown command "${command}": use call, chat or list.`);
  const channel = command === "call" ? "CALL" : "CHAT";
  const script = values.script
    ? DEMO_SCRIPTS.find((s) => s.key === values.script)
    : (DEMO_SCRIPTS.find((s) => s.channel === channel && (!values.from || s.from === values.from)) ??
      DEMO_SCRIPTS.find((s) => s.channel === channel));
  if (!script) fail(`No script "${values.script}". Try: npm run simulate -- list`);
  if (script.channel !== channel)
    fail(`Script "${script.key}" is a ${script.channel.toLowerCase()}, not a ${command}.`);

  const name = values.integration ?? (channel === "CALL" ? "Demo PBX" : "Demo Chat");
  const secret = values.secret ?? DEMO_INTEGRATION_SECRETS[name as keyof typeof DEMO_INTEGRATION_SECRETS];
  if (!secret) fail(`Give --secret for the integration "${name}".`);
  const base = values.url!.replace(/\/$/, "");
  const found = await fetch(`${base}/api/telephony/integrations?name=${encodeURIComponent(name)}`, {
    headers: signedLookupHeaders(secret, name),
  }).catch(() => fail(`No app answers at ${base}: start it with npm start.`));
  if (!found.ok) fail(`Integration "${name}": ${found.status} ${await found.text()}`);
  const { id } = (await found.json()) as { id: string };

  const events = buildScenarioEvents(script, { from: values.from, line: values.line, agent: values.agent });
  const started = Date.now();
  console.log(
    `${script.title}\n${events.length} events to ${base} as "${name}"${values.fast ? " (fast)" : ""}`,
  );
  await runScenario({
    baseUrl: base,
    integrationId: id,
    secret,
    events,
    speed: values.fast ? 20 : 1,
    onSent: (s) =>
      console.log(
        `  +${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${s.type.padEnd(19)} ${s.status}`,
      ),
  });
}

main().then(
  () => process.exit(0),
  (e: unknown) => fail(e instanceof Error ? e.message : String(e)),
);
