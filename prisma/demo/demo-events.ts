import type { Rng } from "../random.ts";
import { addDays, workingMoment } from "../random.ts";
import type { EventOutcome, EventType } from "../../server/generated/prisma/enums.ts";
import { buildEvent, buildEventAttendee, EVENT_SUBJECTS, OUTCOME_NOTES } from "../factories/events.ts";
import type { DemoRows } from "./demo-rows.ts";
import type { DemoPeople } from "./demo-people.ts";
import type { DemoBook } from "./demo-book.ts";
import type { DemoOpportunity } from "./demo-opportunities.ts";

const TYPE_WEIGHTS: readonly (readonly [EventType, number])[] = [
  ["MEETING", 30],
  ["CALL", 25],
  ["CLIENT_VISIT", 15],
  ["FOLLOW_UP", 15],
  ["PRESENTATION", 10],
  ["CONFERENCE", 5],
];

const CONFERENCE_VENUES = [
  "ExCeL London",
  "QEII Centre, London",
  "Messe Frankfurt",
  "Palais des Congrès, Paris",
  "Convention Centre Dublin",
];
const OUR_OFFICE = "Dealfloor Bank, 25 Bishopsgate, London EC2N 3AS";

/** ~400 events over the last three months and the next one, with attendees and outcomes. */
export function buildDemoEvents(
  rng: Rng,
  rows: DemoRows,
  people: DemoPeople,
  book: DemoBook,
  opportunities: DemoOpportunity[],
  now: Date,
  total = 400,
): void {
  const oppsByAccount = new Map<string, DemoOpportunity[]>();
  for (const o of opportunities)
    oppsByAccount.set(o.account.id, [...(oppsByAccount.get(o.account.id) ?? []), o]);
  const weighted = book.accounts.map(
    (a) => [a, (a.row.isCustomer ? 2 : 1) * (oppsByAccount.has(a.id) ? 2 : 1)] as const,
  );

  for (let i = 0; i < total; i++) {
    const type = rng.weighted(TYPE_WEIGHTS);
    const account = type === "CONFERENCE" && rng.chance(0.6) ? null : rng.weighted(weighted);
    const team = account?.team ?? people.teams[rng.pick(["fx", "corporate", "private"] as const)];
    const ownerId = account && rng.chance(0.8) ? account.ownerId : rng.pick(team.members).id;
    const opps = account ? (oppsByAccount.get(account.id) ?? []) : [];
    const opportunity = opps.length && rng.chance(0.55) ? rng.pick(opps) : null;
    const startsAt = workingMoment(rng, addDays(now, rng.int(-91, 31)));
    const past = startsAt < now;
    const status = past ? (rng.chance(0.88) ? "HELD" : "CANCELED") : "PLANNED";
    const outcome: EventOutcome | null =
      status === "HELD"
        ? rng.weighted<EventOutcome>([
            ["POSITIVE", 45],
            ["NEUTRAL", 35],
            ["NEGATIVE", 12],
            ["NO_SHOW", 8],
          ])
        : null;
    const location =
      type === "CONFERENCE"
        ? rng.pick(CONFERENCE_VENUES)
        : type === "CALL" || type === "FOLLOW_UP"
          ? rng.pick(["Phone", "Microsoft Teams", "Zoom"])
          : type === "MEETING" && rng.chance(0.5)
            ? OUR_OFFICE
            : (account?.row.location ?? OUR_OFFICE);
    const base = buildEvent(rng, { ownerId, teamId: team.id, type }, { now });
    const durationMs = (base.endsAt as Date).getTime() - (base.startsAt as Date).getTime();
    const row = {
      ...base,
      subject: account
        ? `${rng.pick(EVENT_SUBJECTS[type])}: ${account.name}`
        : rng.pick(EVENT_SUBJECTS[type]),
      status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + durationMs),
      location,
      description: opportunity
        ? `About ${opportunity.row.name}`
        : account
          ? `Relationship activity with ${account.name}`
          : "Market event; meet prospects and clients",
      outcome,
      outcomeNotes: outcome
        ? rng.pick(OUTCOME_NOTES[outcome])
        : status === "CANCELED"
          ? "Cancelled by the client"
          : null,
      accountId: account?.id ?? null,
      opportunityId: opportunity?.id ?? null,
      createdAt: addDays(startsAt < now ? startsAt : now, -rng.int(1, 20)),
    } as const;
    rows.event.push(row);
    const eventId = row.id as string;
    rows.eventAttendee.push(buildEventAttendee(rng, { eventId, userId: ownerId }));
    if (rng.chance(0.2) && team.manager.id !== ownerId)
      rows.eventAttendee.push(buildEventAttendee(rng, { eventId, userId: team.manager.id }));
    for (const contact of account
      ? rng.sample(account.contacts, rng.int(1, 3))
      : rng.sample(book.looseContacts, rng.int(0, 2))) {
      rows.eventAttendee.push(buildEventAttendee(rng, { eventId, contactId: contact.row.id as string }));
    }
  }
}
