import type { Rng } from "../random.ts";
import { addDays, workingMoment } from "../random.ts";
import type {
  CommunicationChannel,
  Interaction,
  InteractionStatus,
} from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { createAccount } from "./accounts.ts";
import { CHANNEL_CONTENT, SERVICE_LEVELS, SOURCE_TYPES } from "./interaction-content.ts";

export type InteractionRow = CreateManyRow<"interaction">;

export type InteractionContext = {
  now?: Date;
  /** When it happened (or is planned for). Defaults to a working moment in the last 30 days. */
  at?: Date;
  account?: {
    partyGroupName: string;
    culture?: string | null;
    location?: string | null;
    locationComments?: string | null;
  };
  contact?: { email?: string; phone?: string };
  template?: { id: string; body: string; subject?: string | null };
  /** The interaction it follows up (its name goes into Followed Activity). */
  follows?: string;
};

const TWO_WAY: readonly CommunicationChannel[] = ["PHONE", "EMAIL", "SMS", "CHAT"];

export function buildInteraction(
  rng: Rng,
  overrides: Partial<InteractionRow> & Pick<InteractionRow, "accountId" | "assignedUserId" | "teamId">,
  ctx: InteractionContext = {},
): InteractionRow {
  const now = ctx.now ?? new Date();
  const channel = overrides.channel ?? rng.pick(Object.keys(CHANNEL_CONTENT) as CommunicationChannel[]);
  const c = CHANNEL_CONTENT[channel];
  const at = ctx.at ?? workingMoment(rng, addDays(now, -rng.int(1, 30)));
  const status: InteractionStatus =
    overrides.status ?? (at > now ? "PLANNED" : rng.chance(0.04) ? "CANCELED" : "COMPLETED");
  const done = status === "COMPLETED";
  const hours = rng.float(c.hours[0], c.hours[1]);
  const planStart = done && rng.chance(0.5) ? new Date(at.getTime() - rng.int(0, 4) * 30 * 60_000) : at;
  const direction = TWO_WAY.includes(channel)
    ? rng.chance(channel === "PHONE" ? 0.45 : 0.35)
      ? "INBOUND"
      : "OUTBOUND"
    : null;
  const outbound = direction === "OUTBOUND";
  const useTemplate = Boolean(ctx.template) && (channel === "EMAIL" || channel === "SMS") && outbound;
  const meeting = channel === "MEETING";
  return {
    id: rng.uuid(),
    status,
    channel,
    direction,
    followedActivity: ctx.follows ?? null,
    name: rng.pick(c.names),
    type: rng.weighted(c.types),
    sourceType: rng.pick(SOURCE_TYPES),
    sourceReasonType: rng.pick(SERVICE_LEVELS),
    planStartAt: planStart,
    planEndAt: new Date(planStart.getTime() + Math.max(0.25, hours) * 3_600_000),
    emailAddress: ctx.contact?.email ?? null,
    phoneNumber: ctx.contact?.phone ?? null,
    location: meeting ? (ctx.account?.location ?? null) : null,
    locationComments: meeting ? (ctx.account?.locationComments ?? null) : null,
    activityDescription: rng.pick(c.descriptions),
    activityDate: done ? at : null,
    durationHours: done ? hours.toFixed(2) : null,
    resultType: done ? rng.pick(c.results) : null,
    activityComments: done && rng.chance(0.7) ? rng.pick(c.comments) : null,
    resultDescription: done ? rng.pick(c.descriptions) : null,
    templateId: useTemplate ? ctx.template?.id : null,
    actionTemplateContent: useTemplate ? ctx.template?.body : null,
    useTemplate,
    communicationChannel: channel,
    culture: ctx.account?.culture ?? "en-GB",
    subject:
      useTemplate && ctx.template?.subject ? ctx.template.subject : c.subjects ? rng.pick(c.subjects) : null,
    accountName: ctx.account?.partyGroupName ?? null,
    sendMsgAsText: channel === "SMS",
    body: useTemplate ? ctx.template?.body : c.bodies ? rng.pick(c.bodies) : null,
    sentAt: done && outbound && (channel === "EMAIL" || channel === "SMS") ? at : null,
    summary: done && c.summaries ? rng.pick(c.summaries) : null,
    createdAt: done ? planStart : new Date(Math.min(now.getTime(), addDays(at, -rng.int(1, 10)).getTime())),
    ...overrides,
  };
}

/** One interaction for a test; without an account, one is created and the interaction joins its team. */
export async function createInteraction(
  db: DbClient,
  overrides: Partial<InteractionRow> = {},
): Promise<Interaction> {
  const accountId =
    overrides.accountId ?? (await createAccount(db, { ownerId: overrides.assignedUserId })).id;
  const account = await db.account.findUniqueOrThrow({ where: { id: accountId } });
  return db.interaction.create({
    data: buildInteraction(
      factoryRng(),
      { assignedUserId: account.ownerId, teamId: account.teamId, ...overrides, accountId },
      { account },
    ),
  });
}
