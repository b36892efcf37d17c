import type { z } from "zod";
import type { ServiceContext } from "../service-context.ts";
import { notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import { ownSessionWhere } from "../telephony/agent-sessions.ts";
import { dealSelect } from "../deals/list-deals.ts";
import { defaultSummariser } from "./summariser/default-summariser.ts";
import type { Summariser } from "./summariser/summariser.ts";
import { ZCallReportRequestSchema } from "./call-report-input.ts";

const fmt = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 6 });

/**
 * Everything the call report opens with: the call's statistics, the deals registered on it, its
 * transcript, and the summariser's summary and entities, with the Result fields suggested.
 */
export async function callReportPrefill(
  ctx: ServiceContext,
  input: z.input<typeof ZCallReportRequestSchema>,
  summariser: Summariser = defaultSummariser(),
) {
  const { sessionId } = ZCallReportRequestSchema.parse(input);
  const session = await ctx.db.commSession.findFirst({
    where: ownSessionWhere(ctx.viewer, sessionId),
    include: {
      account: { select: { id: true, partyGroupName: true } },
      contact: { select: { id: true, foreName: true, surname: true } },
      lead: { select: { id: true, foreName: true, surname: true } },
      transcript: { orderBy: { seq: "asc" } },
      deals: { orderBy: { createdAt: "asc" }, select: dealSelect },
      report: { select: { id: true } },
    },
  });
  if (!session) throw notFound("Call");
  const start = session.answeredAt ?? session.ringingAt ?? session.createdAt;
  const durationSec =
    session.durationSec ??
    (session.endedAt ? Math.round((session.endedAt.getTime() - start.getTime()) / 1000) : null);
  const summary = await summariser.summarise({
    channel: session.channel,
    segments: session.transcript.map((s) => ({ speaker: s.speaker, text: s.text, occurredAt: s.occurredAt })),
    referenceDate: session.endedAt ?? new Date(),
  });
  const deals = session.deals.map((d) => ({ ...d, notional: Number(d.notional), price: Number(d.price) }));
  const dealLine = deals.length
    ? `\n\nDeals: ${deals.map((d) => `${d.side} ${d.instrument} ${fmt(d.notional)} ${d.currency} @ ${fmt(d.price)} (${d.status.replace("_", " ").toLowerCase()})`).join("; ")}.`
    : "";
  const who = session.contact
    ? `${session.contact.foreName} ${session.contact.surname}`
    : session.lead
      ? `${session.lead.foreName} ${session.lead.surname}`
      : (session.account?.partyGroupName ?? session.fromE164 ?? session.fromAddress);
  const isCall = session.channel === "CALL";
  const callBack = summary.entities.callBacks[0];

  return {
    sessionId: session.id,
    reported: session.report?.id ?? null,
    state: session.state,
    customer: { account: session.account, contact: session.contact, lead: session.lead, name: who },
    statistics: {
      channel: session.channel,
      direction: session.direction,
      number:
        session.direction === "INBOUND"
          ? (session.fromE164 ?? session.fromAddress)
          : (session.toAddress ?? session.fromAddress),
      line: session.line,
      startedAt: start.toISOString(),
      endedAt: session.endedAt?.toISOString() ?? null,
      durationSec,
    },
    deals,
    transcript: session.transcript.map((s) => ({ seq: s.seq, speaker: s.speaker, text: s.text })),
    summary,
    suggested: {
      name: `${isCall ? "Call" : "Chat"} with ${who}`,
      summary: `${summary.summary}${dealLine}`,
      result: {
        activityDate: start.toISOString(),
        durationHours: durationSec !== null ? Math.round((durationSec / 3600) * 100) / 100 : undefined,
        resultType: deals.length
          ? "Deal agreed"
          : callBack
            ? "Call back requested"
            : isCall
              ? "Spoke to client"
              : "Information provided",
        subject: summary.entities.instruments.length
          ? `${isCall ? "Call" : "Chat"}: ${summary.entities.instruments.map((i) => i.instrument).join(", ")}`
          : `${isCall ? "Call" : "Chat"} with ${who}`,
        activityComments: "",
      },
      callBack: callBack
        ? { dueAt: callBack.dueAt, title: `Call back ${who}: ${callBack.text}`.slice(0, 200) }
        : null,
    },
  };
}

/**
 * Opening the report puts an ended call into wrap-up; it never moves a call backwards. The move is
 * one conditional statement, so of opens racing (two tabs, a reload) one moves the call and is
 * audited, the others find it moved; and an open racing a save cannot pull a REPORTED call back.
 */
export async function openCallReport(ctx: ServiceContext, input: z.input<typeof ZCallReportRequestSchema>) {
  const { sessionId } = ZCallReportRequestSchema.parse(input);
  return mutate(ctx, {
    action: "telephony.wrapUp",
    entityType: "CommSession",
    run: async (tx) => {
      const own = await tx.commSession.findFirst({
        where: ownSessionWhere(ctx.viewer, sessionId),
        select: { id: true },
      });
      if (!own) throw notFound("Call");
      const { count } = await tx.commSession.updateMany({
        where: { id: sessionId, state: "ENDED" },
        data: { state: "WRAP_UP" },
      });
      if (count === 1)
        return {
          result: { state: "WRAP_UP" as const },
          entityId: sessionId,
          before: { state: "ENDED" },
          after: { state: "WRAP_UP" },
        };
      // Not ended (still live, or already wrapped up or reported): opening the report changes nothing.
      const { state } = await tx.commSession.findUniqueOrThrow({
        where: { id: sessionId },
        select: { state: true },
      });
      return { result: { state }, entityId: sessionId, unchanged: true };
    },
  });
}
