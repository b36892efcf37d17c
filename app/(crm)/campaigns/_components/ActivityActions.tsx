"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";

export type ActivityRef = {
  id: string;
  name: string;
  version: number;
  status: string;
  accountId: string;
  assignedUserId: string | null;
  /** What the server says this user may do; without it every move the status allows is offered. */
  can?: { work: boolean; assign: boolean };
};

const FINAL = ["COMPLETED", "CANCELED"];

/**
 * The moves an activity's status allows (activity-transitions.ts on the server decides; this only
 * offers them): assign, start, complete, cancel. A refusal shows beside the buttons.
 */
export function ActivityActions({ activity }: { activity: ActivityRef }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [assigning, setAssigning] = useState(false);
  const [assignee, setAssignee] = useState(activity.assignedUserId ?? "");
  const users = useQuery({
    ...trpc.campaigns.assignableUsers.queryOptions({ accountId: activity.accountId }),
    enabled: assigning,
  });
  const move = useMutation(trpc.campaigns.moveActivity.mutationOptions());
  const assign = useMutation(trpc.campaigns.assignActivity.mutationOptions());
  const error = serverErrors(move.error ?? assign.error).form;
  const busy = move.isPending || assign.isPending;
  const done = { onSuccess: () => router.refresh() };
  const ref = { id: activity.id, version: activity.version };
  const label = (verb: string) => `${verb} ${activity.name}`;

  const can = activity.can ?? { work: true, assign: true };
  if (FINAL.includes(activity.status) || (!can.work && !can.assign)) return null;
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center justify-end gap-1.5 whitespace-nowrap">
        {assigning ? (
          <>
            <Select
              aria-label={`Assigned User for ${activity.name}`}
              className="h-7 w-40 text-xs"
              value={assignee}
              onChange={(e) => setAssignee(e.target.value)}
            >
              <option value="">Unassigned</option>
              {users.data?.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
            <Button
              size="sm"
              variant="primary"
              disabled={busy || users.isPending}
              onClick={() =>
                assign.mutate(
                  { ...ref, assignedUserId: assignee || null },
                  { onSuccess: () => (setAssigning(false), router.refresh()) },
                )
              }
            >
              Save
            </Button>
            <Button size="sm" onClick={() => setAssigning(false)}>
              Back
            </Button>
          </>
        ) : (
          <>
            <Button size="sm" aria-label={label("Assign")} onClick={() => setAssigning(true)} disabled={busy}>
              {activity.assignedUserId ? "Reassign" : "Assign"}
            </Button>
            {activity.status === "ASSIGNED" && (
              <Button
                size="sm"
                aria-label={label("Start")}
                disabled={busy}
                onClick={() => move.mutate({ ...ref, move: "start" }, done)}
              >
                Start
              </Button>
            )}
            {can.work && activity.status === "IN_PROGRESS" && (
              <Button
                size="sm"
                variant="primary"
                aria-label={label("Complete")}
                disabled={busy}
                onClick={() => move.mutate({ ...ref, move: "complete" }, done)}
              >
                Complete
              </Button>
            )}
            <Button
              size="sm"
              aria-label={label("Cancel")}
              disabled={busy}
              onClick={() => move.mutate({ ...ref, move: "cancel" }, done)}
            >
              Cancel
            </Button>
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="max-w-64 text-right text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
