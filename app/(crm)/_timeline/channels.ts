import type { CommunicationChannel } from "@/server/generated/prisma/enums.ts";

export const CHANNELS: CommunicationChannel[] = ["PHONE", "EMAIL", "MEETING", "CHAT", "SMS", "LETTER"];

export const CHANNEL_LABEL: Record<CommunicationChannel, string> = {
  PHONE: "Phone call",
  EMAIL: "Email",
  MEETING: "Meeting",
  CHAT: "Chat",
  SMS: "SMS",
  LETTER: "Letter",
};

// Distinct at a glance and for the common colour-vision deficiencies (Okabe–Ito).
export const CHANNEL_COLOUR: Record<CommunicationChannel, string> = {
  PHONE: "#0072B2",
  EMAIL: "#E69F00",
  MEETING: "#009E73",
  CHAT: "#CC79A7",
  SMS: "#56B4E9",
  LETTER: "#7f7f7f",
};
