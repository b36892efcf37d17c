import { z } from "zod";
import { zText } from "../records/text.ts";
import { notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import { ZRecordId } from "../records/record-id.ts";
import type { ServiceContext } from "../service-context.ts";

// A saved view is a name for a list's query string (filters, sort, columns), kept per user. The
// query is stored as the page reads it, so opening a saved view is following a link.

export const LIST_ENTITIES = [
  "accounts",
  "contacts",
  "leads",
  "opportunities",
  "events",
  "campaigns",
  "agreements",
] as const;
export const ZListEntity = z.enum(LIST_ENTITIES);
export type ListEntity = z.infer<typeof ZListEntity>;

export const ZListSavedViewsRequestSchema = z.object({ entity: ZListEntity });

export const ZSaveViewRequestSchema = z.object({
  entity: ZListEntity,
  name: zText().min(1, "Give the view a name").max(60, "Keep the name under 60 characters"),
  query: zText({ trim: false }).max(2000, "This view has too many filters to save"),
});

export const ZDeleteViewRequestSchema = z.object({ id: ZRecordId });

/** The query without the page cursor: a view is where a list starts, not a page of it. */
export function viewQuery(query: string): string {
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  params.delete("cursor");
  params.delete("view");
  return params.toString();
}

export async function listSavedViews(
  { db, viewer }: ServiceContext,
  input: z.infer<typeof ZListSavedViewsRequestSchema>,
) {
  const views = await db.savedView.findMany({
    where: { userId: viewer.id, entity: input.entity },
    orderBy: { name: "asc" },
    select: { id: true, name: true, params: true },
  });
  return views.map((v) => ({
    id: v.id,
    name: v.name,
    query: String((v.params as { query?: unknown }).query ?? ""),
  }));
}

/** Saving under an existing name replaces that view: "save" twice is an update, not an error. */
export async function saveView(ctx: ServiceContext, input: z.infer<typeof ZSaveViewRequestSchema>) {
  const params = { query: viewQuery(input.query) };
  return mutate(ctx, {
    action: "savedView.save",
    entityType: "SavedView",
    run: async (tx) => {
      const key = { userId: ctx.viewer.id, entity: input.entity, name: input.name };
      const before = await tx.savedView.findUnique({ where: { userId_entity_name: key } });
      const view = await tx.savedView.upsert({
        where: { userId_entity_name: key },
        create: { ...key, params },
        update: { params },
        select: { id: true, name: true, params: true },
      });
      return {
        result: { id: view.id, name: view.name, query: params.query },
        entityId: view.id,
        before,
        after: view,
      };
    },
  });
}

export async function deleteView(ctx: ServiceContext, input: z.infer<typeof ZDeleteViewRequestSchema>) {
  return mutate(ctx, {
    action: "savedView.delete",
    entityType: "SavedView",
    run: async (tx) => {
      // Another user's view is as missing as one that never existed.
      const view = await tx.savedView.findFirst({ where: { id: input.id, userId: ctx.viewer.id } });
      if (!view) throw notFound("Saved view");
      // Deleted by a concurrent request meanwhile: as missing as before, not a 500.
      const { count } = await tx.savedView.deleteMany({ where: { id: view.id, userId: ctx.viewer.id } });
      if (count !== 1) throw notFound("Saved view");
      return { result: { id: view.id }, entityId: view.id, before: view };
    },
  });
}
