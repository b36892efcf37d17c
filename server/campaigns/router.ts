import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { listCampaigns, ZListCampaignsRequestSchema } from "./list-campaigns.ts";
import { getCampaign } from "./get-campaign.ts";
import { createCampaign } from "./create-campaign.ts";
import { ZCreateCampaignRequestSchema } from "./campaign-input.ts";

export const campaignsRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListCampaignsRequestSchema)
    .query(({ ctx, input }) => listCampaigns(ctx, input)),
  create: protectedProcedure
    .input(ZCreateCampaignRequestSchema)
    .mutation(({ ctx, input }) => createCampaign(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getCampaign(ctx, input.id)),
});
