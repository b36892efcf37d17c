import { z } from "zod";
import { Prisma } from "../generated/prisma/client.ts";
import { CommunicationChannel } from "../generated/prisma/enums.ts";
import { accountScope, contactScope, interactionScope, interactionScopeSql } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import { ZRecordId } from "../records/record-id.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { dateKey, localDay, ZDateKey, ZTimeZone, zonedMidnight } from "../forecasts/forecast-periods.ts";

// The Interactions Timeline of an account or a contact (seed 001): what happened, when, on which
// channel. The chart is counted on the server in one grouped query; the list beside it is a
// keyset page. Both read the same filters, so the list always explains the chart.

export const ZTimelineFilterSchema = z.object({
  subject: z.enum(["account", "contact"]),
  subjectId: ZRecordId,
  /** Start Date (inclusive, local to timeZone); 12 months before End Date when left out. */
  from: ZDateKey.optional(),
  /** End Date (inclusive); today when left out. */
  to: ZDateKey.optional(),
  channel: z.enum(CommunicationChannel).optional(),
  timeZone: ZTimeZone,
});
export type TimelineFilter = z.input<typeof ZTimelineFilterSchema>;

export type BucketUnit = "day" | "week" | "month";
const POINTS_LIMIT = 400;

function addMonthsDay(d: Date, n: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));
}
function addDaysDay(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** The filter's days and the instants they span in the time zone. */
export function timelineRange(req: { from?: string; to?: string; timeZone: string }, now = new Date()) {
  const toDay = req.to ? new Date(`${req.to}T00:00:00Z`) : localDay(now, req.timeZone);
  const fromDay = req.from ? new Date(`${req.from}T00:00:00Z`) : addDaysDay(addMonthsDay(toDay, -12), 1);
  if (fromDay > toDay) throw new AppError(AppErrorCode.BAD_REQUEST, "Start Date is after End Date");
  const end = addDaysDay(toDay, 1);
  const spanDays = Math.round((end.getTime() - fromDay.getTime()) / 86_400_000);
  if (spanDays > 366 * 10) throw new AppError(AppErrorCode.BAD_REQUEST, "Choose at most ten years");
  const unit: BucketUnit = spanDays <= 62 ? "day" : spanDays <= 200 ? "week" : "month";
  return {
    fromDay,
    toDay,
    unit,
    fromInstant: zonedMidnight(
      fromDay.getUTCFullYear(),
      fromDay.getUTCMonth(),
      fromDay.getUTCDate(),
      req.timeZone,
    ),
    toInstant: zonedMidnight(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate(), req.timeZone),
  };
}

/** The account or contact, checked against the viewer's scope: hidden and missing answer alike. */
async function subjectOf(ctx: ServiceContext, subject: "account" | "contact", id: string) {
  if (subject === "account") {
    const a = await ctx.db.account.findFirst({
      where: { id, ...accountScope(ctx.viewer) },
      select: { id: true, partyGroupName: true },
    });
    if (!a) throw notFound("Account");
    return { kind: subject, id: a.id, name: a.partyGroupName, accountId: a.id };
  }
  const c = await ctx.db.contact.findFirst({
    where: { id, ...contactScope(ctx.viewer) },
    select: { id: true, foreName: true, surname: true, accountId: true },
  });
  if (!c) throw notFound("Contact");
  return { kind: subject, id: c.id, name: `${c.foreName} ${c.surname}`, accountId: c.accountId };
}

function subjectWhere(subject: "account" | "contact", id: string): Prisma.InteractionWhereInput {
  return subject === "account" ? { accountId: id } : { contactId: id };
}

type BucketRow = { bucket: string; channel: string; n: number; reports: number; deals: number };

/** Counts per time bucket and channel, with deals and call reports marked, for the chart. */
export async function timelineChart(ctx: ServiceContext, input: TimelineFilter, now = new Date()) {
  const req = ZTimelineFilterSchema.parse(input);
  const subject = await subjectOf(ctx, req.subject, req.subjectId);
  const range = timelineRange(req, now);
  const subjectSql =
    req.subject === "account"
      ? Prisma.sql`i."accountId" = ${subject.id}::uuid`
      : Prisma.sql`i."contactId" = ${subject.id}::uuid`;
  const channelSql = req.channel ? Prisma.sql`i.channel::text = ${req.channel}` : Prisma.sql`TRUE`;
  const dealAccount = subject.accountId
    ? Prisma.sql`"accountId" = ${subject.accountId}::uuid`
    : Prisma.sql`TRUE`;
  const rows = await ctx.db.$queryRaw<BucketRow[]>`
    SELECT to_char(date_trunc(${range.unit}, (i."activityDate" AT TIME ZONE 'UTC') AT TIME ZONE ${req.timeZone}), 'YYYY-MM-DD') AS bucket,
      i.channel::text AS channel,
      COUNT(*)::int AS n,
      (COUNT(*) FILTER (WHERE i."commSessionId" IS NOT NULL))::int AS reports,
      COALESCE(SUM(d.n), 0)::int AS deals
    FROM "Interaction" i
    LEFT JOIN (SELECT "interactionId", COUNT(*) AS n FROM "Deal" WHERE ${dealAccount} AND "interactionId" IS NOT NULL GROUP BY 1) d ON d."interactionId" = i.id
    WHERE ${subjectSql} AND ${interactionScopeSql(ctx.viewer, "i")}
      AND i."activityDate" >= ${range.fromInstant} AND i."activityDate" < ${range.toInstant}
      AND ${channelSql}
    GROUP BY 1, 2`;

  // Every bucket in the range, empty ones too, so the time axis is even.
  const keys: string[] = [];
  let cursor =
    range.unit === "month"
      ? new Date(Date.UTC(range.fromDay.getUTCFullYear(), range.fromDay.getUTCMonth(), 1))
      : range.unit === "week"
        ? addDaysDay(range.fromDay, -((range.fromDay.getUTCDay() + 6) % 7))
        : range.fromDay;
  while (cursor <= range.toDay) {
    keys.push(dateKey(cursor));
    cursor =
      range.unit === "month" ? addMonthsDay(cursor, 1) : addDaysDay(cursor, range.unit === "week" ? 7 : 1);
  }
  const buckets = new Map(
    keys.map((k) => [
      k,
      {
        start: k,
        total: 0,
        deals: 0,
        callReports: 0,
        byChannel: {} as Partial<Record<CommunicationChannel, number>>,
      },
    ]),
  );
  for (const r of rows) {
    const b = buckets.get(r.bucket);
    if (!b) continue;
    b.total += Number(r.n);
    b.deals += Number(r.deals);
    b.callReports += Number(r.reports);
    b.byChannel[r.channel as CommunicationChannel] =
      (b.byChannel[r.channel as CommunicationChannel] ?? 0) + Number(r.n);
  }
  const list = [...buckets.values()];
  const total = list.reduce((s, b) => s + b.total, 0);

  // Few enough to draw one by one: each point is an interaction that opens on click.
  const points =
    total > 0 && total <= POINTS_LIMIT
      ? (
          await ctx.db.interaction.findMany({
            where: {
              AND: [
                interactionScope(ctx.viewer),
                subjectWhere(req.subject, subject.id),
                { channel: req.channel, activityDate: { gte: range.fromInstant, lt: range.toInstant } },
              ],
            },
            orderBy: [{ activityDate: "asc" }, { id: "asc" }],
            take: POINTS_LIMIT,
            select: {
              id: true,
              name: true,
              channel: true,
              activityDate: true,
              commSessionId: true,
              _count: { select: { deals: true } },
            },
          })
        ).map((p) => ({
          id: p.id,
          name: p.name,
          channel: p.channel,
          at: p.activityDate!,
          callReport: p.commSessionId !== null,
          deals: p._count.deals,
        }))
      : null;

  return {
    subject: { kind: subject.kind, id: subject.id, name: subject.name },
    from: dateKey(range.fromDay),
    to: dateKey(range.toDay),
    unit: range.unit,
    timeZone: req.timeZone,
    total,
    deals: list.reduce((s, b) => s + b.deals, 0),
    callReports: list.reduce((s, b) => s + b.callReports, 0),
    byChannel: Object.fromEntries(
      Object.values(CommunicationChannel).map((c) => [
        c,
        list.reduce((s, b) => s + (b.byChannel[c] ?? 0), 0),
      ]),
    ) as Record<CommunicationChannel, number>,
    buckets: list,
    points,
  };
}

export const ZTimelinePageRequestSchema = ZTimelineFilterSchema.merge(ZPageRequestSchema);

// Newest first; (accountId, activityDate, id) and (contactId, activityDate) carry it.
const spec: KeysetSpec = { fields: [{ name: "activityDate", dir: "desc", type: "date" }] };

/** One page of the list beside the chart, newest first. */
export async function timelinePage(
  ctx: ServiceContext,
  input: z.input<typeof ZTimelinePageRequestSchema>,
  now = new Date(),
) {
  const req = ZTimelinePageRequestSchema.parse(input);
  const subject = await subjectOf(ctx, req.subject, req.subjectId);
  const range = timelineRange(req, now);
  const where: Prisma.InteractionWhereInput = {
    AND: [
      interactionScope(ctx.viewer),
      subjectWhere(req.subject, subject.id),
      { channel: req.channel, activityDate: { gte: range.fromInstant, lt: range.toInstant } },
    ],
  };
  const page = await keysetPage(spec, req, where, (args) =>
    ctx.db.interaction.findMany({
      ...args,
      select: {
        id: true,
        name: true,
        type: true,
        channel: true,
        direction: true,
        status: true,
        activityDate: true,
        durationHours: true,
        resultType: true,
        subject: true,
        commSessionId: true,
        assignedUser: { select: { name: true } },
        contact: { select: { id: true, foreName: true, surname: true } },
        _count: { select: { deals: true } },
      },
    }),
  );
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((i) => ({
      id: i.id,
      name: i.name,
      type: i.type,
      channel: i.channel,
      direction: i.direction,
      status: i.status,
      activityDate: i.activityDate!,
      durationHours: i.durationHours?.toFixed(2) ?? null,
      resultType: i.resultType,
      subject: i.subject,
      callReport: i.commSessionId !== null,
      deals: i._count.deals,
      assignedUser: i.assignedUser.name,
      contact: i.contact ? { id: i.contact.id, name: `${i.contact.foreName} ${i.contact.surname}` } : null,
    })),
  };
}
