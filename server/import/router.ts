import { z } from "zod";
import { zText } from "../records/text.ts";
import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { getImportJob, listImportJobs } from "./get-import-job.ts";
import { guessMapping, IMPORT_ENTITIES, importFields } from "./import-fields.ts";
import { ZImportJobRequestSchema } from "./import-request.ts";

// The upload itself is a route handler (app/(crm)/import/upload/route.ts): a file is multipart
// form data, not JSON. These procedures serve the mapping step and the progress page's polling.
export const importsRouter = createTRPCRouter({
  job: protectedProcedure
    .input(ZImportJobRequestSchema)
    .query(({ ctx, input }) => getImportJob(ctx, input.jobId)),
  recent: protectedProcedure.query(({ ctx }) => listImportJobs(ctx)),
  fields: protectedProcedure
    .input(
      z.object({
        entity: z.enum(IMPORT_ENTITIES),
        headers: z
          .array(zText({ trim: false }).max(200))
          .max(500)
          .default([]),
      }),
    )
    .query(({ input }) => ({
      fields: importFields[input.entity],
      guess: guessMapping(input.entity, input.headers),
    })),
});
