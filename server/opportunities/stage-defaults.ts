import type { ForecastCategory, OpportunityStage } from "../generated/prisma/enums.ts";

// The sales process in board order. Kept free of Prisma runtime imports so client components
// (the kanban, the forms) can share it with the server.
export const STAGES = [
  "PROSPECTING",
  "QUALIFICATION",
  "NEEDS_ANALYSIS",
  "PROPOSAL",
  "NEGOTIATION",
  "CLOSED_WON",
  "CLOSED_LOST",
] as const satisfies readonly OpportunityStage[];

/**
 * Decision: the probability a stage suggests. A move to a stage resets the opportunity's
 * probability to this default; the rep can then edit it on the opportunity (the edit sticks until
 * the next stage change), because the desk's own judgement beats a table.
 */
export const DEFAULT_PROBABILITY: Record<OpportunityStage, number> = {
  PROSPECTING: 10,
  QUALIFICATION: 20,
  NEEDS_ANALYSIS: 40,
  PROPOSAL: 60,
  NEGOTIATION: 80,
  CLOSED_WON: 100,
  CLOSED_LOST: 0,
};

export function isClosed(stage: OpportunityStage): boolean {
  return stage === "CLOSED_WON" || stage === "CLOSED_LOST";
}

/** The forecast category a stage implies when the rep has not called it differently. */
export function defaultForecastCategory(stage: OpportunityStage): ForecastCategory {
  switch (stage) {
    case "CLOSED_WON":
      return "CLOSED";
    case "CLOSED_LOST":
      return "OMITTED";
    case "NEGOTIATION":
      return "COMMIT";
    case "PROPOSAL":
      return "BEST_CASE";
    default:
      return "PIPELINE";
  }
}

/** The neighbouring stage for keyboard moves (Alt+→ / Alt+←); null at either end. */
export function adjacentStage(stage: OpportunityStage, step: 1 | -1): OpportunityStage | null {
  return STAGES[STAGES.indexOf(stage as (typeof STAGES)[number]) + step] ?? null;
}
