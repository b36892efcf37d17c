import { z } from "zod";
import type { Viewer } from "../access/viewer.ts";
import type { ServiceContext } from "../service-context.ts";
import { accountScope, contactScope, leadScope, opportunityScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import type { Tx } from "../records/mutate.ts";

export const TASK_LINK_KINDS = ["account", "contact", "lead", "opportunity"] as const;
export type TaskLinkKind = (typeof TASK_LINK_KINDS)[number];
export const ZTaskLinkSchema = z.object({ kind: z.enum(TASK_LINK_KINDS), id: ZRecordId });
export type TaskLink = z.infer<typeof ZTaskLinkSchema>;

/** The columns a task gets from the record it is about, and how the form names that record. */
export type ResolvedLink = {
  columns: {
    accountId: string | null;
    contactId: string | null;
    leadId: string | null;
    opportunityId: string | null;
  };
  label: string;
  href: string;
};

type Reader = Pick<Tx, "account" | "contact" | "lead" | "opportunity">;

/**
 * The record, if the viewer may see it; a hidden one is NOT_FOUND exactly like a missing one. A
 * contact's or opportunity's account is linked too, so the task shows on that account.
 */
export async function resolveTaskLink(db: Reader, viewer: Viewer, link: TaskLink): Promise<ResolvedLink> {
  const none = { accountId: null, contactId: null, leadId: null, opportunityId: null };
  switch (link.kind) {
    case "account": {
      const a = await db.account.findFirst({
        where: { AND: [{ id: link.id }, accountScope(viewer)] },
        select: { id: true, partyGroupName: true },
      });
      if (!a) throw notFound("Account");
      return { columns: { ...none, accountId: a.id }, label: a.partyGroupName, href: `/accounts/${a.id}` };
    }
    case "contact": {
      const c = await db.contact.findFirst({
        where: { AND: [{ id: link.id }, contactScope(viewer)] },
        select: { id: true, foreName: true, surname: true, accountId: true },
      });
      if (!c) throw notFound("Contact");
      return {
        columns: { ...none, contactId: c.id, accountId: c.accountId },
        label: `${c.foreName} ${c.surname}`,
        href: `/contacts/${c.id}`,
      };
    }
    case "lead": {
      const l = await db.lead.findFirst({
        where: { AND: [{ id: link.id }, leadScope(viewer)] },
        select: { id: true, foreName: true, surname: true, partyGroupName: true },
      });
      if (!l) throw notFound("Lead");
      return {
        columns: { ...none, leadId: l.id },
        label: `${l.foreName} ${l.surname}${l.partyGroupName ? ` (${l.partyGroupName})` : ""}`,
        href: `/leads/${l.id}`,
      };
    }
    case "opportunity": {
      const o = await db.opportunity.findFirst({
        where: { AND: [{ id: link.id }, opportunityScope(viewer)] },
        select: { id: true, name: true, accountId: true },
      });
      if (!o) throw notFound("Opportunity");
      return {
        columns: { ...none, opportunityId: o.id, accountId: o.accountId },
        label: o.name,
        href: `/opportunities/${o.id}`,
      };
    }
  }
}

/** What the new-task form shows of the record it was opened from. */
export async function taskLinkLabel(ctx: ServiceContext, link: TaskLink) {
  const { label, href } = await resolveTaskLink(ctx.db, ctx.viewer, ZTaskLinkSchema.parse(link));
  return { ...link, label, href };
}
