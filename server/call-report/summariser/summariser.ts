/** What the summariser reads: the transcript of a call, or the messages of a chat. */
export type SummaryInput = {
  channel: "CALL" | "CHAT";
  segments: { speaker: string; text: string; occurredAt: Date }[];
  /** Relative dates ("tomorrow", "Friday") are resolved against this. */
  referenceDate: Date;
};

export type CallSummary = {
  summary: string;
  keySentences: string[];
  entities: {
    amounts: { text: string; value: number | null; currency: string | null }[];
    dates: { text: string; isoDate: string | null }[];
    instruments: { text: string; instrument: string }[];
    callBacks: { text: string; dueAt: string }[];
  };
};

/**
 * Turns a conversation into a call report's summary and key entities. The built-in one runs
 * wink-nlp in-process; an on-premises language model can take its place behind this interface.
 */
export interface Summariser {
  readonly name: string;
  summarise(input: SummaryInput): Promise<CallSummary>;
}
