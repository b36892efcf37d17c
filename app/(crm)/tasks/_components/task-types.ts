import type { BadgeTone } from "@/app/_components/ui";

/** How each kind of task is named and coloured in the list, the form and the reminder. */
export const TASK_TYPES: Record<string, { label: string; tone: BadgeTone }> = {
  CALL_BACK: { label: "Call back", tone: "blue" },
  FOLLOW_UP: { label: "Follow up", tone: "violet" },
  ALERT: { label: "Alert", tone: "amber" },
  APPROVAL: { label: "Approval", tone: "amber" },
  EMAIL: { label: "E-mail", tone: "neutral" },
};

export const typeOf = (type: string) => TASK_TYPES[type] ?? { label: type, tone: "neutral" as const };
