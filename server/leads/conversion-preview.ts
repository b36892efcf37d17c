import { accountScope, leadScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";

/**
 * What converting would link, shown before the rep confirms: the visible account whose Party
 * Group Name matches the lead's (the default), and similarly named accounts to choose from.
 */
export async function conversionPreview({ db, viewer }: ServiceContext, id: string) {
  const lead = await db.lead.findFirst({
    where: { id, ...leadScope(viewer) },
    select: { partyGroupName: true },
  });
  if (!lead) throw notFound("Lead");
  const name = lead.partyGroupName?.trim();
  if (!name) return { matchedAccount: null, candidates: [] };
  const candidates = await db.account.findMany({
    where: {
      ...accountScope(viewer),
      partyGroupName: { contains: name.split(/\s+/)[0]!, mode: "insensitive" },
    },
    select: { id: true, partyGroupName: true },
    orderBy: { partyGroupName: "asc" },
    take: 10,
  });
  const matchedAccount =
    candidates.find((a) => a.partyGroupName.toLowerCase() === name.toLowerCase()) ?? null;
  return { matchedAccount, candidates };
}
