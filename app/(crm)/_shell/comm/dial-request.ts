"use client";

// Any phone number on any page can ask the softphone to dial it, without knowing where it lives.
export const DIAL_EVENT = "dealfloor:dial";

export type DialRequest = { number: string; contactId?: string; accountId?: string };

export function requestDial(request: DialRequest): void {
  window.dispatchEvent(new CustomEvent<DialRequest>(DIAL_EVENT, { detail: request }));
}

export function onDialRequest(handler: (request: DialRequest) => void): () => void {
  const listener = (e: Event) => handler((e as CustomEvent<DialRequest>).detail);
  window.addEventListener(DIAL_EVENT, listener);
  return () => window.removeEventListener(DIAL_EVENT, listener);
}
