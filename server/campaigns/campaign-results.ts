import { Prisma } from "../generated/prisma/client.ts";
import { campaignScope, leadScope, opportunityScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { decimalToEur, REPORTING_CURRENCY } from "../forecasts/fx-to-eur.ts";
import type { ServiceContext } from "../service-context.ts";

/**
 * What a campaign brought in, counted over the records the viewer may see: its leads (and how
 * many converted), its opportunities (open, won, lost), and the won amount in the reporting
 * currency, with the amount per original currency beside it.
 */
export async function campaignResults({ db, viewer }: ServiceContext, campaignId: string) {
  const campaign = await db.campaign.count({ where: { id: campaignId, ...campaignScope(viewer) } });
  if (!campaign) throw notFound("Campaign");
  const leads = { campaignId, ...leadScope(viewer) };
  const opps = { campaignId, ...opportunityScope(viewer) };
  const [leadCount, converted, byStage, won] = await Promise.all([
    db.lead.count({ where: leads }),
    db.lead.count({ where: { ...leads, status: "CONVERTED" } }),
    db.opportunity.groupBy({ by: ["stage"], where: opps, _count: { _all: true } }),
    db.opportunity.groupBy({
      by: ["currency"],
      where: { ...opps, stage: "CLOSED_WON" },
      _sum: { estimatedAmount: true },
      orderBy: { currency: "asc" },
    }),
  ]);
  const count = (stage?: string) =>
    byStage.filter((s) => !stage || s.stage === stage).reduce((n, s) => n + s._count._all, 0);
  const wonByCurrency = won.map((w) => ({
    currency: w.currency,
    amount: (w._sum.estimatedAmount ?? new Prisma.Decimal(0)).toFixed(2),
  }));
  const wonAmount = won.reduce(
    (sum, w) => sum.add(decimalToEur(w._sum.estimatedAmount ?? 0, w.currency)),
    new Prisma.Decimal(0),
  );
  const opportunities = count();
  const wonCount = count("CLOSED_WON");
  const lostCount = count("CLOSED_LOST");
  return {
    leads: leadCount,
    convertedLeads: converted,
    opportunities,
    openOpportunities: opportunities - wonCount - lostCount,
    won: wonCount,
    lost: lostCount,
    wonAmount: wonAmount.toFixed(2),
    currency: REPORTING_CURRENCY,
    wonByCurrency,
  };
}
