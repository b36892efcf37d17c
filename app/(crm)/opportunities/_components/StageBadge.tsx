import { Badge } from "@/app/_components/ui";
import type { OpportunityStage } from "@/server/generated/prisma/enums.ts";
import { enumLabel } from "../../_list/search-params.ts";

const tone: Record<OpportunityStage, "neutral" | "blue" | "violet" | "amber" | "green" | "red"> = {
  PROSPECTING: "neutral",
  QUALIFICATION: "blue",
  NEEDS_ANALYSIS: "blue",
  PROPOSAL: "violet",
  NEGOTIATION: "amber",
  CLOSED_WON: "green",
  CLOSED_LOST: "red",
};

export function StageBadge({ stage }: { stage: OpportunityStage }) {
  return <Badge tone={tone[stage]}>{enumLabel(stage)}</Badge>;
}
