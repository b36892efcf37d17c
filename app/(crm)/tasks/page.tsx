import { ListChecks, Plus } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { Button, EmptyState, PageHeader } from "@/app/_components/ui";
import { TaskList } from "./TaskList.tsx";

export const metadata = { title: "Tasks · Dealfloor" };

export default async function TasksPage() {
  // The same service as the rep dashboard's "My call-backs" (server/tasks/my-tasks.ts).
  const tasks = JSON.parse(JSON.stringify(await (await api()).tasks.mine({ limit: 200 }))) as Parameters<
    typeof TaskList
  >[0]["tasks"];
  const overdue = tasks.filter((t) => t.overdue);
  const upcoming = tasks.filter((t) => !t.overdue);
  return (
    <div className="space-y-4">
      <PageHeader
        title="My tasks"
        description="Call-backs you promised, follow-ups, alerts and deals waiting for your approval: soonest due first."
        actions={
          <Button href="/tasks/new" variant="primary">
            <Plus aria-hidden /> New task
          </Button>
        }
      />
      {tasks.length === 0 ? (
        <EmptyState
          icon={ListChecks}
          title="Nothing to do"
          description="Tasks you or a colleague create, call-backs from your call reports and deals that need your approval appear here."
        />
      ) : (
        <>
          {overdue.length > 0 && (
            <section aria-labelledby="overdue-heading" className="space-y-2">
              <h2 id="overdue-heading" className="text-[13px] font-semibold text-red-800">
                Overdue ({overdue.length})
              </h2>
              <TaskList tasks={overdue} testId="overdue-tasks" />
            </section>
          )}
          {upcoming.length > 0 && (
            <section aria-labelledby="upcoming-heading" className="space-y-2">
              <h2 id="upcoming-heading" className="text-[13px] font-semibold text-slate-800">
                Coming up ({upcoming.length})
              </h2>
              <TaskList tasks={upcoming} testId="upcoming-tasks" />
            </section>
          )}
        </>
      )}
    </div>
  );
}
