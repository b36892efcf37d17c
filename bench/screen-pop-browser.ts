// The screen pop as the rep sees it: from a signed webhook posted to a running app until the
// signed-in browser shows the customer's page. Run against a production server with the demo
// seed (`npm start`, or `DATABASE_URL=postgres://… DEALFLOOR_DEMO=1 PORT=3300 npm start`):
//   APP_URL=http://localhost:3000 npx tsx bench/screen-pop-browser.ts [runs]
import { chromium } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { DEMO_INTEGRATION_SECRETS, DEMO_PASSWORD, DEMO_USERS } from "../prisma/demo-users.ts";
import { signedHeaders } from "../server/telephony/signature.ts";
import { signedLookupHeaders } from "../server/telephony/find-integration.ts";
import { runBench } from "./run-bench.ts";

const BASE = (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
const RUNS = Number(process.argv[2] ?? 20);
const CALLER = "+441144960958"; // Daan Fernández, Northwind Wealth Partners (demo seed)

async function post(integrationId: string, event: Record<string, unknown>) {
  const body = JSON.stringify({ eventId: randomUUID(), occurredAt: new Date().toISOString(), ...event });
  const res = await fetch(`${BASE}/api/telephony/webhooks/${integrationId}`, {
    method: "POST",
    body,
    headers: signedHeaders(DEMO_INTEGRATION_SECRETS["Demo PBX"], body),
  });
  if (res.status >= 300) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as { sessionId: string };
}

async function main() {
  const { id } = (await (
    await fetch(`${BASE}/api/telephony/integrations?name=Demo%20PBX`, {
      headers: signedLookupHeaders(DEMO_INTEGRATION_SECRETS["Demo PBX"], "Demo PBX"),
    })
  ).json()) as { id: string };
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const page = await browser.newPage();
  await page.goto(`${BASE}/login`);
  await page.getByLabel("Email").fill(DEMO_USERS.alice.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  const ms: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    await page.goto(`${BASE}/dashboard`);
    await page.locator('[data-testid="stream-status"][data-connected="true"]').waitFor();
    const callId = `bench-${randomUUID()}`;
    const started = performance.now();
    const { sessionId } = await post(id, {
      type: "call.ringing",
      callId,
      from: CALLER,
      line: DEMO_USERS.alice.line,
    });
    await page.waitForURL(new RegExp(`session=${sessionId}`));
    await page.getByRole("heading", { level: 1, name: "Northwind Wealth Partners LLP" }).waitFor();
    if (i >= 2) ms.push(performance.now() - started); // the first two warm the route up
    await post(id, { type: "call.ended", callId });
  }
  await browser.close();
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)]!;
  console.log(
    `Screen pop in the browser, ${RUNS} calls to ${BASE}: p50 ${at(50).toFixed(0)} ms, p95 ${at(95).toFixed(0)} ms, max ${ms[ms.length - 1]!.toFixed(0)} ms (target: within a second)`,
  );
}

runBench(main);
