import { leadScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";

export async function getLead({ db, viewer }: ServiceContext, id: string) {
  const lead = await db.lead.findFirst({
    where: { id, ...leadScope(viewer) },
    include: {
      owner: { select: { id: true, name: true } },
      contactList: { select: { id: true, name: true } },
      campaign: { select: { id: true, name: true } },
      contactMechanisms: { orderBy: [{ isPrimary: "desc" }, { type: "asc" }] },
      // Conversion links, shown on the lead so it leads on to what it became.
      convertedAccount: { select: { id: true, partyGroupName: true } },
      convertedContact: { select: { id: true, foreName: true, surname: true } },
      convertedOpportunity: { select: { id: true, name: true } },
    },
  });
  if (!lead) throw notFound("Lead");
  return lead;
}
