import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { listCampaigns, ZListCampaignsRequestSchema } from "./list-campaigns.ts";
import { getCampaign } from "./get-campaign.ts";
import { createCampaign } from "./create-campaign.ts";
import { ZCreateCampaignRequestSchema } from "./campaign-input.ts";
import {
  ZAssignableUsersRequestSchema,
  ZAssignActivityRequestSchema,
  ZCreateActivityRequestSchema,
  ZMoveActivityRequestSchema,
} from "./activity-input.ts";
import { createActivity } from "./create-activity.ts";
import { assignActivity, moveActivity } from "./move-activity.ts";
import { assignableUsers } from "./assignable-users.ts";
import { campaignResults } from "./campaign-results.ts";
import { campaignOptions } from "./campaign-options.ts";

export const campaignsRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListCampaignsRequestSchema)
    .query(({ ctx, input }) => listCampaigns(ctx, input)),
  create: protectedProcedure
    .input(ZCreateCampaignRequestSchema)
    .mutation(({ ctx, input }) => createCampaign(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getCampaign(ctx, input.id)),
  results: protectedProcedure
    .input(ZByIdRequestSchema)
    .query(({ ctx, input }) => campaignResults(ctx, input.id)),
  /** Open campaigns the viewer may add activities under. */
  openOptions: protectedProcedure.query(({ ctx }) => campaignOptions(ctx)),
  assignableUsers: protectedProcedure
    .input(ZAssignableUsersRequestSchema)
    .query(({ ctx, input }) => assignableUsers(ctx, input.accountId)),
  createActivity: protectedProcedure
    .input(ZCreateActivityRequestSchema)
    .mutation(({ ctx, input }) => createActivity(ctx, input)),
  assignActivity: protectedProcedure
    .input(ZAssignActivityRequestSchema)
    .mutation(({ ctx, input }) => assignActivity(ctx, input)),
  moveActivity: protectedProcedure
    .input(ZMoveActivityRequestSchema)
    .mutation(({ ctx, input }) => moveActivity(ctx, input)),
});
