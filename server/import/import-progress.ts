// Live progress of the imports this process is running. The ImportJob row carries status and
// counts for every reader (a reload, another instance); while the write transaction is open the
// row cannot change without breaking all-or-nothing, so the write phase's progress lives here.
export type LiveProgress = { createdById: string; phase: "validating" | "writing"; processed: number; total: number };

const globalForImports = globalThis as unknown as { dealfloorImports?: Map<string, LiveProgress> };
export const liveImports: Map<string, LiveProgress> = (globalForImports.dealfloorImports ??= new Map());
