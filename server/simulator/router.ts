import { adminProcedure, createTRPCRouter } from "../trpc/init.ts";
import {
  listScripts,
  simulationStatus,
  startSimulation,
  ZSimulationStatusRequestSchema,
  ZStartSimulationRequestSchema,
} from "./simulator-runs.ts";

export const simulatorRouter = createTRPCRouter({
  scripts: adminProcedure.query(() => listScripts()),
  start: adminProcedure
    .input(ZStartSimulationRequestSchema)
    .mutation(({ ctx, input }) => startSimulation(ctx, input)),
  status: adminProcedure.input(ZSimulationStatusRequestSchema).query(({ input }) => simulationStatus(input)),
});
