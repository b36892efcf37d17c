import { adminProcedure, createTRPCRouter } from "../trpc/init.ts";
import { listUsers } from "./list-users.ts";
import { listAuditLog, ZListAuditLogRequestSchema } from "./list-audit-log.ts";
import { listDeleted, restoreRecord, ZSoftDeleteRequestSchema } from "../records/soft-delete.ts";

export const adminRouter = createTRPCRouter({
  users: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  auditLog: adminProcedure
    .input(ZListAuditLogRequestSchema)
    .query(({ ctx, input }) => listAuditLog(ctx.db, ctx.viewer, input)),
  deleted: adminProcedure.query(({ ctx }) => listDeleted(ctx)),
  restore: adminProcedure
    .input(ZSoftDeleteRequestSchema)
    .mutation(({ ctx, input }) => restoreRecord(ctx, input)),
});
