import { createTRPCRouter } from "../trpc/init.ts";

export const simulatorRouter = createTRPCRouter({});
