import { smtpTransport } from "./email/smtp-transport.ts";
import type { Transports } from "./transport.ts";
import { kannelTransport } from "./sms/kannel-transport.ts";
import { chatTransport } from "./chat/chat-transport.ts";
import { processDb } from "../db/process-client.ts";

/** The transports this deployment configured; a channel left out is "not configured". */
export function transportsFromEnv(env = process.env): Transports {
  const transports: Transports = {};
  if (env.SMTP_URL) transports.EMAIL = smtpTransport(env.SMTP_URL, env);
  if (env.SMS_GATEWAY_URL) transports.SMS = kannelTransport(env.SMS_GATEWAY_URL, env);
  transports.CHAT = chatTransport(processDb); // each integration carries its own reply endpoint
  return transports;
}
