import type { TeamOption } from "./UserForm.tsx";

/** The teams a user form offers, from admin.teams. */
export function teamOptions(teams: { id: string; name: string; archivedAt: Date | null }[]): TeamOption[] {
  return teams.map((t) => ({ id: t.id, name: t.name, archived: t.archivedAt !== null }));
}
