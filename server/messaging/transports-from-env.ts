import { smtpTransport } from "./email/smtp-transport.ts";
import type { Transports } from "./transport.ts";

/** The transports this deployment configured; a channel left out is "not configured". */
export function transportsFromEnv(env = process.env): Transports {
  const transports: Transports = {};
  if (env.SMTP_URL) transports.EMAIL = smtpTransport(env.SMTP_URL, env);
  return transports;
}
