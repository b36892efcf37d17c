// Live progress of the imports this process is running, read by every poll this process answers.
// Other instances read the ImportJob row, which the import updates about once a second.
export type LiveProgress = { createdById: string; processed: number; total: number };

const globalForImports = globalThis as unknown as { dealfloorImports?: Map<string, LiveProgress> };
export const liveImports: Map<string, LiveProgress> = (globalForImports.dealfloorImports ??= new Map());
