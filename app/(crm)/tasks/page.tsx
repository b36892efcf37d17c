import { ListChecks } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { EmptyState, PageHeader } from "@/app/_components/ui";
import { TaskList } from "./TaskList.tsx";

export const metadata = { title: "Tasks · Dealfloor" };

export default async function TasksPage() {
  const tasks = await (await api()).tasks.mine({});
  return (
    <div className="space-y-3">
      <PageHeader
        title="My tasks"
        description="Call-backs you promised, deals waiting for your approval, and follow-ups: soonest due first."
      />
      {tasks.length === 0 ? (
        <EmptyState
          icon={ListChecks}
          title="Nothing to do"
          description="Call-backs from your call reports and deals that need your approval appear here."
        />
      ) : (
        <TaskList tasks={JSON.parse(JSON.stringify(tasks))} />
      )}
    </div>
  );
}
