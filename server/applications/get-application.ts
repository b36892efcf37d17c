import { accountChildScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";

/** Seed 001's Application Details: one application of an account the viewer can see. */
export async function getApplication({ db, viewer }: ServiceContext, id: string) {
  const application = await db.application.findFirst({
    where: { id, ...accountChildScope(viewer) },
    include: { account: { select: { id: true, partyGroupName: true } } },
  });
  if (!application) throw notFound("Application");
  return application;
}
