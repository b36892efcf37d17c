import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { fieldErrorsOf } from "./field-errors.ts";
import type { Context } from "./context.ts";
import { AppError } from "../errors.ts";
import { appErrorFromPrisma } from "../db/prisma-errors.ts";
import { isManagerOrAdmin, type Viewer } from "../access/viewer.ts";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const fieldErrors = cause instanceof ZodError ? fieldErrorsOf(cause) : null;
    // Unknown errors never leak their text: the client gets a request id, the log gets the error.
    const hidden = error.code === "INTERNAL_SERVER_ERROR";
    if (hidden) ctx?.log.error({ err: error.cause ?? error }, "unhandled error");
    return {
      ...shape,
      message: hidden ? `Something went wrong. Reference: ${ctx?.requestId ?? "unknown"}` : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        requestId: ctx?.requestId,
        zodError: fieldErrors,
        details: cause instanceof AppError ? cause.details : undefined,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// Services throw AppError; tRPC gets the matching code. A duplicate key or a vanished row from the
// database means the same as the AppError it is mapped to, never a 500.
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) throw cause.toTRPCError();
    const mapped = appErrorFromPrisma(cause);
    if (mapped) throw mapped.toTRPCError();
  }
  return result;
});

export const publicProcedure = t.procedure.use(appErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, viewer: ctx.viewer as Viewer } });
});

export const managerProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!isManagerOrAdmin(ctx.viewer)) throw new TRPCError({ code: "FORBIDDEN", message: "Managers only." });
  return next();
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.viewer.role !== "ADMIN") throw new TRPCError({ code: "FORBIDDEN", message: "Admins only." });
  return next();
});
