"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { BellRing, X } from "lucide-react";
import type { TaskReminderView } from "@/server/tasks/task-reminders.ts";
import { TASK_REMINDER_EVENT } from "./task-reminder-event.ts";

const LABEL: Record<string, string> = { CALL_BACK: "Call back", FOLLOW_UP: "Follow up", ALERT: "Alert" };
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/**
 * Task reminders from the live stream, as toasts in the corner until dismissed: a promised
 * call-back must not slip past while the rep is on another call.
 */
export function TaskReminders() {
  const [reminders, setReminders] = useState<TaskReminderView[]>([]);
  useEffect(() => {
    const onReminder = (e: Event) => {
      const r = (e as CustomEvent<TaskReminderView>).detail;
      setReminders((all) => (all.some((x) => x.taskId === r.taskId) ? all : [...all, r].slice(-4)));
    };
    window.addEventListener(TASK_REMINDER_EVENT, onReminder);
    return () => window.removeEventListener(TASK_REMINDER_EVENT, onReminder);
  }, []);
  const dismiss = (taskId: string) => setReminders((all) => all.filter((r) => r.taskId !== taskId));

  return (
    <div
      role="status"
      aria-live="polite"
      aria-label="Task reminders"
      className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2"
    >
      {reminders.map((r) => (
        <div
          key={r.taskId}
          data-testid="task-reminder"
          className="pointer-events-auto flex gap-3 rounded-lg border border-amber-300 bg-white p-3 shadow-lg"
        >
          <BellRing aria-hidden size={18} className="mt-0.5 shrink-0 text-amber-600" />
          <div className="min-w-0 flex-1 space-y-0.5">
            <p className="text-[11px] font-semibold tracking-wide text-amber-800 uppercase">
              {LABEL[r.type] ?? "Task"} due
            </p>
            <p className="text-sm font-medium break-words text-slate-900">{r.title}</p>
            <p className="text-xs text-slate-600">
              {when.format(new Date(r.dueAt))}
              {r.link && (
                <>
                  {" · "}
                  <Link href={r.link.href} className="text-blue-700 hover:underline">
                    {r.link.label}
                  </Link>
                </>
              )}
            </p>
            <Link
              href="/tasks"
              onClick={() => dismiss(r.taskId)}
              className="inline-block pt-1 text-xs font-medium text-blue-700 hover:underline"
            >
              Open my tasks
            </Link>
          </div>
          <button
            type="button"
            onClick={() => dismiss(r.taskId)}
            aria-label={`Dismiss the reminder: ${r.title}`}
            className="grid size-6 shrink-0 place-items-center rounded text-slate-500 hover:bg-slate-100 hover:text-slate-800"
          >
            <X aria-hidden size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
