import { z } from "zod";
import { zIsoDay } from "../records/dates.ts";
import { ZRecordId } from "../records/record-id.ts";
import type { KeysetSpec, SortField } from "./keyset.ts";

// What every list shares beyond paging: whose rows, which team, a date window on the list's main
// date, and the order. Each list adds its own filters (stage, status, type…) next to these.

type Dir = "asc" | "desc";
export type SortOption = { label: string; fields: Omit<SortField, "dir">[]; dir: Dir };

export type ListViewDef<S extends string = string> = {
  sorts: Record<S, SortOption>;
  defaultSort: S;
  /** The date the From/To window filters on, and its label on the page. */
  dateField: string;
  dateLabel: string;
  /** Lists of records that hang off an account (agreements) filter owner and team through it. */
  ownedVia?: "account";
  /** Whether the rows carry a marketing campaign to filter on. */
  campaign?: boolean;
};

/** Orders most lists offer. */
export const SORT_CREATED: SortOption = {
  label: "Created",
  fields: [{ name: "createdAt", type: "date" }],
  dir: "desc",
};
export const SORT_UPDATED: SortOption = {
  label: "Last updated",
  fields: [{ name: "updatedAt", type: "date" }],
  dir: "desc",
};

const ZIsoDate = zIsoDay("Use a date like 2026-12-31");

export function listViewSchema<S extends string>(def: ListViewDef<S>) {
  return z
    .object({
      ownerId: ZRecordId.optional(),
      teamId: ZRecordId.optional(),
      campaignId: def.campaign
        ? ZRecordId.optional()
        : z.never("This list has no campaign filter").optional(),
      from: ZIsoDate.optional(),
      to: ZIsoDate.optional(),
      sort: z.enum(Object.keys(def.sorts) as [S, ...S[]]).optional(),
      dir: z.enum(["asc", "desc"]).optional(),
    })
    .refine((v) => !v.from || !v.to || v.from <= v.to, {
      path: ["to"],
      message: "The end date is before the start date",
    });
}

export type ListView = {
  ownerId?: string;
  teamId?: string;
  campaignId?: string;
  from?: string;
  to?: string;
  sort?: string;
  dir?: Dir;
};

/** The keyset order for the chosen sort; the direction applies to every key of it. */
export function viewSpec(def: ListViewDef, view: ListView): KeysetSpec {
  const option = def.sorts[view.sort ?? def.defaultSort] ?? def.sorts[def.defaultSort]!;
  const dir = view.dir ?? option.dir;
  return { fields: option.fields.map((f) => ({ ...f, dir })) };
}

const DAY_MS = 86_400_000;

/** The shared filters as a Prisma where; "to" is inclusive of its whole day. */
export function viewWhere(def: ListViewDef, view: ListView): Record<string, unknown> {
  const owned = { ownerId: view.ownerId, teamId: view.teamId };
  const range =
    view.from || view.to
      ? {
          [def.dateField]: {
            ...(view.from ? { gte: new Date(view.from) } : {}),
            ...(view.to ? { lt: new Date(new Date(view.to).getTime() + DAY_MS) } : {}),
          },
        }
      : {};
  return {
    ...(def.ownedVia === "account" ? (view.ownerId || view.teamId ? { account: owned } : {}) : owned),
    ...(def.campaign ? { campaignId: view.campaignId } : {}),
    ...range,
  };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The view as a list page's URL holds it. Values that could not be valid are dropped rather than
 * refused, so a stale or hand-edited bookmark still opens the list; the API itself stays strict.
 */
export function viewFromParams(def: ListViewDef, get: (key: string) => string | undefined): ListView {
  const id = (k: string) => {
    const v = get(k);
    return v && GUID.test(v) ? v : undefined;
  };
  const date = (k: string) => {
    const v = get(k);
    return v && DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined;
  };
  const sort = get("sort");
  const dir = get("dir");
  return {
    ownerId: id("owner"),
    teamId: id("team"),
    campaignId: def.campaign ? id("campaign") : undefined,
    from: date("from"),
    to: date("to"),
    sort: sort && sort in def.sorts ? sort : undefined,
    dir: dir === "asc" || dir === "desc" ? dir : undefined,
  };
}
