import fs from "node:fs";

export const SERVING_FILE = "data/serving.json";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Where the simulator sends its webhooks: --url, else APP_URL, else PORT, else the app that is
 * running (scripts/serve.mjs writes data/serving.json when it listens), else localhost:3000.
 * Says which rule chose it, so a wrong guess is visible.
 */
export function resolveAppUrl(
  flag: string | undefined,
  env: Record<string, string | undefined> = process.env,
  servingFile = SERVING_FILE,
): { url: string; from: string } {
  if (flag) return { url: flag, from: "--url" };
  if (env.APP_URL) return { url: env.APP_URL, from: "APP_URL" };
  if (env.PORT) return { url: `http://localhost:${env.PORT}`, from: "PORT" };
  try {
    const serving = JSON.parse(fs.readFileSync(servingFile, "utf8")) as { url?: unknown; pid?: unknown };
    if (typeof serving.url === "string" && typeof serving.pid === "number" && alive(serving.pid))
      return { url: serving.url, from: "the running app (data/serving.json)" };
  } catch {
    // no app has written the file, or it is unreadable: fall through to the default
  }
  return { url: "http://localhost:3000", from: "the default" };
}
