import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { myTasks, ZMyTasksRequestSchema } from "./my-tasks.ts";
import {
  approveDeal,
  completeTask,
  rejectDeal,
  ZRejectDealRequestSchema,
  ZResolveTaskRequestSchema,
} from "./resolve-task.ts";
import { createTask, ZCreateTaskRequestSchema } from "./create-task.ts";
import { assignableUsers } from "./assignees.ts";
import { taskLinkLabel, ZTaskLinkSchema } from "./task-links.ts";

export const tasksRouter = createTRPCRouter({
  mine: protectedProcedure.input(ZMyTasksRequestSchema).query(({ ctx, input }) => myTasks(ctx, input)),
  assignees: protectedProcedure.query(({ ctx }) => assignableUsers(ctx)),
  linkLabel: protectedProcedure.input(ZTaskLinkSchema).query(({ ctx, input }) => taskLinkLabel(ctx, input)),
  create: protectedProcedure
    .input(ZCreateTaskRequestSchema)
    .mutation(({ ctx, input }) => createTask(ctx, input)),
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
