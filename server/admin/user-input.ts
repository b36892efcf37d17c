import { z } from "zod";
import { safeText, zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";
import { toE164 } from "../phone/to-e164.ts";
import { passwordNotEmail, ZNewPassword } from "../auth/password-policy.ts";

export const ROLES = ["REP", "MANAGER", "ADMIN"] as const;

const ZEmail = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.email("Enter a valid e-mail address").max(200, "Use at most 200 characters").check(safeText()),
);

// Empty means none; anything else must be a phone number (stored in E.164, as calls arrive).
const ZDirectLine = zText()
  .max(30, "Use at most 30 characters")
  .transform((v, ctx) => {
    if (v === "") return null;
    const e164 = toE164(v);
    if (!e164) ctx.addIssue({ code: "custom", message: "Enter a phone number, e.g. +44 20 7946 0111" });
    return e164 ?? z.NEVER;
  });

const ZExtension = zText()
  .regex(/^\d{0,8}$/, "An extension is up to 8 digits")
  .transform((v) => (v === "" ? null : v));

const ZTeamIds = z.array(ZRecordId).max(50, "At most 50 teams");

/** What the user form edits, on create and on update. */
const ZUserFields = z.object({
  name: zText().min(1, "Enter the name").max(120, "Use at most 120 characters"),
  email: ZEmail,
  role: z.enum(ROLES, "Choose a role"),
  /** Teams the user belongs to. */
  teamIds: ZTeamIds,
  /** Teams the user manages (a manager only); they belong to them as well. */
  managedTeamIds: ZTeamIds,
  directLine: ZDirectLine,
  extension: ZExtension,
});

type Fields = z.output<typeof ZUserFields>;

function managesOnlyAsManager(v: Pick<Fields, "role" | "managedTeamIds">, ctx: z.RefinementCtx) {
  if (v.role !== "MANAGER" && v.managedTeamIds.length > 0)
    ctx.addIssue({
      code: "custom",
      path: ["managedTeamIds"],
      message: "Only a manager manages teams: choose the Manager role or clear this.",
    });
}

export const ZCreateUserRequestSchema = ZUserFields.extend({ password: ZNewPassword })
  .superRefine(managesOnlyAsManager)
  .superRefine(passwordNotEmail);

export const ZUpdateUserRequestSchema = ZUserFields.extend({
  id: ZRecordId,
  version: z.number().int().min(1),
  /**
   * When the user leaves teams: null keeps their records where they are (the default); a team id
   * moves the records they own in the teams they leave to that team, which they must belong to.
   */
  moveRecordsTo: ZRecordId.nullable().default(null),
})
  .superRefine(managesOnlyAsManager)
  .superRefine((v, ctx) => {
    if (
      v.moveRecordsTo &&
      !v.teamIds.includes(v.moveRecordsTo) &&
      !v.managedTeamIds.includes(v.moveRecordsTo)
    )
      ctx.addIssue({
        code: "custom",
        path: ["moveRecordsTo"],
        message: "Move the records to one of the user's teams.",
      });
  });

export const ZSetUserDisabledRequestSchema = z.object({ id: ZRecordId, disabled: z.boolean() });

/** Memberships as rows: every team the user belongs to or manages, manager flag on the managed. */
export function membershipsOf(v: Pick<Fields, "teamIds" | "managedTeamIds">) {
  const all = [...new Set([...v.teamIds, ...v.managedTeamIds])];
  return all.map((teamId) => ({ teamId, isManager: v.managedTeamIds.includes(teamId) }));
}
