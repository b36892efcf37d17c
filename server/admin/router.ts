import { adminProcedure, createTRPCRouter } from "../trpc/init.ts";
import { listUsers } from "./list-users.ts";
import { listAuditLog, ZListAuditLogRequestSchema } from "./list-audit-log.ts";

export const adminRouter = createTRPCRouter({
  users: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  auditLog: adminProcedure.input(ZListAuditLogRequestSchema).query(({ ctx, input }) => listAuditLog(ctx.db, input)),
});
