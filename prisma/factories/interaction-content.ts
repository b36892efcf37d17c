import type { CommunicationChannel, InteractionType } from "../../server/generated/prisma/enums.ts";

// What a floor's interactions read like, per channel. The Planning and Result tabs of seed 001
// are filled from these so every field shows something plausible in the demo.

export type ChannelContent = {
  types: readonly (readonly [InteractionType, number])[];
  names: readonly string[];
  results: readonly string[];
  comments: readonly string[];
  descriptions: readonly string[];
  /** Duration range in hours. */
  hours: readonly [number, number];
  subjects?: readonly string[];
  bodies?: readonly string[];
  summaries?: readonly string[];
};

export const CHANNEL_CONTENT: Record<CommunicationChannel, ChannelContent> = {
  PHONE: {
    types: [
      ["CALL", 9],
      ["TASK", 1],
    ],
    names: [
      "Pricing call: EUR/USD 3M forward",
      "Call about the facility renewal",
      "Inbound call: payment query",
      "Call-back on the rates outlook",
      "Quarterly check-in call",
      "Call to confirm the hedge roll",
      "Call about the term deposit maturity",
    ],
    results: ["Spoke to client", "Left voicemail", "No answer", "Deal agreed", "Call back requested"],
    comments: [
      "Client was travelling; try again on Thursday",
      "Treasurer happy with the service",
      "Asked for a better rate than last quarter",
      "Wants to involve the CFO next time",
    ],
    descriptions: [
      "Discussed upcoming FX flows and hedge ratios",
      "Walked through the new pricing",
      "Confirmed maturity instructions",
      "Reviewed the open positions",
    ],
    hours: [0.08, 0.75],
    summaries: [
      "Client asked for a 3-month EUR/USD forward quote on 2m; we quoted and the client will confirm tomorrow.",
      "Treasurer confirmed the facility renewal is on track; legal comments expected next week.",
      "Client wants to roll the maturing deposit for six months if the rate holds; follow up with pricing.",
      "Discussed the rates outlook; client considering a swap to fix half of the floating exposure.",
    ],
  },
  EMAIL: {
    types: [["EMAIL", 1]],
    names: [
      "Send the term sheet",
      "Rate card for term deposits",
      "Meeting follow-up",
      "KYC document request",
      "Market update: rates outlook",
      "Proposal for the cash pooling set-up",
    ],
    results: ["Sent", "Replied", "Bounced", "Read"],
    comments: [
      "Client replied within the hour",
      "Waiting for the signed documents",
      "Out-of-office until Monday",
    ],
    descriptions: [
      "E-mail with the indicative terms",
      "Send the monthly rates pack",
      "Recap of the meeting and next steps",
      "Ask for the updated register of directors",
    ],
    hours: [0.1, 0.3],
    subjects: [
      "Indicative terms for your review",
      "Our term deposit rates this month",
      "Thank you for today's meeting",
      "Documents needed for your annual review",
      "Rates outlook: what it means for your hedges",
    ],
    bodies: [
      "Dear client,\n\nPlease find attached the indicative terms we discussed. Pricing is valid until Friday close.\n\nKind regards",
      "Hello,\n\nFollowing our meeting, here is a short recap and the next steps we agreed.\n\nBest regards",
      "Dear client,\n\nAs part of our annual review, could you send the latest audited accounts and the register of directors?\n\nMany thanks",
    ],
  },
  SMS: {
    types: [["SMS", 1]],
    names: [
      "Appointment reminder",
      "Rate alert",
      "Document received confirmation",
      "Deposit maturity reminder",
    ],
    results: ["Delivered", "Failed", "Replied"],
    comments: ["Client confirmed by SMS", "Number unreachable"],
    descriptions: [
      "Remind the client of tomorrow's meeting",
      "Alert when EUR/GBP crosses the target level",
      "Confirm receipt of the signed form",
    ],
    hours: [0.02, 0.05],
    bodies: [
      "Reminder: your meeting with us is tomorrow at 10:00. Reply STOP to opt out.",
      "Your term deposit matures on Friday. Call us to discuss rollover options.",
      "We have received your documents, thank you.",
    ],
  },
  CHAT: {
    types: [["CHAT", 1]],
    names: [
      "Chat: GBP/USD price",
      "Chat: settlement instructions",
      "Chat: quick quote on Bund 2034",
      "Chat: EUR/CHF spot",
      "Chat: confirm trade details",
    ],
    results: ["Quote given", "Deal agreed", "Information provided", "No response"],
    comments: ["Client dealt on the second quote", "Price not accepted", "Settlement details confirmed"],
    descriptions: [
      "Price request over persistent chat",
      "Settlement query",
      "Quote request for a bond switch",
    ],
    hours: [0.05, 0.5],
    bodies: [
      "Client: can I get a price in 5m GBP/USD spot?\nAgent: 1.2735/1.2738\nClient: mine at 1.2738",
      "Client: please send SSIs for the EUR leg\nAgent: sent by secure mail, please confirm receipt",
    ],
    summaries: [
      "Client bought 5m GBP/USD spot at 1.2738 over chat.",
      "Client asked for settlement instructions; sent by secure mail.",
    ],
  },
  MEETING: {
    types: [["MEETING", 1]],
    names: [
      "Quarterly relationship review",
      "Portfolio review meeting",
      "Credit facility discussion",
      "Treasury strategy workshop",
      "Introductory meeting",
    ],
    results: ["Held: positive", "Held: follow-up needed", "Rescheduled", "Held: no interest"],
    comments: [
      "CFO and treasurer attended",
      "Client keen on a hedging programme",
      "Need a specialist from the rates desk next time",
    ],
    descriptions: [
      "Review last quarter's activity and the year ahead",
      "Present the new investment proposal",
      "Discuss covenant headroom and the renewal",
    ],
    hours: [0.5, 2],
  },
  LETTER: {
    types: [["TASK", 1]],
    names: [
      "Annual statement cover letter",
      "Agreement renewal letter",
      "KYC refresh letter",
      "Facility offer letter",
    ],
    results: ["Posted", "Returned to sender", "Signed copy received"],
    comments: ["Sent by recorded delivery", "Client asked for an e-mail copy too"],
    descriptions: [
      "Post the signed offer letter",
      "Send the renewal pack for signature",
      "Ask for certified ID copies",
    ],
    hours: [0.25, 0.5],
    subjects: ["Your annual statement", "Renewal of your agreement", "Updating our records"],
    bodies: [
      "Dear client,\n\nPlease find enclosed your renewal pack. Kindly sign and return the second copy.\n\nYours faithfully",
    ],
  },
};

export const SOURCE_TYPES = [
  "Inbound request",
  "Relationship plan",
  "Campaign",
  "Service request",
  "Call report",
  "Market event",
] as const;

/** Source Reason Type: the service level the interaction is held to. */
export const SERVICE_LEVELS = [
  "Same-day response",
  "Respond within 4 hours",
  "Respond within 1 business day",
  "Standard: 5 business days",
] as const;
