import type { Prisma } from "../generated/prisma/client.ts";

/** What an event row shows wherever events are listed: the list and the week calendar. */
export const eventRowSelect = {
  id: true,
  subject: true,
  type: true,
  status: true,
  startsAt: true,
  endsAt: true,
  location: true,
  outcome: true,
  account: { select: { id: true, partyGroupName: true } },
  opportunity: { select: { id: true, name: true } },
  owner: { select: { name: true } },
  _count: { select: { attendees: true } },
} satisfies Prisma.EventSelect;
