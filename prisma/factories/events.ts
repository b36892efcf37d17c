import type { Rng } from "../random.ts";
import { addDays, workingMoment } from "../random.ts";
import type { Event, EventType } from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { resolveOwnerAndTeam } from "./owner-and-team.ts";

export type EventRow = CreateManyRow<"event">;
export type EventAttendeeRow = CreateManyRow<"eventAttendee">;

export const EVENT_SUBJECTS: Record<EventType, readonly string[]> = {
  MEETING: [
    "Quarterly relationship review",
    "Treasury strategy meeting",
    "Credit facility renewal meeting",
    "Portfolio review",
  ],
  CALL: ["Pricing call", "Hedging strategy call", "Rates outlook call", "Onboarding call"],
  CLIENT_VISIT: [
    "Site visit",
    "Visit to the finance team",
    "Lunch with the CFO",
    "Visit to the family office",
  ],
  PRESENTATION: [
    "Proposal presentation",
    "FX risk management presentation",
    "Investment proposal walkthrough",
  ],
  CONFERENCE: [
    "Treasury Management conference",
    "FX Week Europe",
    "Private Wealth Forum",
    "Debt capital markets summit",
  ],
  FOLLOW_UP: ["Follow-up on the term sheet", "Follow-up on KYC documents", "Follow-up after the roadshow"],
};

/** Typical length in minutes, by type. */
const DURATION: Record<EventType, readonly number[]> = {
  MEETING: [30, 45, 60, 90],
  CALL: [15, 30, 30, 45],
  CLIENT_VISIT: [90, 120, 180],
  PRESENTATION: [60, 90],
  CONFERENCE: [240, 480],
  FOLLOW_UP: [15, 30],
};

export const OUTCOME_NOTES = {
  POSITIVE: [
    "Client agreed to go ahead; term sheet to follow",
    "Strong interest, asked for pricing by Friday",
    "Mandate confirmed verbally",
  ],
  NEUTRAL: [
    "Useful discussion, no decision yet",
    "Client will revert after the board meeting",
    "Need to involve the credit team",
  ],
  NEGATIVE: [
    "Client staying with the incumbent bank",
    "Pricing not competitive enough",
    "Budget frozen until next year",
  ],
  NO_SHOW: ["Client did not join; rescheduling", "Meeting missed, left a voicemail"],
} as const;

export function buildEvent(
  rng: Rng,
  overrides: Partial<EventRow> & Pick<EventRow, "ownerId" | "teamId">,
  { now = new Date() }: { now?: Date } = {},
): EventRow {
  const type = overrides.type ?? rng.pick(Object.keys(EVENT_SUBJECTS) as EventType[]);
  const startsAt = workingMoment(rng, addDays(now, rng.int(1, 21)));
  return {
    id: rng.uuid(),
    subject: rng.pick(EVENT_SUBJECTS[type]),
    type,
    status: "PLANNED",
    startsAt,
    endsAt: new Date(startsAt.getTime() + rng.pick(DURATION[type]) * 60_000),
    ...overrides,
  };
}

export function buildEventAttendee(
  rng: Rng,
  overrides: Pick<EventAttendeeRow, "eventId"> & ({ userId: string } | { contactId: string }),
): EventAttendeeRow {
  return { id: rng.uuid(), ...overrides };
}

export type CreateEventInput = Partial<EventRow> & {
  attendeeUserIds?: string[];
  attendeeContactIds?: string[];
};

/** One event for a test; its owner attends unless `attendeeUserIds` says otherwise. */
export async function createEvent(db: DbClient, input: CreateEventInput = {}): Promise<Event> {
  const { attendeeUserIds, attendeeContactIds = [], ...overrides } = input;
  const rng = factoryRng();
  const { ownerId, teamId } = await resolveOwnerAndTeam(db, overrides);
  const event = await db.event.create({ data: buildEvent(rng, { ...overrides, ownerId, teamId }) });
  const attendees = [
    ...(attendeeUserIds ?? [ownerId]).map((userId) => buildEventAttendee(rng, { eventId: event.id, userId })),
    ...attendeeContactIds.map((contactId) => buildEventAttendee(rng, { eventId: event.id, contactId })),
  ];
  if (attendees.length > 0) await db.eventAttendee.createMany({ data: attendees });
  return event;
}
