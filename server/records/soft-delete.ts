import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { ZRecordId } from "./record-id.ts";
import { accountScope, contactScope, leadScope, opportunityScope } from "../access/visibility.ts";
import type { Viewer } from "../access/viewer.ts";
import { mutate, type Tx } from "./mutate.ts";

// The records a user deletes softly (gone from every list and page) and an admin restores.
export const SOFT_DELETABLE = ["Account", "Contact", "Lead", "Opportunity"] as const;
export type SoftDeletable = (typeof SOFT_DELETABLE)[number];

type Delegate = {
  findFirst(args: { where: object }): Promise<{ id: string; deletedAt: Date | null } | null>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
  findUniqueOrThrow(args: { where: { id: string } }): Promise<unknown>;
};

const MODEL: Record<
  SoftDeletable,
  { key: "account" | "contact" | "lead" | "opportunity"; scope: (v: Viewer) => object }
> = {
  Account: { key: "account", scope: accountScope },
  Contact: { key: "contact", scope: contactScope },
  Lead: { key: "lead", scope: leadScope },
  Opportunity: { key: "opportunity", scope: opportunityScope },
};

const delegate = (tx: Tx | ServiceContext["db"], type: SoftDeletable) =>
  (tx as unknown as Record<string, Delegate>)[MODEL[type].key]!;

/** Whether the viewer may see this record (live, within their access). */
export async function canSee(
  ctx: Pick<ServiceContext, "db" | "viewer">,
  type: SoftDeletable,
  id: string,
): Promise<boolean> {
  return !!(await delegate(ctx.db, type).findFirst({ where: { id, ...MODEL[type].scope(ctx.viewer) } }));
}

export const ZSoftDeleteRequestSchema = z.object({ entityType: z.enum(SOFT_DELETABLE), id: ZRecordId });

/** Soft delete: the record leaves every list, search and page; an admin can restore it. */
export async function softDelete(ctx: ServiceContext, type: SoftDeletable, id: string) {
  return mutate(ctx, {
    action: "delete",
    entityType: type,
    run: async (tx) => {
      const before = await delegate(tx, type).findFirst({ where: { id, ...MODEL[type].scope(ctx.viewer) } });
      if (!before) throw notFound(type);
      // Only a live record is deleted, in one statement: of concurrent deletes one wins, and the
      // others find it gone, as they would a moment later.
      const { count } = await delegate(tx, type).updateMany({
        where: { id, deletedAt: null },
        data: { deletedAt: new Date(), version: { increment: 1 } },
      });
      if (count !== 1) throw notFound(type);
      const after = await delegate(tx, type).findUniqueOrThrow({ where: { id } });
      return { result: { id }, entityId: id, before, after };
    },
  });
}

/** Admins bring a soft-deleted record back. */
export async function restoreRecord(ctx: ServiceContext, input: z.input<typeof ZSoftDeleteRequestSchema>) {
  const { entityType: type, id } = ZSoftDeleteRequestSchema.parse(input);
  return mutate(ctx, {
    action: "restore",
    entityType: type,
    run: async (tx) => {
      const before = await delegate(tx, type).findFirst({ where: { id } });
      if (!before) throw notFound(type);
      const notDeleted = () =>
        new AppError(AppErrorCode.CONFLICT, `This ${type.toLowerCase()} is not deleted.`);
      if (!before.deletedAt) throw notDeleted();
      // Restored only while still deleted: of concurrent restores one wins, the others are told.
      const { count } = await delegate(tx, type).updateMany({
        where: { id, deletedAt: { not: null } },
        data: { deletedAt: null, version: { increment: 1 } },
      });
      if (count !== 1) throw notDeleted();
      const after = await delegate(tx, type).findUniqueOrThrow({ where: { id } });
      return { result: { id }, entityId: id, before, after };
    },
  });
}

const deleted = { deletedAt: { not: null } } satisfies Prisma.ContactWhereInput;
const meta = { id: true, deletedAt: true, team: { select: { name: true } } } as const;

/** The admin page's bin: the newest deletions of every kind. */
export async function listDeleted({ db }: ServiceContext) {
  const [accounts, contacts, leads, opportunities] = await Promise.all([
    db.account.findMany({
      where: deleted,
      orderBy: { deletedAt: "desc" },
      take: 50,
      select: { ...meta, partyGroupName: true },
    }),
    db.contact.findMany({
      where: deleted,
      orderBy: { deletedAt: "desc" },
      take: 50,
      select: { ...meta, foreName: true, surname: true },
    }),
    db.lead.findMany({
      where: deleted,
      orderBy: { deletedAt: "desc" },
      take: 50,
      select: { ...meta, foreName: true, surname: true },
    }),
    db.opportunity.findMany({
      where: deleted,
      orderBy: { deletedAt: "desc" },
      take: 50,
      select: { ...meta, name: true },
    }),
  ]);
  const rows = [
    ...accounts.map((r) => ({
      entityType: "Account" as const,
      id: r.id,
      name: r.partyGroupName,
      team: r.team.name,
      deletedAt: r.deletedAt!,
    })),
    ...contacts.map((r) => ({
      entityType: "Contact" as const,
      id: r.id,
      name: `${r.foreName} ${r.surname}`,
      team: r.team.name,
      deletedAt: r.deletedAt!,
    })),
    ...leads.map((r) => ({
      entityType: "Lead" as const,
      id: r.id,
      name: `${r.foreName} ${r.surname}`,
      team: r.team.name,
      deletedAt: r.deletedAt!,
    })),
    ...opportunities.map((r) => ({
      entityType: "Opportunity" as const,
      id: r.id,
      name: r.name,
      team: r.team.name,
      deletedAt: r.deletedAt!,
    })),
  ];
  return rows.sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime()).slice(0, 100);
}
