export const campaignStatusTone = {
  PLANNED: "blue",
  ACTIVE: "green",
  COMPLETED: "neutral",
  ABORTED: "red",
} as const;
