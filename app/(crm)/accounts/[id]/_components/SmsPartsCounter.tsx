"use client";

import { countSmsParts, MAX_SMS_PARTS } from "@/server/messaging/sms/sms-parts.ts";

/**
 * Under the Body when the channel is SMS: how many parts the text takes and in which encoding, as
 * the server counts it before sending (the same pure function), so a rep sees the cost, and the
 * limit, while typing. Renders nothing for other channels.
 */
export function SmsPartsCounter({ channel, text }: { channel: string; text: string }) {
  if (channel !== "SMS") return null;
  const { parts, encoding, units, remaining } = countSmsParts(text);
  const over = parts > MAX_SMS_PARTS;
  const unit = encoding === "GSM-7" ? "characters" : "UCS-2 characters";
  return (
    <p
      aria-live="polite"
      data-testid="sms-parts"
      className={`-mt-2 text-xs lg:col-start-2 ${over ? "text-red-700" : "text-slate-500"}`}
    >
      {parts === 0
        ? "SMS: empty"
        : `SMS: ${parts} ${parts === 1 ? "part" : "parts"} (${encoding}, ${units} ${unit}, ${remaining} left in this part)`}
      {over && ` — at most ${MAX_SMS_PARTS} parts are sent; shorten the text`}
      {encoding === "UCS-2" && !over && " — a character outside the GSM alphabet halves each part"}
    </p>
  );
}
