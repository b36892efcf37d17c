"use client";

import type { Contact, DesktopAgent } from "@finos/fdc3";

declare global {
  interface Window {
    fdc3?: DesktopAgent;
  }
}

let agent: Promise<DesktopAgent | null> | null = null;

/**
 * The FDC3 desktop agent the CRM runs inside, if any: one that injects `window.fdc3` (a container
 * such as io.Connect or Finsemble), else a web desktop agent found by `getAgent` within a short
 * wait. Resolves null in a plain browser tab, never throws, and asks only once per page.
 */
export function desktopAgent(): Promise<DesktopAgent | null> {
  return (agent ??= (async () => {
    if (typeof window === "undefined") return null;
    if (window.fdc3) return window.fdc3;
    // A top-level tab with no opener has nobody to hand it an agent: skip the wait.
    if (window.parent === window && !window.opener) return null;
    try {
      const { getAgent } = await import("@finos/fdc3");
      return await getAgent({ timeoutMs: 750, channelSelector: false, intentResolver: false });
    } catch {
      return null;
    }
  })());
}

function contact(name: string | undefined, phone: string | undefined, email?: string): Contact {
  return {
    type: "fdc3.contact",
    name,
    id: { ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
  } as Contact;
}

/** Tells the other desktop apps which customer the agent is now with (screen pop, chooser). */
export async function broadcastCustomer(c: {
  name: string;
  phone?: string;
  email?: string;
  accountName?: string | null;
}): Promise<boolean> {
  const da = await desktopAgent();
  if (!da) return false;
  try {
    await da.broadcast(contact(c.name, c.phone, c.email));
    if (c.accountName) await da.broadcast({ type: "fdc3.organization", name: c.accountName, id: {} });
    return true;
  } catch {
    // Not joined to a user channel: nothing listens, nothing to do.
    return false;
  }
}

/** Places an outbound call through the desktop's phone app (FDC3 StartCall); false when there is none. */
export async function raiseStartCall(number: string, name?: string): Promise<boolean> {
  const da = await desktopAgent();
  if (!da) return false;
  try {
    await da.raiseIntent("StartCall", contact(name, number));
    return true;
  } catch {
    return false;
  }
}
