import { AppError } from "../errors.ts";
import { logger } from "../logger.ts";

// Route handlers answer API callers in JSON: the AppError's status and reasons, or a generic 500
// with a reference when something unexpected broke (the log gets the whole error).
export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) {
    return Response.json({ error: { code: err.code, message: err.message, ...err.details } }, { status: err.status });
  }
  const reference = crypto.randomUUID();
  logger.error({ err, reference }, "route handler failed");
  return Response.json({ error: { code: "INTERNAL_SERVER_ERROR", message: `Something went wrong. Reference: ${reference}` } }, { status: 500 });
}

export function unauthorized(): Response {
  return Response.json({ error: { code: "UNAUTHORIZED", message: "Sign in to continue." } }, { status: 401 });
}
