import type { CampaignActivityStatus } from "../generated/prisma/enums.ts";

// The seed's statuses and the moves between them. Completed and Canceled are final; a reassigned
// activity starts again from Assigned, since the new person has not begun it.
export const ACTIVITY_MOVES = {
  start: { from: ["ASSIGNED"], to: "IN_PROGRESS" },
  complete: { from: ["IN_PROGRESS"], to: "COMPLETED" },
  cancel: { from: ["UNASSIGNED", "ASSIGNED", "IN_PROGRESS"], to: "CANCELED" },
  assign: { from: ["UNASSIGNED", "ASSIGNED", "IN_PROGRESS"], to: "ASSIGNED" },
  unassign: { from: ["ASSIGNED", "IN_PROGRESS"], to: "UNASSIGNED" },
} as const satisfies Record<string, { from: readonly CampaignActivityStatus[]; to: CampaignActivityStatus }>;
export type ActivityMove = keyof typeof ACTIVITY_MOVES;

export const STATUS_LABEL: Record<CampaignActivityStatus, string> = {
  UNASSIGNED: "Unassigned",
  ASSIGNED: "Assigned",
  IN_PROGRESS: "In Progress",
  COMPLETED: "Completed",
  CANCELED: "Canceled",
};

const VERB: Record<ActivityMove, string> = {
  start: "started",
  complete: "completed",
  cancel: "canceled",
  assign: "assigned",
  unassign: "unassigned",
};

export function canMove(status: CampaignActivityStatus, move: ActivityMove): boolean {
  return (ACTIVITY_MOVES[move].from as readonly CampaignActivityStatus[]).includes(status);
}

/** Why a move is refused from a status, in the words the page uses. */
export function refusedMoveMessage(status: CampaignActivityStatus, move: ActivityMove): string {
  return `This activity is ${STATUS_LABEL[status]}: it cannot be ${VERB[move]}.`;
}
