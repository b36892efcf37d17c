"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Save, UserPlus } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Card, Field, Input, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { PASSWORD_RULE } from "@/server/auth/password-policy.ts";

type Role = "REP" | "MANAGER" | "ADMIN";
type Membership = "none" | "member" | "manager";
export type TeamOption = { id: string; name: string; archived: boolean };
export type EditableUser = {
  id: string;
  version: number;
  name: string;
  email: string;
  role: Role;
  teamIds: string[];
  managedTeamIds: string[];
  directLine: string | null;
  extension: string | null;
};

const ROLE_LABEL: Record<Role, string> = { REP: "Rep", MANAGER: "Manager", ADMIN: "Admin" };

function membershipsOf(user: EditableUser | undefined): Record<string, Membership> {
  const out: Record<string, Membership> = {};
  for (const id of user?.teamIds ?? []) out[id] = "member";
  for (const id of user?.managedTeamIds ?? []) out[id] = "manager";
  return out;
}

/** Create a user, or change anything about one: identity, role, teams and the lines that ring them. */
export function UserForm({ teams, user }: { teams: TeamOption[]; user?: EditableUser }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.admin.createUser.mutationOptions());
  const update = useMutation(trpc.admin.updateUser.mutationOptions());
  const pending = create.isPending || update.isPending;
  const errors = serverErrors(user ? update.error : create.error);
  const [saved, setSaved] = useState<string | null>(null);
  const [v, setV] = useState({
    name: user?.name ?? "",
    email: user?.email ?? "",
    role: (user?.role ?? "REP") as Role,
    password: "",
    directLine: user?.directLine ?? "",
    extension: user?.extension ?? "",
  });
  const [teamsOf, setTeamsOf] = useState(() => membershipsOf(user));
  const [moveRecordsTo, setMoveRecordsTo] = useState("");

  const chosen = (m: Membership) => Object.keys(teamsOf).filter((id) => teamsOf[id] === m);
  const nowIn = new Set([...chosen("member"), ...chosen("manager")]);
  const before = membershipsOf(user);
  const leaving = Object.keys(before).filter((id) => !nowIn.has(id));
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? "a team";
  // Archived teams are listed only where the user still belongs to them.
  const shown = teams.filter((t) => !t.archived || before[t.id]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const role = v.role;
    // A non-manager's "manager" rows are sent as memberships the server will refuse by name.
    const fields = {
      name: v.name,
      email: v.email,
      role,
      teamIds: chosen("member"),
      managedTeamIds: chosen("manager"),
      directLine: v.directLine,
      extension: v.extension,
    };
    if (user) {
      update.mutate(
        {
          ...fields,
          id: user.id,
          version: user.version,
          moveRecordsTo: leaving.length > 0 && moveRecordsTo ? moveRecordsTo : null,
        },
        {
          onSuccess: () => {
            setSaved("Saved.");
            router.refresh();
          },
        },
      );
    } else {
      create.mutate(
        { ...fields, password: v.password },
        { onSuccess: (r) => router.push(`/admin/users/${r.id}?created=1`) },
      );
    }
  };

  const text = (key: "name" | "email" | "password" | "directLine" | "extension") => ({
    value: v[key],
    onChange: (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value }),
  });

  return (
    <form onSubmit={submit} noValidate aria-label={user ? "Edit user" : "New user"} className="space-y-4">
      <Card className="@container p-4">
        <div className="grid grid-cols-1 gap-3 @md:grid-cols-2 @3xl:grid-cols-3">
          <Field label="Name" required error={errors.field("name")}>
            {(ids) => <Input {...ids} autoComplete="off" {...text("name")} />}
          </Field>
          <Field label="E-mail" required error={errors.field("email")} hint="Their sign-in name">
            {(ids) => (
              <Input {...ids} type="email" autoComplete="off" spellCheck={false} {...text("email")} />
            )}
          </Field>
          <Field label="Role" required error={errors.field("role")}>
            {(ids) => (
              <Select {...ids} value={v.role} onChange={(e) => setV({ ...v, role: e.target.value as Role })}>
                {(Object.keys(ROLE_LABEL) as Role[]).map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {!user && (
            <Field label="Initial password" required error={errors.field("password")} hint={PASSWORD_RULE}>
              {(ids) => <Input {...ids} type="password" autoComplete="new-password" {...text("password")} />}
            </Field>
          )}
          <Field
            label="Direct line"
            error={errors.field("directLine")}
            hint="Calls to it pop on their screen"
          >
            {(ids) => (
              <Input {...ids} inputMode="tel" placeholder="+44 20 7946 0111" {...text("directLine")} />
            )}
          </Field>
          <Field label="Extension" error={errors.field("extension")}>
            {(ids) => <Input {...ids} inputMode="numeric" placeholder="1011" {...text("extension")} />}
          </Field>
        </div>
      </Card>

      <Card className="@container p-4">
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-800">Teams</legend>
          <p className="text-xs text-slate-600">
            A rep and a manager see their teams&apos; records; a manager also sees and forecasts the teams
            they manage. An admin sees every team without belonging to one.
          </p>
          {shown.length === 0 ? (
            <p className="text-[13px] text-slate-600">No teams yet: add one under Admin → Teams.</p>
          ) : (
            <ul className="grid grid-cols-1 gap-x-6 gap-y-1.5 @xl:grid-cols-2 @4xl:grid-cols-3">
              {shown.map((t) => {
                const id = `team-${t.id}`;
                return (
                  <li
                    key={t.id}
                    className="grid grid-cols-[minmax(0,1fr)_9rem] items-center gap-3 text-[13px]"
                  >
                    <label htmlFor={id} className="truncate text-slate-800" title={t.name}>
                      {t.name}
                      {t.archived && <span className="text-slate-500"> (archived)</span>}
                    </label>
                    <Select
                      id={id}
                      value={teamsOf[t.id] ?? "none"}
                      onChange={(e) => setTeamsOf({ ...teamsOf, [t.id]: e.target.value as Membership })}
                    >
                      <option value="none">Not a member</option>
                      <option value="member">Member</option>
                      <option value="manager">Manager of</option>
                    </Select>
                  </li>
                );
              })}
            </ul>
          )}
          {(errors.field("teamIds") ?? errors.field("managedTeamIds")) && (
            <p className="text-xs text-red-700" role="alert">
              {errors.field("managedTeamIds") ?? errors.field("teamIds")}
            </p>
          )}
          {user && leaving.length > 0 && (
            <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-[13px]">
              <Field
                label={`Their records in ${leaving.map(teamName).join(", ")}`}
                error={errors.field("moveRecordsTo")}
                hint="Accounts, contacts, leads, opportunities, events, campaigns and interactions they own there. Moved in one step with this save."
              >
                {(ids) => (
                  <Select {...ids} value={moveRecordsTo} onChange={(e) => setMoveRecordsTo(e.target.value)}>
                    <option value="">Stay where they are</option>
                    {[...nowIn].map((id) => (
                      <option key={id} value={id}>
                        Move to {teamName(id)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>
          )}
        </fieldset>
      </Card>

      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {user ? <Save aria-hidden /> : <UserPlus aria-hidden />}
          {user ? "Save changes" : "Create user"}
        </Button>
        <Button href="/admin/users" variant="ghost">
          {user ? "Back to users" : "Cancel"}
        </Button>
        {errors.form && (
          <p role="alert" className="text-xs text-red-700">
            {errors.form}
          </p>
        )}
        {saved && !errors.form && (
          <p role="status" className="text-xs text-green-700">
            {saved}
          </p>
        )}
      </div>
    </form>
  );
}
