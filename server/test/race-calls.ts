/**
 * Starts every call at once and waits for all of them: the successes, and the errors as tRPC
 * reports them (code and message). Concurrency tests count the winners with it.
 */
export async function raceCalls<T>(calls: (() => Promise<T>)[]) {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const ok = settled
    .filter((s) => s.status === "fulfilled")
    .map((s) => (s as PromiseFulfilledResult<T>).value);
  const errors = settled
    .filter((s) => s.status === "rejected")
    .map((s) => (s as PromiseRejectedResult).reason as { code?: string; message?: string });
  return { ok, errors };
}

/** `count` copies of one call, for raceCalls. */
export const times = <T>(count: number, call: (i: number) => Promise<T>) =>
  Array.from({ length: count }, (_, i) => () => call(i));
