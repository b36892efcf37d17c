import { INVALID_SMS_NUMBER, smsRecipientE164 } from "./e164.ts";
import { smsTextProblem } from "./sms-parts.ts";

type SendRequest = {
  send: boolean;
  planning: { phoneNumber?: string };
  result: { communicationChannel?: string; body?: string; actionTemplateContent?: string };
};

/**
 * The field messages for an interaction that sends an SMS: the number must be E.164 (or a GB
 * national number), and the text must fit in the allowed parts. Checked on the request, so the
 * rep sees them on the fields and nothing is queued.
 */
export function smsSendIssues(v: SendRequest): { path: string[]; message: string }[] {
  if (!v.send || v.result.communicationChannel !== "SMS") return [];
  const issues: { path: string[]; message: string }[] = [];
  const to = v.planning.phoneNumber;
  if (to && !smsRecipientE164(to))
    issues.push({ path: ["planning", "phoneNumber"], message: INVALID_SMS_NUMBER });
  const text = v.result.body ?? v.result.actionTemplateContent ?? "";
  const tooLong = smsTextProblem(text);
  if (tooLong) issues.push({ path: ["result", "body"], message: tooLong });
  return issues;
}
