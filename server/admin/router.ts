import { adminProcedure, createTRPCRouter } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { getUserForAdmin, listUsers } from "./list-users.ts";
import { listAuditLog, ZListAuditLogRequestSchema } from "./list-audit-log.ts";
import { listDeleted, restoreRecord, ZSoftDeleteRequestSchema } from "../records/soft-delete.ts";
import { createUser } from "./create-user.ts";
import { updateUser } from "./update-user.ts";
import { setUserDisabled } from "./set-user-disabled.ts";
import {
  ZCreateUserRequestSchema,
  ZSetUserDisabledRequestSchema,
  ZUpdateUserRequestSchema,
} from "./user-input.ts";
import {
  createTeam,
  listTeams,
  editTeam,
  setTeamArchived,
  ZCreateTeamRequestSchema,
  ZEditTeamRequestSchema,
  ZSetTeamArchivedRequestSchema,
} from "./teams.ts";
import { issuePasswordReset, ZIssueResetRequestSchema } from "../auth/reset-password.ts";

export const adminRouter = createTRPCRouter({
  users: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  user: adminProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getUserForAdmin(ctx.db, input.id)),
  createUser: adminProcedure
    .input(ZCreateUserRequestSchema)
    .mutation(({ ctx, input }) => createUser(ctx, input)),
  updateUser: adminProcedure
    .input(ZUpdateUserRequestSchema)
    .mutation(({ ctx, input }) => updateUser(ctx, input)),
  setUserDisabled: adminProcedure
    .input(ZSetUserDisabledRequestSchema)
    .mutation(({ ctx, input }) => setUserDisabled(ctx, input)),
  issuePasswordReset: adminProcedure
    .input(ZIssueResetRequestSchema)
    .mutation(({ ctx, input }) => issuePasswordReset(ctx, input)),
  teams: adminProcedure.query(({ ctx }) => listTeams(ctx.db)),
  createTeam: adminProcedure
    .input(ZCreateTeamRequestSchema)
    .mutation(({ ctx, input }) => createTeam(ctx, input)),
  editTeam: adminProcedure.input(ZEditTeamRequestSchema).mutation(({ ctx, input }) => editTeam(ctx, input)),
  setTeamArchived: adminProcedure
    .input(ZSetTeamArchivedRequestSchema)
    .mutation(({ ctx, input }) => setTeamArchived(ctx, input)),
  auditLog: adminProcedure
    .input(ZListAuditLogRequestSchema)
    .query(({ ctx, input }) => listAuditLog(ctx.db, ctx.viewer, input)),
  deleted: adminProcedure.query(({ ctx }) => listDeleted(ctx)),
  restore: adminProcedure
    .input(ZSoftDeleteRequestSchema)
    .mutation(({ ctx, input }) => restoreRecord(ctx, input)),
});
