import { randomUUID } from "node:crypto";
import { z } from "zod";
import { zText } from "../records/text.ts";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { logger } from "../logger.ts";
import { DEMO_SCRIPTS } from "./scripts.ts";
import { buildScenarioEvents } from "./scenario-events.ts";
import { runScenario, type SentEvent } from "./run-scenario.ts";

export const ZStartSimulationRequestSchema = z.object({
  scriptKey: z.enum(DEMO_SCRIPTS.map((s) => s.key) as [string, ...string[]], "Choose a script"),
  from: zText().max(40).optional(),
  line: zText().max(40).optional(),
  speed: z.number().min(0.5).max(20).default(1),
});
export const ZSimulationStatusRequestSchema = z.object({ runId: z.uuid() });

type Run = {
  id: string;
  title: string;
  total: number;
  sent: SentEvent[];
  status: "running" | "done" | "failed";
  error: string | null;
  startedAt: string;
};

// Demo tooling: runs live in this process only, and the last few are kept for the page to poll.
const runs = new Map<string, Run>();
const KEEP = 20;

const appUrl = () =>
  (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");

export function listScripts() {
  return DEMO_SCRIPTS.map(({ key, title, channel, from, line }) => ({ key, title, channel, from, line }));
}

/** Starts a scripted call or chat against this app, over real signed webhooks. */
export async function startSimulation(
  ctx: ServiceContext,
  input: z.input<typeof ZStartSimulationRequestSchema>,
) {
  const req = ZStartSimulationRequestSchema.parse(input);
  const script = DEMO_SCRIPTS.find((s) => s.key === req.scriptKey)!;
  const now = new Date();
  const integration = await ctx.db.ctiIntegration.findFirst({
    where: { enabled: true, kind: script.channel === "CALL" ? { in: ["PBX", "TURRET"] } : "CHAT" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      secrets: {
        where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { secret: true },
      },
    },
  });
  if (!integration?.secrets[0])
    throw new AppError(
      AppErrorCode.CONFLICT,
      `No enabled ${script.channel === "CALL" ? "phone" : "chat"} integration with a secret: add one under Admin → Integrations.`,
    );
  const events = buildScenarioEvents(script, { from: req.from || undefined, line: req.line || undefined });
  const run: Run = {
    id: randomUUID(),
    title: script.title,
    total: events.length,
    sent: [],
    status: "running",
    error: null,
    startedAt: now.toISOString(),
  };
  runs.set(run.id, run);
  for (const old of [...runs.keys()].slice(0, Math.max(0, runs.size - KEEP))) runs.delete(old);
  await recordAudit(ctx.db, {
    actorId: ctx.viewer.id,
    action: "simulate",
    entityType: "CtiIntegration",
    entityId: integration.id,
    after: { script: script.key, from: req.from ?? script.from },
  });
  void runScenario({
    baseUrl: appUrl(),
    integrationId: integration.id,
    secret: integration.secrets[0].secret,
    events,
    speed: req.speed,
    onSent: (s) => run.sent.push(s),
  }).then(
    () => (run.status = "done"),
    (err: unknown) => {
      run.status = "failed";
      run.error = err instanceof Error ? err.message : String(err);
      logger.warn({ err, runId: run.id }, "simulation failed");
    },
  );
  return { runId: run.id };
}

export function simulationStatus(input: z.input<typeof ZSimulationStatusRequestSchema>): Run {
  const run = runs.get(ZSimulationStatusRequestSchema.parse(input).runId);
  if (!run) throw notFound("Simulation");
  return run;
}
