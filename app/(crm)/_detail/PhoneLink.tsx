"use client";

import { Phone } from "lucide-react";
import { requestDial, type DialRequest } from "../_shell/comm/dial-request.ts";

/** A phone number that calls out through the softphone when clicked. */
export function PhoneLink({ number, display, contactId, accountId }: DialRequest & { display?: string }) {
  return (
    <button
      type="button"
      onClick={() => requestDial({ number, contactId, accountId })}
      className="inline-flex items-center gap-1 whitespace-nowrap text-blue-700 hover:underline"
      title={`Call ${display ?? number}`}
      aria-label={`Call ${display ?? number}`}
    >
      <Phone aria-hidden size={12} />
      {display ?? number}
    </button>
  );
}
