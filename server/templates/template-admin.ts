import type { z } from "zod";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { assertVersion, mutate, type Tx } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { Db } from "../db/create-client.ts";
import {
  ZCreateTemplateRequestSchema,
  ZListTemplatesRequestSchema,
  ZUpdateTemplateRequestSchema,
  type CreateTemplateRequest,
} from "./template-input.ts";

const versionSelect = { culture: true, subject: true, body: true } as const;

/** Templates with the cultures they have; every signed-in user reads them (the Result tab lists them). */
export async function listTemplates(db: Db, input: z.input<typeof ZListTemplatesRequestSchema>) {
  const { channel } = ZListTemplatesRequestSchema.parse(input);
  const rows = await db.messageTemplate.findMany({
    where: channel ? { channel } : {},
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      channel: true,
      isMarketing: true,
      version: true,
      updatedAt: true,
      versions: { select: { culture: true }, orderBy: { culture: "asc" } },
      _count: { select: { interactions: true } },
    },
  });
  return {
    items: rows.map(({ versions, _count, ...t }) => ({
      ...t,
      cultures: versions.map((v) => v.culture),
      usedBy: _count.interactions,
    })),
  };
}

/** A template as the editor and its audit entries see it: every culture's version. */
const templateSelect = {
  id: true,
  name: true,
  channel: true,
  isMarketing: true,
  version: true,
  versions: { select: versionSelect, orderBy: { culture: "asc" } },
} as const;

export async function getTemplate(db: Pick<Tx, "messageTemplate">, id: string) {
  const template = await db.messageTemplate.findUnique({
    where: { id },
    select: templateSelect,
  });
  if (!template) throw notFound("Template");
  return template;
}

type Snapshot = Awaited<ReturnType<typeof getTemplate>>;

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const taken = await tx.messageTemplate.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken)
    throw new AppError(AppErrorCode.CONFLICT, "Another template already has this name.", { field: "name" });
}

// Only e-mail has a subject; a subject typed before switching the channel is not kept.
const versionRows = (req: CreateTemplateRequest) =>
  req.versions.map((v) => ({ ...v, subject: req.channel === "EMAIL" ? v.subject : null }));

export async function createTemplate(
  ctx: ServiceContext,
  input: z.input<typeof ZCreateTemplateRequestSchema>,
) {
  const req = ZCreateTemplateRequestSchema.parse(input);
  return mutate(ctx, {
    action: "create",
    entityType: "MessageTemplate",
    run: async (tx) => {
      await assertNameFree(tx, req.name);
      const created = await tx.messageTemplate.create({
        data: {
          name: req.name,
          channel: req.channel,
          isMarketing: req.isMarketing,
          versions: { create: versionRows(req) },
        },
        select: { id: true },
      });
      const after = await getTemplate(tx, created.id);
      return { result: after, entityId: created.id, after };
    },
  });
}

/**
 * Saves a template and its versions as one change. The save carries the version it was made on;
 * an admin saving over someone else's newer change gets CONFLICT with the current template.
 */
export async function updateTemplate(
  ctx: ServiceContext,
  input: z.input<typeof ZUpdateTemplateRequestSchema>,
) {
  const req = ZUpdateTemplateRequestSchema.parse(input);
  return mutate(ctx, {
    action: "update",
    entityType: "MessageTemplate",
    run: async (tx) => {
      const before: Snapshot | null = await tx.messageTemplate.findUnique({
        where: { id: req.id },
        select: templateSelect,
      });
      if (!before) throw notFound("Template");
      assertVersion(before, req.version, "Template");
      await assertNameFree(tx, req.name, req.id);
      // The conditional update is the lock: of two saves made on the same version, one matches.
      const { count } = await tx.messageTemplate.updateMany({
        where: { id: req.id, version: req.version },
        data: {
          name: req.name,
          channel: req.channel,
          isMarketing: req.isMarketing,
          version: { increment: 1 },
        },
      });
      if (count === 0) assertVersion({ ...before, version: before.version + 1 }, req.version, "Template");
      const rows = versionRows(req);
      await tx.messageTemplateVersion.deleteMany({
        where: { templateId: req.id, culture: { notIn: rows.map((v) => v.culture) } },
      });
      for (const v of rows) {
        await tx.messageTemplateVersion.upsert({
          where: { templateId_culture: { templateId: req.id, culture: v.culture } },
          create: { ...v, templateId: req.id },
          update: { subject: v.subject, body: v.body },
        });
      }
      const after = await getTemplate(tx, req.id);
      return { result: after, entityId: req.id, before, after };
    },
  });
}

/**
 * Deletes a template nobody has used. Interactions keep the template they were written from, so
 * a used one stays (rename it or edit its text instead).
 */
export async function deleteTemplate(ctx: ServiceContext, id: string) {
  return mutate(ctx, {
    action: "delete",
    entityType: "MessageTemplate",
    run: async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "MessageTemplate" WHERE "id" = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) throw notFound("Template");
      const used = await tx.interaction.count({ where: { templateId: id } });
      if (used > 0)
        throw new AppError(
          AppErrorCode.CONFLICT,
          `${used} ${used === 1 ? "interaction was" : "interactions were"} written from this template, so it cannot be deleted.`,
        );
      const before = await getTemplate(tx, id);
      await tx.messageTemplate.delete({ where: { id } });
      return { result: { id }, entityId: id, before };
    },
  });
}
