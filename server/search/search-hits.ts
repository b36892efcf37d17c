import { accountScope, contactScope, leadScope, opportunityScope } from "../access/visibility.ts";
import type { ServiceContext } from "../service-context.ts";
import type { SearchType } from "./search-query.ts";

export type SearchHit = {
  type: SearchType;
  id: string;
  title: string;
  subtitle: string;
  href: string;
  matchedOn: "name" | "similar name" | "phone" | "email" | "identifier";
};

type Matched = { id: string; matchedOn: SearchHit["matchedOn"] };
type Ctx = Pick<ServiceContext, "db" | "viewer">;

const human = (v: string) => v.charAt(0) + v.slice(1).toLowerCase().replace(/_/g, " ");

// One query per type, whatever the number of hits; the where-builder is the last word on access.
async function load(
  { db, viewer }: Ctx,
  type: SearchType,
  ids: string[],
): Promise<Omit<SearchHit, "matchedOn">[]> {
  const idIn = { id: { in: ids } };
  switch (type) {
    case "account": {
      const rows = await db.account.findMany({
        where: { AND: [accountScope(viewer), idIn] },
        select: { id: true, partyGroupName: true, accountType: true, location: true, isCustomer: true },
      });
      return rows.map((a) => ({
        type,
        id: a.id,
        title: a.partyGroupName,
        subtitle: [human(a.accountType), a.isCustomer ? "Customer" : null, a.location]
          .filter(Boolean)
          .join(" · "),
        href: `/accounts/${a.id}`,
      }));
    }
    case "contact": {
      const rows = await db.contact.findMany({
        where: { AND: [contactScope(viewer), idIn] },
        select: {
          id: true,
          foreName: true,
          middleInitial: true,
          surname: true,
          jobTitle: true,
          account: { select: { partyGroupName: true } },
        },
      });
      return rows.map((c) => ({
        type,
        id: c.id,
        title: [c.foreName, c.middleInitial, c.surname].filter(Boolean).join(" "),
        subtitle: [c.jobTitle, c.account?.partyGroupName].filter(Boolean).join(" · "),
        href: `/contacts/${c.id}`,
      }));
    }
    case "lead": {
      const rows = await db.lead.findMany({
        where: { AND: [leadScope(viewer), idIn] },
        select: {
          id: true,
          foreName: true,
          surname: true,
          partyId: true,
          partyGroupName: true,
          status: true,
        },
      });
      return rows.map((l) => ({
        type,
        id: l.id,
        title: `${l.foreName} ${l.surname}`,
        subtitle: [l.partyId, l.partyGroupName, human(l.status)].filter(Boolean).join(" · "),
        href: `/leads/${l.id}`,
      }));
    }
    case "opportunity": {
      const rows = await db.opportunity.findMany({
        where: { AND: [opportunityScope(viewer), idIn] },
        select: { id: true, name: true, stage: true, account: { select: { partyGroupName: true } } },
      });
      return rows.map((o) => ({
        type,
        id: o.id,
        title: o.name,
        subtitle: [o.account.partyGroupName, human(o.stage)].join(" · "),
        href: `/opportunities/${o.id}`,
      }));
    }
  }
}

/** The matched ids as hits, in match order, leaving out any the viewer may not see. */
export async function hydrateHits(
  ctx: Ctx,
  type: SearchType,
  matched: Matched[],
  limit: number,
): Promise<SearchHit[]> {
  if (!matched.length) return [];
  const rows = new Map(
    (
      await load(
        ctx,
        type,
        matched.map((m) => m.id),
      )
    ).map((r) => [r.id, r]),
  );
  return matched
    .filter((m) => rows.has(m.id))
    .slice(0, limit)
    .map((m) => ({ ...rows.get(m.id)!, matchedOn: m.matchedOn }));
}
