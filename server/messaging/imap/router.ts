import { adminProcedure, createTRPCRouter } from "../../trpc/init.ts";
import {
  assignTriaged,
  discardTriaged,
  listTriage,
  ZAssignTriagedRequestSchema,
  ZDiscardTriagedRequestSchema,
} from "./triage.ts";

/** Admin → Inbox triage: e-mails the IMAP poll could not match to a customer. */
export const inboxRouter = createTRPCRouter({
  triage: adminProcedure.query(({ ctx }) => listTriage(ctx)),
  assign: adminProcedure
    .input(ZAssignTriagedRequestSchema)
    .mutation(({ ctx, input }) => assignTriaged(ctx, input)),
  discard: adminProcedure
    .input(ZDiscardTriagedRequestSchema)
    .mutation(({ ctx, input }) => discardTriaged(ctx, input)),
});
