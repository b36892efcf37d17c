import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { myTasks, ZMyTasksRequestSchema } from "./my-tasks.ts";
import {
  approveDeal,
  completeTask,
  rejectDeal,
  ZRejectDealRequestSchema,
  ZResolveTaskRequestSchema,
} from "./resolve-task.ts";

export const tasksRouter = createTRPCRouter({
  mine: protectedProcedure.input(ZMyTasksRequestSchema).query(({ ctx, input }) => myTasks(ctx, input)),
  approveDeal: protectedProcedure
    .input(ZResolveTaskRequestSchema)
    .mutation(({ ctx, input }) => approveDeal(ctx, input)),
  rejectDeal: protectedProcedure
    .input(ZRejectDealRequestSchema)
    .mutation(({ ctx, input }) => rejectDeal(ctx, input)),
  complete: protectedProcedure
    .input(ZResolveTaskRequestSchema)
    .mutation(({ ctx, input }) => completeTask(ctx, input)),
});
