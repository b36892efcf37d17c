import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { loadViewer } from "@/server/auth/session-store.ts";
import { unauthorized } from "@/server/http/error-response.ts";
import { agentBus } from "@/server/telephony/agent-bus.ts";
import { openAgentStream, parseResumePoint } from "@/server/telephony/agent-stream.ts";
import { ensureReminderSweeps } from "@/server/tasks/task-reminders.ts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The signed-in agent's live calls and chats, as server-sent events (docs/telephony-api.md). */
export async function GET(req: Request) {
  const viewer = await getViewer();
  if (!viewer) return unauthorized("Sign in to receive calls.");
  const after = parseResumePoint(
    req.headers.get("last-event-id") ?? new URL(req.url).searchParams.get("after"),
  );
  // The instance that holds live streams sweeps for due task reminders (once per process).
  ensureReminderSweeps(db, agentBus());
  const stillSignedIn = async () => (await loadViewer(db, viewer.sessionId)) !== null;
  const stream = await openAgentStream(db, agentBus(), viewer.id, after, req.signal, stillSignedIn);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
