import { Prisma } from "../generated/prisma/client.ts";
import { AppError, AppErrorCode } from "../errors.ts";

// Database refusals that are the caller's doing, as the application error they mean. A unique
// constraint (P2002) is a conflict, a row that vanished under an update or delete (P2025) is not
// found; anything else stays an unexpected error. One place, so no service needs its own catch
// for a duplicate name, and none turns into a 500.

/** The field names of a unique-constraint error, as Prisma reports them with or without an adapter. */
function conflictingFields(err: Prisma.PrismaClientKnownRequestError): string[] {
  const meta = (err.meta ?? {}) as {
    target?: unknown;
    modelName?: string;
    driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown }; table?: unknown } };
  };
  const cause = meta.driverAdapterError?.cause;
  const fields = meta.target ?? cause?.constraint?.fields;
  if (Array.isArray(fields)) return fields.map((f) => String(f).replace(/^"|"$/g, ""));
  if (typeof fields === "string") return [fields];
  // node-postgres names only the index: Prisma calls it <Table>_<field>_<field>_key.
  const index = cause?.constraint?.index;
  const table = typeof cause?.table === "string" ? cause.table : meta.modelName;
  if (typeof index === "string" && table && index.startsWith(`${table}_`) && index.endsWith("_key")) {
    return index.slice(table.length + 1, -"_key".length).split("_");
  }
  return [];
}

const humanise = (field: string) => field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

export function appErrorFromPrisma(err: unknown): AppError | null {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (err.code === "P2002") {
    const fields = conflictingFields(err);
    const what = fields.length > 0 ? fields.map(humanise).join(" and ") : "value";
    return new AppError(
      AppErrorCode.CONFLICT,
      `Another record already has this ${what}: choose a different one.`,
      { fields },
    );
  }
  if (err.code === "P2025")
    return new AppError(AppErrorCode.NOT_FOUND, "The record was not found; it may have been deleted.");
  return null;
}
