import { createTRPCRouter } from "../trpc/init.ts";

export const dealsRouter = createTRPCRouter({});
