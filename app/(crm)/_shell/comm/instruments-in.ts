import { findInstruments } from "@/server/instruments/find-instruments.ts";

/** Instruments named in a chat message, in canonical form, for the "Analyse …" links. */
export function instrumentsIn(text: string): string[] {
  return findInstruments(text).map((f) => f.instrument);
}
