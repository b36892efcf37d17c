import { z } from "zod";

// The environment the app runs with, validated once at boot: instrumentation.ts when the server
// starts, and scripts/start.mjs and scripts/e2e-server.mjs before they migrate, seed or build, so a
// deployment that forgot a setting stops at once with a message saying what to set. `next build`
// runs without the runtime secrets and does not validate.

// An empty variable (`NEXTAUTH_SECRET=` in a unit file) means unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const ZEnvSchema = z
  .object({
    NODE_ENV: optional(z.enum(["development", "test", "production"])).transform((v) => v ?? "development"),
    DATABASE_URL: optional(
      z.string().regex(/^(postgres(ql)?:\/\/|pglite:)/, "DATABASE_URL must be postgres://… or pglite:<dir>"),
    ),
    NEXTAUTH_SECRET: optional(
      z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters (32 random bytes is usual)"),
    ),
    NEXTAUTH_URL: optional(
      z.url({
        protocol: /^https?$/,
        error: "NEXTAUTH_URL must be the app's address, e.g. https://crm.example.com",
      }),
    ),
    DEALFLOOR_DEMO: optional(z.enum(["0", "1"], "DEALFLOOR_DEMO must be 1 (demo data) or 0 (none)")),
    DEALFLOOR_TRUSTED_PROXY_HOPS: optional(
      z.coerce
        .number("DEALFLOOR_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10")
        .int("DEALFLOOR_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10")
        .min(0, "DEALFLOOR_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10")
        .max(10, "DEALFLOOR_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10"),
    ).transform((v) => v ?? 0),
    DEALFLOOR_FDC3_HOST_ORIGINS: optional(z.string()),
    PORT: optional(
      z.coerce.number("PORT must be a port number").int().min(1, "PORT must be a port number").max(65535),
    ),
    // Messaging (issue: messages that really leave). Unset means that channel is not configured:
    // its messages wait in Admin → Outbox marked "Not sent", and nothing claims they left.
    SMTP_URL: optional(
      z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be smtp://user:password@host:587 or smtps://…" }),
    ),
    MAIL_FROM: optional(z.string().min(3, "MAIL_FROM must be an address, e.g. Dealfloor <crm@bank.example>")),
    IMAP_URL: optional(
      z.url({
        protocol: /^imaps?$/,
        error: "IMAP_URL must be imap://user:password@host:143/INBOX or imaps://…",
      }),
    ),
    SMS_GATEWAY_URL: optional(
      z.url({
        protocol: /^https?$/,
        error:
          "SMS_GATEWAY_URL must be the gateway's send URL, e.g. http://user:pass@kannel:13013/cgi-bin/sendsms",
      }),
    ),
    SMS_CALLBACK_URL: optional(
      z.url({
        protocol: /^https?$/,
        error: "SMS_CALLBACK_URL must be the app's address as the SMS gateway reaches it",
      }),
    ),
    SMS_INBOUND_SECRET: optional(z.string().min(16, "SMS_INBOUND_SECRET must be at least 16 characters")),
    LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
  })
  .superRefine((e, ctx) => {
    // The embedded database is a single machine's trial (npm start generates both); a deployment on
    // PostgreSQL may run several instances, which must share one secret and know their public URL.
    if (e.NODE_ENV !== "production" || !e.DATABASE_URL || e.DATABASE_URL.startsWith("pglite:")) return;
    if (!e.NEXTAUTH_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message:
          "NEXTAUTH_SECRET is not set. Set it to a long random string, the same on every app instance " +
          "(for example the output of `openssl rand -base64 32`): it signs the session cookies.",
      });
    if (!e.NEXTAUTH_URL)
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message:
          "NEXTAUTH_URL is not set. Set it to the address people open the app at, for example " +
          "https://crm.example.com: sign-in redirects and the same-origin check of every change use it.",
      });
  });

export type Env = z.infer<typeof ZEnvSchema>;

export type EnvCheck = { ok: true; env: Env } | { ok: false; problems: string[] };

/** Validates an environment (process.env by default) without throwing: one sentence per problem. */
export function checkEnv(source: Record<string, string | undefined> = process.env): EnvCheck {
  const result = ZEnvSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => issue.message) };
}

/** The message that stops a start: every problem, one per line. */
export function envProblemsMessage(problems: string[]): string {
  return [
    "Dealfloor cannot start: the environment is not complete.",
    ...problems.map((p) => `  - ${p}`),
  ].join("\n");
}

let parsed: Env | undefined;

/** The validated process environment, parsed on first use; throws with what to set when invalid. */
export function env(): Env {
  if (parsed) return parsed;
  const check = checkEnv(process.env);
  if (!check.ok) throw new Error(envProblemsMessage(check.problems));
  return (parsed = check.env);
}
