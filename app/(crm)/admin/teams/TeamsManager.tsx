"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Archive, ArchiveRestore, Pencil, Plus } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button, Card, DataTable, Field, Input } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import type { listTeams } from "@/server/admin/teams.ts";

type Team = Awaited<ReturnType<typeof listTeams>>[number];

function NewTeam() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.admin.createTeam.mutationOptions());
  const [name, setName] = useState("");
  const errors = serverErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name },
      {
        onSuccess: () => {
          setName("");
          router.refresh();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label="New team" className="flex flex-wrap items-start gap-3">
      <Field label="New team" className="w-80" error={errors.field("name") ?? errors.form}>
        {(ids) => (
          <Input
            {...ids}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Equities Sales"
          />
        )}
      </Field>
      <Button type="submit" variant="primary" className="mt-5" disabled={create.isPending}>
        <Plus aria-hidden /> Add team
      </Button>
    </form>
  );
}

function TeamName({ team }: { team: Team }) {
  const trpc = useTRPC();
  const router = useRouter();
  const edit = useMutation(trpc.admin.editTeam.mutationOptions());
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(team.name);
  const [mailFrom, setMailFrom] = useState(team.mailFrom ?? "");
  const errors = serverErrors(edit.error);
  if (!editing)
    return (
      <span className="flex items-center gap-1.5">
        <span className="min-w-0">
          <span className="block font-medium text-slate-900">{team.name}</span>
          <span className="block truncate text-xs text-slate-600" title={team.mailFrom ?? undefined}>
            {team.mailFrom ? `E-mail from ${team.mailFrom}` : "E-mail from the default address (MAIL_FROM)"}
          </span>
        </span>
        {team.archivedAt && <Badge tone="neutral">Archived</Badge>}
        {!team.archivedAt && (
          <Button size="sm" variant="ghost" aria-label={`Edit ${team.name}`} onClick={() => setEditing(true)}>
            <Pencil aria-hidden />
          </Button>
        )}
      </span>
    );
  return (
    <form
      noValidate
      aria-label={`Edit ${team.name}`}
      className="flex flex-wrap items-start gap-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        edit.mutate(
          { id: team.id, name, mailFrom },
          { onSuccess: () => (setEditing(false), router.refresh()) },
        );
      }}
    >
      <Field label="Team name" className="w-56" error={errors.field("name") ?? errors.form}>
        {(ids) => <Input {...ids} autoFocus value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="E-mail From" className="w-72" error={errors.field("mailFrom")}>
        {(ids) => (
          <Input
            {...ids}
            value={mailFrom}
            placeholder="Rates Desk <rates@bank.example>"
            onChange={(e) => setMailFrom(e.target.value)}
          />
        )}
      </Field>
      <Button size="sm" type="submit" variant="primary" className="mt-5" disabled={edit.isPending}>
        Save
      </Button>
      <Button
        size="sm"
        variant="ghost"
        className="mt-5"
        onClick={() => {
          setName(team.name);
          setMailFrom(team.mailFrom ?? "");
          edit.reset();
          setEditing(false);
        }}
      >
        Cancel
      </Button>
    </form>
  );
}

function ArchiveButton({ team, onError }: { team: Team; onError: (message: string | null) => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const archive = useMutation(trpc.admin.setTeamArchived.mutationOptions());
  const archived = team.archivedAt !== null;
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={archive.isPending}
      aria-label={`${archived ? "Restore" : "Archive"} ${team.name}`}
      onClick={() => {
        onError(null);
        archive.mutate(
          { id: team.id, archived: !archived },
          { onSuccess: () => router.refresh(), onError: (e) => onError(`${team.name}: ${e.message}`) },
        );
      }}
    >
      {archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />} {archived ? "Restore" : "Archive"}
    </Button>
  );
}

/** Create, rename and archive teams, and set the From of their e-mail. People join and leave teams on their user form. */
export function TeamsManager({ teams }: { teams: Team[] }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <Card className="p-4">
        <NewTeam />
      </Card>
      {error && (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-800"
        >
          {error}
        </p>
      )}
      <DataTable<Team>
        caption="Teams"
        rows={teams}
        getRowKey={(t) => t.id}
        empty="No teams yet: add the first one above."
        columns={[
          { key: "name", header: "Team", cell: (t) => <TeamName team={t} /> },
          {
            key: "members",
            header: "Active members",
            cell: (t) =>
              t.memberships.map((m) => `${m.user.name}${m.isManager ? " (manager)" : ""}`).join(", ") || "—",
            className: "min-w-52 whitespace-normal!",
          },
          {
            key: "accounts",
            header: "Accounts",
            align: "right",
            cell: (t) => t._count.accounts.toLocaleString("en-GB"),
          },
          {
            key: "opps",
            header: "Opportunities",
            align: "right",
            cell: (t) => t._count.opportunities.toLocaleString("en-GB"),
          },
          {
            key: "actions",
            header: "",
            cell: (t) => (
              <span className="flex justify-end">
                <ArchiveButton team={t} onError={setError} />
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
