import { createTRPCRouter } from "../trpc/init.ts";

export const commToolsRouter = createTRPCRouter({});
