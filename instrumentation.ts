// Next runs register() once when a server process starts: the place for in-process schedules.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startExpirySchedule } = await import("./server/agreements/expiry-schedule.ts");
  startExpirySchedule();
}
