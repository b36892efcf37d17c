import { AppError, AppErrorCode, notFound } from "../errors.ts";
import type { Tx } from "../records/mutate.ts";

// The labels the seed gives a user's two agent lines; the form edits exactly these two.
export const LINE_LABEL = { directLine: "Direct line", extension: "Extension" } as const;

/** A user as the audit log and the form see them: never the password hash. */
export async function userSnapshot(tx: Tx, id: string) {
  const user = await tx.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      version: true,
      memberships: { select: { teamId: true, isManager: true }, orderBy: { teamId: "asc" } },
      agentLines: { select: { line: true, label: true } },
    },
  });
  if (!user) throw notFound("User");
  const line = (label: string) => user.agentLines.find((l) => l.label === label)?.line ?? null;
  const { agentLines: _lines, ...rest } = user;
  return { ...rest, directLine: line(LINE_LABEL.directLine), extension: line(LINE_LABEL.extension) };
}

/** Every team given must exist and not be archived; a refusal names the field that holds it. */
export async function assertOpenTeams(tx: Tx, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  // FOR SHARE: a team being archived at this moment waits for this transaction, then counts the
  // member it adds (and refuses); one archived first is seen archived here once its lock is free.
  const unique = [...new Set(ids)];
  const open = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Team" WHERE "id" = ANY(${unique}::uuid[]) AND "archivedAt" IS NULL FOR SHARE`;
  if (open.length !== unique.length)
    throw new AppError(AppErrorCode.BAD_REQUEST, "Choose teams that exist and are not archived.", { field });
}

/** The e-mail must be no other user's; said on the field rather than as a bare unique violation. */
export async function assertEmailFree(tx: Tx, email: string, exceptUserId?: string): Promise<void> {
  const taken = await tx.user.findFirst({
    where: { email, ...(exceptUserId ? { id: { not: exceptUserId } } : {}) },
    select: { id: true },
  });
  if (taken)
    throw new AppError(AppErrorCode.CONFLICT, "Another user already has this e-mail address.", {
      field: "email",
    });
}

/** Replaces the user's direct line and extension (other lines stay); each must be no one else's. */
export async function writeLines(
  tx: Tx,
  userId: string,
  lines: { directLine: string | null; extension: string | null },
): Promise<void> {
  const labels = [LINE_LABEL.directLine, LINE_LABEL.extension];
  await tx.agentLine.deleteMany({ where: { userId, label: { in: labels } } });
  for (const field of ["directLine", "extension"] as const) {
    const line = lines[field];
    if (!line) continue;
    const taken = await tx.agentLine.findUnique({ where: { line }, select: { userId: true } });
    if (taken)
      throw new AppError(
        AppErrorCode.CONFLICT,
        taken.userId === userId
          ? "The direct line and the extension must differ."
          : "This line already rings another user.",
        { field },
      );
    await tx.agentLine.create({ data: { userId, line, label: LINE_LABEL[field] } });
  }
}
