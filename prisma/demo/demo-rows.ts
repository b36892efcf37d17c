import type { CreateManyRow, DbClient } from "../factories/insert-in-chunks.ts";
import { insertInChunks } from "../factories/insert-in-chunks.ts";
import { insertByUnnest } from "../../server/db/insert-by-unnest.ts";

// Models with array columns (String[]) go through createMany: unnest cannot carry arrays of arrays.
const WITH_ARRAY_COLUMNS = new Set<SeededModel>(["account", "commCentreRule"]);

/** Models the demo seeds, in an order that satisfies every foreign key. */
export const SEEDED_MODELS = [
  "team",
  "user",
  "teamMembership",
  "agentLine",
  "messageTemplate",
  "messageTemplateVersion",
  "ctiIntegration",
  "integrationSecret",
  "commCentreRule",
  "account",
  "contact",
  "campaign",
  "contactList",
  "lead",
  "contactListMember",
  "contactMechanism",
  "opportunity",
  "opportunityStageHistory",
  "campaignActivity",
  "event",
  "eventAttendee",
  "interaction",
  "deal",
  "contract",
  "agreement",
  "application",
  "link",
  "salesQuota",
  "forecastAdjustment",
] as const;

export type SeededModel = (typeof SEEDED_MODELS)[number];

export type DemoRows = { [M in SeededModel]: CreateManyRow<M>[] };

export function emptyRows(): DemoRows {
  return Object.fromEntries(SEEDED_MODELS.map((m) => [m, []])) as unknown as DemoRows;
}

export async function insertDemoRows(db: DbClient, rows: DemoRows): Promise<Record<SeededModel, number>> {
  const counts = {} as Record<SeededModel, number>;
  for (const model of SEEDED_MODELS) {
    const data = rows[model] as CreateManyRow<typeof model>[];
    // insertByUnnest skips Prisma's per-row client work: the demo seeds ~3x faster that way.
    counts[model] = WITH_ARRAY_COLUMNS.has(model)
      ? await insertInChunks(db, model, data)
      : await insertByUnnest(
          db,
          model.charAt(0).toUpperCase() + model.slice(1),
          data as unknown as Record<string, unknown>[],
        );
  }
  return counts;
}
