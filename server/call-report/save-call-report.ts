import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { accountScope } from "../access/visibility.ts";
import { mutate } from "../records/mutate.ts";
import { insertTask } from "../tasks/create-task.ts";
import { ownSessionWhere } from "../telephony/agent-sessions.ts";
import { queueForAgent } from "../telephony/agent-notifications.ts";
import { sessionViewSelect, toSessionView } from "../telephony/session-view.ts";
import type { AgentBus } from "../telephony/agent-bus.ts";
import { ZSaveCallReportRequestSchema, type SaveCallReportRequest } from "./call-report-input.ts";

const alreadyReported = (interactionId: string) =>
  new AppError(AppErrorCode.CONFLICT, "This call already has a report.", { interactionId });

/**
 * Saves the rep's call report as one transaction: the interaction on the account's timeline
 * (Result fields filled), the deals linked to it, the promised call-back as a task, and the call
 * marked reported. A call has one report; saving again is refused and changes nothing.
 */
export async function saveCallReport(ctx: ServiceContext, bus: AgentBus, input: SaveCallReportRequest) {
  const req = ZSaveCallReportRequestSchema.parse(input);
  const saved = await mutate(ctx, {
    action: "create",
    entityType: "Interaction",
    run: async (tx) => {
      const session = await tx.commSession.findFirst({
        where: ownSessionWhere(ctx.viewer, req.sessionId),
        include: { report: { select: { id: true } } },
      });
      if (!session) throw notFound("Call");
      if (session.report) throw alreadyReported(session.report.id);
      if (["RINGING", "ANSWERED", "ON_HOLD"].includes(session.state))
        throw new AppError(
          AppErrorCode.CONFLICT,
          "The call is still in progress: hang up before saving its report.",
        );
      const accountId = session.accountId ?? req.accountId;
      if (!accountId)
        throw new AppError(AppErrorCode.BAD_REQUEST, "Choose the account this call was with.", {
          fieldErrors: { accountId: ["Choose an account"] },
        });
      const account = await tx.account.findFirst({
        where: { id: accountId, ...accountScope(ctx.viewer) },
        select: { id: true, teamId: true, partyGroupName: true },
      });
      if (!account) throw notFound("Account");
      // Claim the call: the state moves to REPORTED only from a finished, unreported call, in one
      // statement. Of saves racing on one call exactly one gets the row; the others wait for its
      // lock, find it REPORTED and write nothing.
      const claimed = await tx.commSession.updateMany({
        where: { id: session.id, state: { in: ["ENDED", "WRAP_UP"] } },
        data: { state: "REPORTED" },
      });
      if (claimed.count !== 1) {
        const report = await tx.interaction.findUnique({
          where: { commSessionId: session.id },
          select: { id: true },
        });
        throw report
          ? alreadyReported(report.id)
          : new AppError(
              AppErrorCode.CONFLICT,
              "The call changed while its report was being saved. Try again.",
            );
      }
      const isCall = session.channel === "CALL";

      const interaction = await tx.interaction.create({
        data: {
          status: "COMPLETED",
          channel: isCall ? "PHONE" : "CHAT",
          direction: session.direction,
          name: req.name,
          type: isCall ? "CALL" : "CHAT",
          accountId: account.id,
          contactId: session.accountId === account.id ? session.contactId : null,
          phoneNumber: isCall
            ? session.direction === "INBOUND"
              ? session.fromE164
              : session.toAddress
            : null,
          assignedUserId: ctx.viewer.id,
          teamId: account.teamId,
          activityDate: req.result.activityDate ?? session.answeredAt ?? session.createdAt,
          durationHours: req.result.durationHours,
          resultType: req.result.resultType,
          activityComments: req.result.activityComments,
          resultDescription: req.summary,
          subject: req.result.subject,
          communicationChannel: isCall ? "PHONE" : "CHAT",
          accountName: account.partyGroupName,
          summary: req.summary,
          commSessionId: session.id,
        },
      });
      await tx.deal.updateMany({
        where: { commSessionId: session.id },
        data: { interactionId: interaction.id },
      });
      const task = req.callBack
        ? await insertTask(tx, {
            type: "CALL_BACK",
            title: req.callBack.title,
            dueAt: req.callBack.dueAt,
            assigneeId: ctx.viewer.id,
            createdById: ctx.viewer.id,
            columns: { accountId: account.id },
          })
        : null;
      const row = await tx.commSession.update({
        where: { id: session.id },
        data: { accountId: account.id },
        select: sessionViewSelect,
      });
      if (session.agentId)
        await queueForAgent(tx, session.agentId, { type: "session", data: toSessionView(row) });
      return {
        result: {
          interactionId: interaction.id,
          accountId: account.id,
          callBackTaskId: task?.id ?? null,
          agentId: session.agentId,
        },
        entityId: interaction.id,
        after: {
          sessionId: session.id,
          name: req.name,
          resultType: req.result.resultType,
          callBack: req.callBack ?? null,
        },
      };
    },
  });
  if (saved.agentId) await bus.publish([saved.agentId]);
  return {
    interactionId: saved.interactionId,
    accountId: saved.accountId,
    callBackTaskId: saved.callBackTaskId,
  };
}
