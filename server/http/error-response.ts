import { AppError } from "../errors.ts";
import { logger } from "../logger.ts";
import { appErrorFromPrisma } from "../db/prisma-errors.ts";

// The one error body every HTTP route answers with (route handlers, the upload, webhooks, the
// stream), shaped like a tRPC error's data: a code, a message a person can read, the request id
// the log has too, and for a refused form the messages per field.
export type WireError = {
  code: string;
  message: string;
  requestId: string;
  fieldErrors?: Record<string, string[]>;
  details?: Record<string, unknown>;
};

const CODE_FOR_STATUS: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_SUPPORTED",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  422: "UNPROCESSABLE_CONTENT",
  429: "TOO_MANY_REQUESTS",
  500: "INTERNAL_SERVER_ERROR",
  503: "SERVICE_UNAVAILABLE",
};

export const codeForStatus = (status: number): string =>
  CODE_FOR_STATUS[status] ?? (status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST");

export function jsonError(
  status: number,
  message: string,
  extra: {
    code?: string;
    requestId?: string;
    fieldErrors?: Record<string, string[]>;
    details?: Record<string, unknown>;
  } = {},
): Response {
  const { code = codeForStatus(status), requestId = crypto.randomUUID(), fieldErrors, details } = extra;
  const error: WireError = { code, message, requestId };
  if (fieldErrors && Object.keys(fieldErrors).length) error.fieldErrors = fieldErrors;
  if (details && Object.keys(details).length) error.details = details;
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * An AppError's reasons on the wire: `details.fields` become fieldErrors (a message per field, or
 * a list of fields the error's message is about). A duplicate key or a vanished row from the
 * database is the AppError tRPC maps it to, so a route answers 409 or 404 where tRPC does.
 */
export function errorResponse(cause: unknown): Response {
  const requestId = crypto.randomUUID();
  const err = appErrorFromPrisma(cause) ?? cause;
  if (err instanceof AppError) {
    const { fields, ...details } = err.details ?? {};
    const fieldErrors = Array.isArray(fields)
      ? Object.fromEntries(fields.map((f) => [String(f), [err.message]]))
      : fields && typeof fields === "object"
        ? Object.fromEntries(
            Object.entries(fields as Record<string, unknown>).map(([k, v]) => [k, [String(v)]]),
          )
        : undefined;
    return jsonError(err.status, err.message, { code: err.code, requestId, fieldErrors, details });
  }
  // Unknown errors never leak their text: the caller gets the reference, the log the whole error.
  logger.error({ err, requestId }, "route handler failed");
  return jsonError(500, `Something went wrong. Reference: ${requestId}`, { requestId });
}

export function unauthorized(message = "Sign in to continue."): Response {
  return jsonError(401, message);
}
