import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { param, type SearchParams } from "../../_list/search-params.ts";
import { TASK_LINK_KINDS } from "@/server/tasks/task-links.ts";
import { TaskForm } from "../_components/TaskForm.tsx";

export const metadata = { title: "New task · Dealfloor" };

/**
 * Opened from a record (?account=, ?contact=, ?lead= or ?opportunity=), from Ctrl-K (?title=),
 * or on its own. A record the user may not see is the same 404 as a missing one.
 */
export default async function NewTaskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const trpc = await api();
  const kind = TASK_LINK_KINDS.find((k) => param(sp, k));
  const [assignees, link] = await Promise.all([
    trpc.tasks.assignees(),
    kind ? orNotFound(trpc.tasks.linkLabel({ kind, id: param(sp, kind)! })) : null,
  ]);
  return (
    <div className="space-y-3">
      <PageHeader
        title="New task"
        description="A call back, follow-up or alert for you or a colleague, with the time it is due."
      />
      <TaskForm assignees={assignees} link={link} initialTitle={(param(sp, "title") ?? "").slice(0, 200)} />
    </div>
  );
}
