// The app's own rules for the start scripts, which are plain JavaScript: server/env.ts (is the
// environment complete?) and server/demo-mode.ts (seed the demo floor?) are TypeScript, loaded here
// through tsx so that the scripts and the running app decide alike.
import { tsImport } from "tsx/esm/api";

const load = (file) => tsImport(`../../server/${file}`, import.meta.url);

/** Validates `env` as the app will at boot; stops the process with what to set when incomplete. */
export async function exitUnlessEnvValid(env) {
  const { checkEnv, envProblemsMessage } = await load("env.ts");
  const check = checkEnv(env);
  if (check.ok) return;
  console.error(`\n✖ ${envProblemsMessage(check.problems)}\n`);
  process.exit(1);
}

/** server/demo-mode.ts's isDemoMode for `env`. */
export async function isDemoMode(env) {
  const mod = await load("demo-mode.ts");
  return mod.isDemoMode(env);
}

/** server/setup/setup-code.ts's code for `env` (null without NEXTAUTH_SECRET), as the app checks it. */
export async function setupCode(env) {
  const mod = await load("setup/setup-code.ts");
  return mod.currentSetupCode(env);
}
