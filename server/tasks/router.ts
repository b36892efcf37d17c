import { createTRPCRouter } from "../trpc/init.ts";

export const tasksRouter = createTRPCRouter({});
