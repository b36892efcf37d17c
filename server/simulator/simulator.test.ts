import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZWebhookEventSchema } from "../telephony/webhook-event.ts";
import { SIGNATURE_HEADERS, verifySignature } from "../telephony/signature.ts";
import { DEMO_SCRIPTS } from "./scripts.ts";
import { buildScenarioEvents } from "./scenario-events.ts";
import { runScenario } from "./run-scenario.ts";

const call = DEMO_SCRIPTS.find((s) => s.channel === "CALL")!;
const chat = DEMO_SCRIPTS.find((s) => s.channel === "CHAT")!;

describe("scripted scenarios", () => {
  it("turn a call script into valid webhooks: ringing, answered, each line in order, ended", () => {
    const events = buildScenarioEvents(call, { from: "+441234567890" });
    for (const { event } of events)
      expect(ZWebhookEventSchema.safeParse(event).success, event.type).toBe(true);
    expect(events.map((e) => e.event.type)).toEqual([
      "call.ringing",
      "call.answered",
      ...call.lines.map(() => "transcript.segment"),
      "call.ended",
    ]);
    expect(new Set(events.map((e) => e.event.callId)).size).toBe(1);
    expect(events.map((e) => e.atMs)).toEqual([...events.map((e) => e.atMs)].sort((a, b) => a - b));
    expect(
      events
        .filter((e) => e.event.type === "transcript.segment")
        .map((e) => (e.event as { seq: number }).seq),
    ).toEqual(call.lines.map((_, i) => i));
    expect(events[0]!.event).toMatchObject({ from: "+441234567890", line: call.line });
  });

  it("turn a chat script into chat events", () => {
    expect(buildScenarioEvents(chat).map((e) => e.event.type)).toEqual([
      "chat.started",
      ...chat.lines.map(() => "chat.message"),
      "chat.ended",
    ]);
  });
});

describe("running a scenario over HTTP", () => {
  let server: http.Server;
  let baseUrl: string;
  const received: { path: string; valid: boolean; type: string }[] = [];
  let refuseAfter = Infinity;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let raw = "";
      req.on("data", (c) => (raw += c));
      req.on("end", () => {
        const check = verifySignature(
          ["sim-secret"],
          req.headers[SIGNATURE_HEADERS.timestamp] as string,
          req.headers[SIGNATURE_HEADERS.signature] as string,
          raw,
        );
        received.push({ path: req.url!, valid: check.ok, type: (JSON.parse(raw) as { type: string }).type });
        res
          .writeHead(received.length > refuseAfter ? 400 : 202, { "content-type": "application/json" })
          .end("{}");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("posts every event, signed, to the integration's webhook", async () => {
    const events = buildScenarioEvents(call);
    const sent = await runScenario({
      baseUrl,
      integrationId: "abc",
      secret: "sim-secret",
      events,
      speed: Infinity,
    });
    expect(sent.map((s) => s.status)).toEqual(events.map(() => 202));
    expect(received.map((r) => r.type)).toEqual(events.map((e) => e.event.type));
    expect(received.every((r) => r.valid && r.path === "/api/telephony/webhooks/abc")).toBe(true);
  });

  it("stops at the first refusal", async () => {
    received.length = 0;
    refuseAfter = 2;
    await expect(
      runScenario({
        baseUrl,
        integrationId: "abc",
        secret: "sim-secret",
        events: buildScenarioEvents(call),
        speed: Infinity,
      }),
    ).rejects.toThrow(/refused with 400/);
    expect(received).toHaveLength(3);
  });
});
