import { z } from "zod";
import { zDate } from "../records/dates.ts";
import { zText } from "../records/text.ts";
import { CommunicationChannel, Direction, InteractionType } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../records/record-id.ts";
import { ZAttachmentSchema } from "../attachments/store-attachments.ts";
import { smsSendIssues } from "../messaging/sms/sms-send-rules.ts";

// Long fields are textareas: they keep their line breaks.
const text = (max: number) =>
  zText({ multiline: max >= 500 })
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

// Seed 001's Interactions insert form: a Planning tab and a Result tab. The account fields the
// seed lists on Planning (Account Type, Account Name, PIN…) are read from the account itself.
export const ZPlanningSchema = z.object({
  followedActivity: text(200),
  name: zText().min(1, "Name is required").max(200),
  type: z.enum(InteractionType, "Choose a type"),
  sourceType: text(100),
  sourceReasonType: text(100),
  planStartAt: zDate().optional(),
  planEndAt: zDate().optional(),
  emailAddress: z
    .union([z.email("Enter a valid email address"), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
  phoneNumber: text(40),
  location: text(200),
  locationComments: text(500),
  activityDescription: text(4000),
});

export const ZResultSchema = z.object({
  activityDate: zDate().optional(),
  durationHours: z.coerce
    .number()
    .min(0, "Duration cannot be negative")
    .max(999, "Duration is too long")
    .optional(),
  resultType: text(100),
  activityComments: text(4000),
  resultDescription: text(4000),
  templateId: ZRecordId.optional(),
  actionTemplateContent: text(8000),
  useTemplate: z.boolean().default(false),
  communicationChannel: z.enum(CommunicationChannel).optional(),
  culture: text(20),
  subject: text(300),
  accountName: text(200),
  sendMsgAsText: z.boolean().default(false),
  body: text(20000),
});

/** The channels an interaction's "Send to customer" really sends on. */
export const SENDABLE_CHANNELS: readonly CommunicationChannel[] = ["EMAIL", "SMS"];

export const ZCreateInteractionRequestSchema = z
  .object({
    accountId: ZRecordId,
    contactId: ZRecordId.optional(),
    opportunityId: ZRecordId.optional(),
    assignedUserId: ZRecordId.optional(),
    direction: z.enum(Direction).optional(),
    isMarketing: z.boolean().default(false),
    /** Send the Result tab's message to the customer now. */
    send: z.boolean().default(false),
    planning: ZPlanningSchema,
    result: ZResultSchema.prefault({}),
    attachments: z.array(ZAttachmentSchema).max(5, "At most 5 attachments").default([]),
  })
  .superRefine((v, ctx) => {
    if (v.planning.planStartAt && v.planning.planEndAt && v.planning.planEndAt < v.planning.planStartAt) {
      ctx.addIssue({
        code: "custom",
        path: ["planning", "planEndAt"],
        message: "Plan End must be after Plan Start",
      });
    }
    if (v.send && !v.result.communicationChannel) {
      ctx.addIssue({
        code: "custom",
        path: ["result", "communicationChannel"],
        message: "Choose a channel to send on",
      });
    }
    if (v.send && !v.result.body && !v.result.actionTemplateContent) {
      ctx.addIssue({ code: "custom", path: ["result", "body"], message: "Write the message body" });
    }
    const channel = v.result.communicationChannel;
    if (v.send && channel && !SENDABLE_CHANNELS.includes(channel)) {
      ctx.addIssue({
        code: "custom",
        path: ["result", "communicationChannel"],
        message: "Only e-mail and SMS are sent from an interaction; reply to a chat in the chat panel",
      });
    }
    if (v.send && channel === "EMAIL" && !v.planning.emailAddress) {
      ctx.addIssue({
        code: "custom",
        path: ["planning", "emailAddress"],
        message: "Enter the address to send to",
      });
    }
    if (v.send && channel === "SMS" && !v.planning.phoneNumber) {
      ctx.addIssue({
        code: "custom",
        path: ["planning", "phoneNumber"],
        message: "Enter the number to send to",
      });
    }
    for (const issue of smsSendIssues(v)) ctx.addIssue({ code: "custom", ...issue });
  });

export type CreateInteractionRequest = z.output<typeof ZCreateInteractionRequestSchema>;
