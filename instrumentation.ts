// Runs once when a server starts (not during `next build`, which has no runtime secrets): the
// environment is validated here, so a deployment started without what it needs (NEXTAUTH_SECRET,
// NEXTAUTH_URL in production) stops with a message saying what to set, whichever way it was
// started (`npm start`, `npm run serve`, `next start`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkEnv, envProblemsMessage } = await import("./server/env.ts");
  const check = checkEnv();
  if (check.ok) return;
  console.error(`\n✖ ${envProblemsMessage(check.problems)}\n`);
  process.exit(1);
}
