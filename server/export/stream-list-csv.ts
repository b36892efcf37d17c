import { AppError, AppErrorCode } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { fieldMessagesOf } from "../trpc/field-errors.ts";
import { csvLine } from "./csv-format.ts";
import { EXPORT_ENTITIES, exportEntities, type ExportEntity, type ExportSpec } from "./export-entities.ts";

// Each batch is one keyset page of the list service (its maximum page size): memory stays flat
// and page 5,000 costs what page 1 does, however large the export.
const BATCH = 200;

/** Validates the entity and the list's URL filters; throws AppError with a reason per field. */
export function prepareExport(entity: string, sp: URLSearchParams) {
  if (!(EXPORT_ENTITIES as string[]).includes(entity)) {
    throw new AppError(
      AppErrorCode.NOT_FOUND,
      `Nothing to export called "${entity}". Lists that export: ${EXPORT_ENTITIES.join(", ")}.`,
    );
  }
  const spec = exportEntities[entity as ExportEntity];
  const parsed = spec.schema.safeParse({ ...spec.fromParams(sp), limit: BATCH });
  if (!parsed.success) {
    throw new AppError(AppErrorCode.BAD_REQUEST, "The list filters in this link are not valid.", {
      fields: fieldMessagesOf(parsed.error, "query"),
    });
  }
  return { entity: entity as ExportEntity, input: parsed.data as Record<string, unknown> };
}

/** The list as CSV lines: a header, then every row across all pages. */
export async function* listCsv(
  ctx: ServiceContext,
  entity: ExportEntity,
  input: Record<string, unknown>,
): AsyncGenerator<string> {
  // Each entity's columns fit its own rows; here they are only passed through.
  const spec = exportEntities[entity] as unknown as ExportSpec<unknown>;
  yield `\uFEFF${csvLine(spec.columns.map(([header]) => header))}`; // BOM: Excel reads UTF-8 names right
  let cursor: string | undefined;
  do {
    const page = await spec.list(ctx, { ...input, cursor } as never);
    let chunk = "";
    const rows = spec.keep ? await spec.keep(ctx, page.items) : page.items;
    for (const row of rows) chunk += csvLine(spec.columns.map(([, value]) => value(row)));
    if (chunk) yield chunk;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
