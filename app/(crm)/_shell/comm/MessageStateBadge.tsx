import { Badge, type BadgeTone } from "@/app/_components/ui";

// The words a person reads for an outgoing message's state. "Sent" only once a server accepted it.
const LABEL: Record<string, string> = {
  QUEUED: "Queued",
  SENDING: "Sending",
  SENT: "Sent",
  DELIVERED: "Delivered",
  BOUNCED: "Bounced",
  FAILED: "Failed",
  NOT_SENT: "Not sent",
  CANCELED: "Canceled",
};
const TONE: Record<string, BadgeTone> = {
  QUEUED: "neutral",
  SENDING: "blue",
  SENT: "green",
  DELIVERED: "green",
  BOUNCED: "red",
  FAILED: "red",
  NOT_SENT: "amber",
  CANCELED: "neutral",
};

/** Still on its way: worth asking the server again shortly. */
export const isPending = (state: string) => state === "QUEUED" || state === "SENDING";

/** The message's state, with the server's last reply as its tooltip. */
export function MessageStateBadge({ state, reply }: { state: string; reply?: string | null }) {
  const label = LABEL[state] ?? state;
  return (
    <span title={reply ?? undefined} data-testid="message-state" data-state={state}>
      <Badge tone={TONE[state] ?? "neutral"}>{label}</Badge>
    </span>
  );
}
