import { createTRPCRouter } from "../trpc/init.ts";

export const telephonyRouter = createTRPCRouter({});
