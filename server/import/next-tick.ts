/** Lets the event loop run queued I/O callbacks (other requests, finished statements) before going on. */
export const nextTick = () => new Promise<void>((r) => setImmediate(r));
