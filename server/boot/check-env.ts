import { checkEnv, envProblemsMessage } from "../env.ts";

/** Stops the server process when the environment is incomplete (instrumentation.ts, Node.js only). */
export function exitUnlessEnvValid(): void {
  const check = checkEnv();
  if (check.ok) return;
  console.error(`\n✖ ${envProblemsMessage(check.problems)}\n`);
  process.exit(1);
}
