import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../lists/id-input.ts";
import { listCampaigns, ZListCampaignsRequestSchema } from "./list-campaigns.ts";
import { getCampaign } from "./get-campaign.ts";

export const campaignsRouter = createTRPCRouter({
  list: protectedProcedure.input(ZListCampaignsRequestSchema).query(({ ctx, input }) => listCampaigns(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getCampaign(ctx, input.id)),
});
