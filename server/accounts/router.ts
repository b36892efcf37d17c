import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZAddMechanismRequestSchema } from "../contact-mechanisms/mechanism-input.ts";
import { addMechanism } from "../contact-mechanisms/edit-mechanisms.ts";
import { createAccount, ZCreateAccountRequestSchema } from "./create-account.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { listAccounts, ZListAccountsRequestSchema } from "./list-accounts.ts";
import { getAccount } from "./get-account.ts";
import { ZUpdateAccountRequestSchema } from "./account-input.ts";
import { updateAccount } from "./update-account.ts";
import {
  ZAccountListResponseSchema,
  ZAccountResponseSchema,
  ZAccountRowResponseSchema,
} from "./account-response.ts";
import { softDelete } from "../records/soft-delete.ts";
import { recordHistory } from "../audit/record-history.ts";

export const accountsRouter = createTRPCRouter({
  // Every account leaves through a response schema: identifiers masked outside the owning team.
  create: protectedProcedure
    .input(ZCreateAccountRequestSchema)
    .output(ZAccountRowResponseSchema)
    .mutation(({ ctx, input }) => createAccount(ctx, input)),
  addMechanism: protectedProcedure
    .input(ZAddMechanismRequestSchema)
    .mutation(({ ctx, input }) => addMechanism(ctx, "Account", input)),
  list: protectedProcedure
    .input(ZListAccountsRequestSchema)
    .output(ZAccountListResponseSchema)
    .query(({ ctx, input }) => listAccounts(ctx, input)),
  byId: protectedProcedure
    .input(ZByIdRequestSchema)
    .output(ZAccountResponseSchema)
    .query(({ ctx, input }) => getAccount(ctx, input.id)),
  history: protectedProcedure
    .input(ZByIdRequestSchema)
    .query(({ ctx, input }) => recordHistory(ctx, { entityType: "Account", id: input.id })),
  update: protectedProcedure
    .input(ZUpdateAccountRequestSchema)
    .output(ZAccountRowResponseSchema)
    .mutation(({ ctx, input }) => updateAccount(ctx, input)),
  delete: protectedProcedure
    .input(ZByIdRequestSchema)
    .mutation(({ ctx, input }) => softDelete(ctx, "Account", input.id)),
});
