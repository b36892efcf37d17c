import { z } from "zod";
import { zIsoInstant } from "../records/dates.ts";
import { zText } from "../records/text.ts";
import { EventOutcome, EventStatus, EventType } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../records/record-id.ts";

// Long fields are textareas: they keep their line breaks.
const optionalText = (max: number) =>
  zText({ multiline: max >= 500 })
    .max(max)
    .optional()
    .transform((v) => v || null);
const optionalId = z
  .union([ZRecordId, z.literal("")])
  .optional()
  .transform((v) => v || null);
// The browser turns the rep's local date and time into an ISO instant before sending.
const instant = (message: string) => zIsoInstant(message).transform((v) => new Date(v));

const ZEventFieldsObject = z.object({
  subject: zText().min(1, "Subject is required").max(200),
  type: z.enum(EventType, "Choose a type"),
  status: z.enum(EventStatus).default("PLANNED"),
  startsAt: instant("Enter when it starts"),
  endsAt: instant("Enter when it ends"),
  location: optionalText(200),
  description: optionalText(2000),
  outcome: z
    .union([z.enum(EventOutcome), z.literal("")])
    .optional()
    .transform((v) => v || null),
  outcomeNotes: optionalText(2000),
  /** The account or opportunity the event serves; an opportunity implies its account. */
  accountId: optionalId,
  opportunityId: optionalId,
  /** Contacts attending; the owner always attends. */
  attendeeContactIds: z.array(ZRecordId).max(50).default([]),
});

function endsAfterStart(v: { startsAt: Date; endsAt: Date }, ctx: z.RefinementCtx) {
  if (v.endsAt.getTime() <= v.startsAt.getTime())
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Ends must be after Starts" });
}

export const ZCreateEventRequestSchema = ZEventFieldsObject.superRefine(endsAfterStart);
export type CreateEventRequest = z.output<typeof ZCreateEventRequestSchema>;

export const ZUpdateEventRequestSchema = ZEventFieldsObject.extend({
  id: ZRecordId,
  version: z.number().int().positive(),
}).superRefine(endsAfterStart);
export type UpdateEventRequest = z.output<typeof ZUpdateEventRequestSchema>;
