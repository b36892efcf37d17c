import { z } from "zod";
import { zText } from "../records/text.ts";
import { zIsoInstant } from "../records/dates.ts";

// The body of one webhook: one event about one call or chat. See docs/telephony-api.md.

const isoInstant = zIsoInstant("must be an ISO 8601 date-time, e.g. 2026-11-23T09:30:00Z");
// A transcript segment or chat message may run over several lines; ids and numbers may not.
const text = (max: number) =>
  zText({ multiline: max >= 500 })
    .min(1)
    .max(max);

const base = {
  /** The provider's id for this event. The same id again is acknowledged and changes nothing. */
  eventId: text(200),
  /** The provider's id for the call or chat. */
  callId: text(200),
  occurredAt: isoInstant,
};

const party = {
  /** Caller's number (any format; normalised to E.164) or chat handle. */
  from: text(200),
  to: text(200).optional(),
  /** The dialled line or extension; routes the call to the agent who owns it. */
  line: text(50).optional(),
  /** The agent's email, when the provider knows who is taking it. */
  agent: z.email().optional(),
  direction: z.enum(["INBOUND", "OUTBOUND"]).default("INBOUND"),
};

export const ZWebhookEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("call.ringing"), ...base, ...party }),
  z.object({ type: z.literal("call.answered"), ...base, ...party, agent: party.agent }),
  z.object({ type: z.literal("call.held"), ...base }),
  z.object({ type: z.literal("call.resumed"), ...base }),
  z.object({ type: z.literal("call.ended"), ...base, outcome: text(100).optional() }),
  z.object({
    type: z.literal("transcript.segment"),
    ...base,
    seq: z.int().min(0).max(1_000_000),
    speaker: text(100),
    text: text(5000),
  }),
  z.object({ type: z.literal("chat.started"), ...base, ...party }),
  z.object({
    type: z.literal("chat.message"),
    ...base,
    seq: z.int().min(0).max(1_000_000),
    speaker: text(100),
    text: text(5000),
  }),
  z.object({ type: z.literal("chat.ended"), ...base }),
]);

export type WebhookEvent = z.infer<typeof ZWebhookEventSchema>;
export type WebhookEventInput = z.input<typeof ZWebhookEventSchema>;
