import { interactionScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";

export async function getInteraction({ db, viewer }: ServiceContext, id: string) {
  const interaction = await db.interaction.findFirst({
    where: { id, ...interactionScope(viewer) },
    include: {
      account: { select: { id: true, partyGroupName: true, accountType: true } },
      contact: { select: { id: true, foreName: true, surname: true } },
      assignedUser: { select: { id: true, name: true } },
      deals: true,
    },
  });
  if (!interaction) throw notFound("Interaction");
  return interaction;
}
