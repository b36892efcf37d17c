// Runs once when a server starts (not during `next build`, which has no runtime secrets).
// - The environment is validated here, so a deployment started without what it needs
//   (NEXTAUTH_SECRET, NEXTAUTH_URL in production) stops with a message saying what to set,
//   whichever way it was started (`npm start`, `npm run serve`, `next start`).
// - The job queue's workers start here (the outbox sender, agreement expiry reminders).
// Both live in Node.js-only modules: this file is also compiled for the Edge runtime, which has no
// process.exit.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { exitUnlessEnvValid } = await import("./server/boot/check-env.ts");
  exitUnlessEnvValid();
  const { startWorkers } = await import("./server/boot/start-workers.ts");
  await startWorkers();
}
