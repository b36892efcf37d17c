import type { PrismaClient } from "../server/generated/prisma/client.ts";
import { hashPassword } from "../server/auth/password.ts";
import { createRng } from "./random.ts";
import { DEMO_PASSWORD } from "./demo-users.ts";
import { emptyRows, insertDemoRows, type DemoRows, type SeededModel } from "./demo/demo-rows.ts";
import { buildDemoPeople } from "./demo/demo-people.ts";
import { buildDemoBook } from "./demo/demo-book.ts";
import { buildDemoCampaigns } from "./demo/demo-campaigns.ts";
import { buildDemoLeads } from "./demo/demo-leads.ts";
import { buildDemoOpportunities } from "./demo/demo-opportunities.ts";
import { buildDemoEvents } from "./demo/demo-events.ts";
import { buildDemoSalesTab } from "./demo/demo-sales-tab.ts";
import { buildDemoInteractions } from "./demo/demo-interactions.ts";
import { buildDemoTargets } from "./demo/demo-targets.ts";
import { buildDemoCommCentre } from "./demo/demo-comm-centre.ts";

export { DEMO_PASSWORD, DEMO_USERS, DEMO_USER_LIST } from "./demo-users.ts";

/** Changing the seed changes every id and name in the demo: do it only on purpose. */
export const DEMO_SEED = "dealfloor-demo-v1";

export type DemoSamples = {
  /** A contact's number that matches exactly one record: the screen pop opens it directly. */
  singleMatchPhone: string;
  /** A switchboard shared by an account and one of its contacts: the screen pop offers a choice. */
  sharedPhone: string;
  /** A fictional number on no record: the screen pop offers a new lead. */
  unknownPhone: string;
};

export type DemoData = {
  rows: DemoRows;
  /** Converted leads and the opportunity each became; linked after both rows exist. */
  conversions: { leadId: string; opportunityId: string }[];
  samples: DemoSamples;
};

/** `counts` is rows written per model: empty when the demo was already there (`created: false`). */
export type SeedDemoResult =
  | { created: false; counts: Partial<Record<SeededModel, number>> }
  | { created: true; counts: Record<SeededModel, number>; samples: DemoSamples; ms: number };

/**
 * Every demo row, built in memory from the fixed seed: the same ids, names and amounts on every
 * run; dates are placed relative to `now`. Each area draws from its own stream, so growing one
 * area leaves the others' data unchanged.
 */
export function buildDemoData(passwordHash: string, now: Date): DemoData {
  const rng = createRng(DEMO_SEED);
  const rows = emptyRows();
  const templates = buildDemoCommCentre(rng.fork("comm-centre"), rows);
  const people = buildDemoPeople(rng.fork("people"), rows, passwordHash, now);
  const book = buildDemoBook(rng.fork("book"), rows, people, now);
  const campaigns = buildDemoCampaigns(rng.fork("campaigns"), rows, people, book, now);
  const conversions = buildDemoLeads(rng.fork("leads"), rows, people, book, campaigns, now);
  const opportunities = buildDemoOpportunities(
    rng.fork("opportunities"),
    rows,
    book,
    campaigns,
    conversions,
    now,
  );
  buildDemoEvents(rng.fork("events"), rows, people, book, opportunities, now);
  const consent = buildDemoSalesTab(rng.fork("sales-tab"), rows, book, now);
  buildDemoInteractions(rng.fork("interactions"), rows, book, opportunities, templates, consent, now);
  buildDemoTargets(rng.fork("targets"), rows, people, now);
  return {
    rows,
    conversions: conversions.map((c) => ({ leadId: c.leadId, opportunityId: c.opportunityId as string })),
    samples: { ...book.samples, unknownPhone: "+441614960999" },
  };
}

/**
 * Seeds the demo sales floor once. A database that already holds demo users is left alone
 * (`{ created: false }`); everything is written in one transaction, so a crash leaves nothing
 * behind and the seed can simply run again.
 */
export async function seedDemo(
  db: PrismaClient,
  { now = new Date() }: { now?: Date } = {},
): Promise<SeedDemoResult> {
  if (await db.user.findFirst({ where: { isDemo: true }, select: { id: true } }))
    return { created: false, counts: {} };
  const started = performance.now();
  // argon2id is slow on purpose: hash the shared demo password once for every demo user.
  const data = buildDemoData(await hashPassword(DEMO_PASSWORD), now);
  const counts = await db.$transaction(
    async (tx) => {
      // Re-checked inside the transaction: two seeds started together must not both write.
      if (await tx.user.findFirst({ where: { isDemo: true }, select: { id: true } })) return null;
      const counts = await insertDemoRows(tx, data.rows);
      for (const c of data.conversions) {
        await tx.lead.update({ where: { id: c.leadId }, data: { convertedOpportunityId: c.opportunityId } });
      }
      return counts;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  if (!counts) return { created: false, counts: {} };
  return { created: true, counts, samples: data.samples, ms: Math.round(performance.now() - started) };
}
