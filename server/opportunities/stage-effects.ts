import type { ForecastCategory, OpportunityStage } from "../generated/prisma/enums.ts";
import { DEFAULT_PROBABILITY, defaultForecastCategory, isClosed } from "./stage-defaults.ts";

type Current = {
  stage: OpportunityStage;
  probability: number;
  forecastCategory: ForecastCategory;
  closedAt: Date | null;
};

/**
 * What a stage change does to the fields that follow the stage. A new stage brings its default
 * probability and forecast category unless the same save sets them; staying put keeps the rep's
 * edited values. Closing stamps closedAt; reopening clears it.
 */
export function stageEffects(
  current: Current | null,
  next: { stage: OpportunityStage; probability?: number; forecastCategory?: ForecastCategory },
  now = new Date(),
) {
  const moved = !current || current.stage !== next.stage;
  const probability = next.probability ?? (moved ? DEFAULT_PROBABILITY[next.stage] : current.probability);
  const forecastCategory =
    next.forecastCategory ?? (moved ? defaultForecastCategory(next.stage) : current.forecastCategory);
  const closedAt = isClosed(next.stage) ? (moved || !current?.closedAt ? now : current.closedAt) : null;
  return { moved, probability, forecastCategory, closedAt };
}
