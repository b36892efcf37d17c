import { campaignScope } from "../access/visibility.ts";
import type { ServiceContext } from "../service-context.ts";

/** Campaigns still running or planned, which new activities may go under. */
export async function campaignOptions({ db, viewer }: ServiceContext) {
  return db.campaign.findMany({
    where: { ...campaignScope(viewer), status: { in: ["PLANNED", "ACTIVE"] } },
    select: { id: true, name: true },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    take: 200,
  });
}
