import { createTRPCRouter } from "../trpc/init.ts";

export const callReportRouter = createTRPCRouter({});
