import { adminProcedure, createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { listAgreements, ZListAgreementsRequestSchema } from "./list-agreements.ts";
import { getAgreement } from "./get-agreement.ts";
import { createAgreement, ZCreateAgreementRequestSchema } from "./create-agreement.ts";
import {
  correctAgreementDates,
  endAgreementNow,
  withdrawAgreement,
  ZCorrectAgreementDatesRequestSchema,
  ZEndAgreementRequestSchema,
  ZWithdrawAgreementRequestSchema,
} from "./change-agreement.ts";
import { listExpiringAgreements, ZExpiringAgreementsRequestSchema } from "./expiry.ts";
import { ZAccountIdRequestSchema } from "../records/record-id.ts";
import { accountDataCollection } from "./account-data-collection.ts";

export const agreementsRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListAgreementsRequestSchema)
    .query(({ ctx, input }) => listAgreements(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getAgreement(ctx, input.id)),
  expiring: protectedProcedure
    .input(ZExpiringAgreementsRequestSchema)
    .query(({ ctx, input }) => listExpiringAgreements(ctx, input)),
  /** Whether the account needs Data Collection consent, has it, and if not why. */
  dataCollection: protectedProcedure
    .input(ZAccountIdRequestSchema)
    .query(({ ctx, input }) => accountDataCollection(ctx, input.accountId)),
  // Reps see the consent record; only admins change it.
  create: adminProcedure
    .input(ZCreateAgreementRequestSchema)
    .mutation(({ ctx, input }) => createAgreement(ctx, input)),
  correctDates: adminProcedure
    .input(ZCorrectAgreementDatesRequestSchema)
    .mutation(({ ctx, input }) => correctAgreementDates(ctx, input)),
  end: adminProcedure
    .input(ZEndAgreementRequestSchema)
    .mutation(({ ctx, input }) => endAgreementNow(ctx, input)),
  withdraw: adminProcedure
    .input(ZWithdrawAgreementRequestSchema)
    .mutation(({ ctx, input }) => withdrawAgreement(ctx, input)),
});
