import { randomBytes } from "node:crypto";
import { z } from "zod";
import { safeText, zText } from "../records/text.ts";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import { mutate } from "../records/mutate.ts";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A chat provider's reply endpoint. Replies carry customer conversations, so in production only
 * https is accepted, except on this machine (a provider adapter running beside the app).
 */
export const zReplyUrl = z
  .union([
    // z.url, not z.httpUrl: the latter wants a public domain, and a provider adapter beside the
    // app (localhost, 127.0.0.1) is a normal reply endpoint.
    z
      .url({ protocol: /^https?$/, error: "Enter a full http(s) URL" })
      .max(2000)
      .check(safeText())
      .refine(
        // Runs even when the URL check above failed (zod goes on), so it must not throw on "" or junk.
        (v) =>
          process.env.NODE_ENV !== "production" ||
          v.startsWith("https:") ||
          LOCAL_HOSTS.has(URL.parse(v)?.hostname ?? ""),
        "Use https (plain http only for localhost)",
      ),
    z.literal(""),
    z.null(),
  ])
  .optional()
  .transform((v) => v || null);

export const ZCreateIntegrationRequestSchema = z.object({
  name: zText().min(1, "Name is required").max(100),
  kind: z.enum(["PBX", "TURRET", "CHAT"], "Choose PBX, turret or chat"),
  // Only http(s): the server POSTs to it, and a javascript: or file: URL is never a phone system.
  originateUrl: z
    .union([z.httpUrl("Enter a full http(s) URL").max(2000).check(safeText()), z.literal(""), z.null()])
    .optional()
    .transform((v) => v || null),
  replyUrl: zReplyUrl,
});
export const ZSetReplyUrlRequestSchema = z.object({
  id: ZRecordId,
  replyUrl: zReplyUrl,
  /** The integration's updatedAt the admin's form was loaded with: a later change wins a conflict. */
  expectedUpdatedAt: z.iso.datetime({ offset: true }),
});

export const ZRotateSecretRequestSchema = z.object({
  id: ZRecordId,
  /** How long the old secret keeps working, so the provider can be re-configured meanwhile. */
  overlapHours: z.number().int().min(0, "0 ends the old secret now").max(168, "At most a week").default(24),
});
export const ZSetIntegrationEnabledRequestSchema = z.object({ id: ZRecordId, enabled: z.boolean() });

// The secret is shown once, when issued. It is kept as is because HMAC verification needs it.
const newSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;

export async function listIntegrations({ db }: ServiceContext) {
  const now = new Date();
  const rows = await db.ctiIntegration.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      kind: true,
      enabled: true,
      originateUrl: true,
      replyUrl: true,
      createdAt: true,
      updatedAt: true,
      secrets: {
        where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
        orderBy: { createdAt: "desc" },
        select: { id: true, createdAt: true, expiresAt: true, secret: true },
      },
      _count: { select: { events: true } },
    },
  });
  // Only the last four characters leave the server after issue.
  return rows.map(({ secrets, _count, ...r }) => ({
    ...r,
    events: _count.events,
    secrets: secrets.map(({ secret, ...s }) => ({ ...s, hint: `…${secret.slice(-4)}` })),
  }));
}

export async function createIntegration(
  ctx: ServiceContext,
  input: z.input<typeof ZCreateIntegrationRequestSchema>,
) {
  const parsed = ZCreateIntegrationRequestSchema.parse(input);
  // Only a chat provider takes replies; a phone system's stays empty whatever the form sent.
  const data = { ...parsed, replyUrl: parsed.kind === "CHAT" ? parsed.replyUrl : null };
  const secret = newSecret();
  return mutate(ctx, {
    action: "create",
    entityType: "CtiIntegration",
    run: async (tx) => {
      const integration = await tx.ctiIntegration.create({
        data: { ...data, secrets: { create: { secret } } },
      });
      return { result: { id: integration.id, secret }, entityId: integration.id, after: data };
    },
  });
}

export async function rotateSecret(ctx: ServiceContext, input: z.input<typeof ZRotateSecretRequestSchema>) {
  const { id, overlapHours } = ZRotateSecretRequestSchema.parse(input);
  const secret = newSecret();
  const now = new Date();
  const until = new Date(now.getTime() + overlapHours * 3600_000);
  return mutate(ctx, {
    action: "rotateSecret",
    entityType: "CtiIntegration",
    run: async (tx) => {
      // Rotations of one integration take turns on its row: each then cuts the secrets the ones
      // before it issued, instead of all cutting the same old one and each keeping its own.
      const [integration] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "CtiIntegration" WHERE "id" = ${id}::uuid FOR UPDATE`;
      if (!integration) throw notFound("Integration");
      // Old secrets that would outlive the overlap are cut to it; ones ending sooner keep their end.
      await tx.integrationSecret.updateMany({
        where: { integrationId: id, OR: [{ expiresAt: null }, { expiresAt: { gt: until } }] },
        data: { expiresAt: until },
      });
      await tx.integrationSecret.create({ data: { integrationId: id, secret } });
      return {
        result: { id, secret, oldSecretsExpireAt: until.toISOString() },
        entityId: id,
        after: { overlapHours },
      };
    },
  });
}

export async function setIntegrationEnabled(
  ctx: ServiceContext,
  input: z.input<typeof ZSetIntegrationEnabledRequestSchema>,
) {
  const { id, enabled } = ZSetIntegrationEnabledRequestSchema.parse(input);
  return mutate(ctx, {
    action: enabled ? "enable" : "disable",
    entityType: "CtiIntegration",
    run: async (tx) => {
      // Changed only from the other state, in one statement: of concurrent calls one changes it
      // and is audited from the state it really left; the others find it done.
      const { count } = await tx.ctiIntegration.updateMany({
        where: { id, enabled: !enabled },
        data: { enabled },
      });
      if (!count && !(await tx.ctiIntegration.findUnique({ where: { id }, select: { id: true } })))
        throw notFound("Integration");
      return {
        result: { id, enabled },
        entityId: id,
        before: { enabled: !enabled },
        after: { enabled },
        unchanged: !count,
      };
    },
  });
}

/**
 * Sets or clears a chat integration's reply endpoint. Optimistic: the save names the version it was
 * made on, and one made on a version someone else has since changed is refused, not applied.
 */
export async function setReplyUrl(ctx: ServiceContext, input: z.input<typeof ZSetReplyUrlRequestSchema>) {
  const { id, replyUrl, expectedUpdatedAt } = ZSetReplyUrlRequestSchema.parse(input);
  return mutate(ctx, {
    action: "setReplyUrl",
    entityType: "CtiIntegration",
    run: async (tx) => {
      const current = await tx.ctiIntegration.findUnique({
        where: { id },
        select: { kind: true, replyUrl: true },
      });
      if (!current) throw notFound("Integration");
      if (current.kind !== "CHAT")
        throw new AppError(AppErrorCode.BAD_REQUEST, "Only chat integrations have a reply endpoint.", {
          field: "replyUrl",
        });
      const { count } = await tx.ctiIntegration.updateMany({
        where: { id, updatedAt: new Date(expectedUpdatedAt) },
        data: { replyUrl },
      });
      if (count !== 1)
        throw new AppError(
          AppErrorCode.CONFLICT,
          "Someone changed this integration since you opened it. Reload to see their change.",
        );
      return {
        result: { id, replyUrl },
        entityId: id,
        before: { replyUrl: current.replyUrl },
        after: { replyUrl },
      };
    },
  });
}
