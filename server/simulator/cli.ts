// Sends real signed webhooks to a running app, as a PBX or chat provider would. Usage below.
import { parseArgs } from "node:util";
import { resolveAppUrl } from "./app-url.ts";
import { DEMO_INTEGRATION_SECRETS } from "./demo-integration-secrets.ts";
import { DEMO_SCRIPTS } from "./scripts.ts";
import { buildScenarioEvents } from "./scenario-events.ts";
import { runScenario } from "./run-scenario.ts";
import { signedLookupHeaders } from "../telephony/find-integration.ts";

const USAGE = `Usage:
  npm run simulate -- list
  npm run simulate -- call [--script fx-spot] [--from +441144960958] [--line +442079460111]
                           [--agent rep@example.com] [--fast] [--url http://localhost:3000]
                           [--integration "Demo PBX"] [--secret …]
  npm run simulate -- chat [--script …] [--from +441514960394] [--line +442079460113] …

The app's address: --url, else APP_URL, else PORT, else the app started with npm start (it records
where it listens in data/serving.json), else http://localhost:3000.`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        from: { type: "string" },
        line: { type: "string" },
        agent: { type: "string" },
        script: { type: "string" },
        url: { type: "string" },
        integration: { type: "string" },
        secret: { type: "string" },
        fast: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`, 2);
  }
}

const { values, positionals } = parse();

async function main() {
  const command = positionals[0] ?? "list";
  if (values.help || command === "help") {
    console.log(USAGE);
    return;
  }
  if (command === "list") {
    for (const s of DEMO_SCRIPTS)
      console.log(`${s.key.padEnd(16)} ${s.channel.padEnd(5)} from ${s.from} to ${s.line}  ${s.title}`);
    return;
  }
  if (command !== "call" && command !== "chat") fail(`Unknown command "${command}".\n\n${USAGE}`, 2);
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
  const target = resolveAppUrl(values.url);
  const base = target.url.replace(/\/$/, "");
  const found = await fetch(`${base}/api/telephony/integrations?name=${encodeURIComponent(name)}`, {
    headers: signedLookupHeaders(secret, name),
  }).catch(() =>
    fail(`No app answers at ${base} (from ${target.from}): start it with npm start, or pass --url.`),
  );
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
