import { z } from "zod";
import { zText } from "../records/text.ts";

/** The tools the communication centre can open for a customer (CommCentreRule.tools). */
export const COMM_CENTRE_TOOLS = ["ANALYTICS", "PRICING", "CREDIT_CHECK", "DEAL_TICKET"] as const;
export type CommCentreTool = (typeof COMM_CENTRE_TOOLS)[number];

/** Action-panel actions (CommCentreRule.actions). */
export const COMM_CENTRE_ACTIONS = [
  "START_CALL",
  "START_CHAT",
  "SEND_EMAIL",
  "SEND_SMS",
  "NEW_INTERACTION",
  "NEW_OPPORTUNITY",
  "REGISTER_DEAL",
  "VIEW_ANALYSIS",
] as const;
export type CommCentreAction = (typeof COMM_CENTRE_ACTIONS)[number];

/** CommCentreRule.conditions; an absent or empty key matches every customer. */
export const ZRuleConditionsSchema = z.object({
  segments: z
    .array(zText({ trim: false }).max(40))
    .max(20)
    .optional(),
  kycStatuses: z
    .array(zText({ trim: false }).max(40))
    .max(20)
    .optional(),
  productsAny: z
    .array(zText({ trim: false }).max(80))
    .max(50)
    .optional(),
  instrumentsAny: z
    .array(zText({ trim: false }).max(80))
    .max(50)
    .optional(),
});
export type RuleConditions = z.infer<typeof ZRuleConditionsSchema>;
