import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { accountScope, contactScope } from "../access/visibility.ts";
import { mutate, type Tx } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import {
  mechanismValueError,
  normalisedColumns,
  type AddMechanismRequest,
  type UpdateMechanismRequest,
} from "./mechanism-input.ts";
import type { Viewer } from "../access/viewer.ts";

// Phones, emails and addresses of a contact or an account, edited after creation. Each change is
// audited against the contact or account it belongs to, so it shows in that record's History.

export type MechanismOwner = "Contact" | "Account";

const select = {
  id: true,
  type: true,
  value: true,
  purpose: true,
  isPrimary: true,
  e164: true,
  contactId: true,
  accountId: true,
} as const;

/** What the History tab compares: the fields a person edits, flat, so a change reads "value: a → b". */
const audited = (m: { type: string; value: string; purpose: string | null; isPrimary: boolean }) => ({
  type: m.type,
  value: m.value,
  purpose: m.purpose,
  isPrimary: m.isPrimary,
});

/**
 * Changes to an owner's mechanisms queue on the owner's row until the transaction ends: "one
 * primary per type" reads the owner's primaries before it writes, and two changes that both read
 * "none other" would each mark their own.
 */
async function lockOwner(tx: Tx, kind: MechanismOwner, id: string) {
  if (kind === "Contact") await tx.$queryRaw`SELECT 1 FROM "Contact" WHERE "id" = ${id}::uuid FOR UPDATE`;
  else await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "id" = ${id}::uuid FOR UPDATE`;
}

/** A contact or account the viewer can see, locked for this transaction. */
async function visibleOwner(tx: Tx, viewer: Viewer, kind: MechanismOwner, id: string) {
  const found =
    kind === "Contact"
      ? await tx.contact.findFirst({ where: { id, ...contactScope(viewer) }, select: { id: true } })
      : await tx.account.findFirst({ where: { id, ...accountScope(viewer) }, select: { id: true } });
  if (!found) throw notFound(kind);
  await lockOwner(tx, kind, found.id);
  return found.id;
}

/**
 * A mechanism of a contact or account the viewer can see; a lead's, or a hidden one, is missing.
 * With `lock`, its owner is locked and the mechanism read again after the lock, so what it returns
 * is not a state a concurrent change has since replaced.
 */
async function visibleMechanism(tx: Tx, viewer: Viewer, id: string, lock = false) {
  const find = () =>
    tx.contactMechanism.findFirst({
      where: { id, OR: [{ contact: contactScope(viewer) }, { account: accountScope(viewer) }] },
      select,
    });
  let m = await find();
  if (m && lock) {
    await lockOwner(tx, m.contactId ? "Contact" : "Account", (m.contactId ?? m.accountId)!);
    m = await find();
  }
  if (!m) throw notFound("Contact mechanism");
  return {
    ...m,
    owner: (m.contactId ? "Contact" : "Account") as MechanismOwner,
    ownerId: (m.contactId ?? m.accountId)!,
  };
}

/** One primary per type: marking a new primary unmarks the old one. */
async function clearPrimary(tx: Tx, owner: MechanismOwner, ownerId: string, type: string) {
  await tx.contactMechanism.updateMany({
    where: {
      type: type as never,
      isPrimary: true,
      ...(owner === "Contact" ? { contactId: ownerId } : { accountId: ownerId }),
    },
    data: { isPrimary: false },
  });
}

export function addMechanism(ctx: ServiceContext, kind: MechanismOwner, req: AddMechanismRequest) {
  return mutate(ctx, {
    action: `${kind.toLowerCase()}.mechanism.add`,
    entityType: kind,
    run: async (tx) => {
      const ownerId = await visibleOwner(tx, ctx.viewer, kind, req.id);
      if (req.isPrimary) await clearPrimary(tx, kind, ownerId, req.type);
      const m = await tx.contactMechanism.create({
        data: {
          type: req.type,
          value: req.value,
          purpose: req.purpose,
          isPrimary: req.isPrimary,
          ...normalisedColumns(req.type, req.value),
          ...(kind === "Contact" ? { contactId: ownerId } : { accountId: ownerId }),
        },
        select,
      });
      return { result: m, entityId: ownerId, after: audited(m) };
    },
  });
}

export function updateMechanism(ctx: ServiceContext, req: UpdateMechanismRequest) {
  return mutate(ctx, {
    action: "mechanism.update",
    entityType: "ContactMechanism",
    run: async (tx) => {
      const before = await visibleMechanism(tx, ctx.viewer, req.id, true);
      const invalid = mechanismValueError(before.type, req.value);
      if (invalid) throw new AppError(AppErrorCode.BAD_REQUEST, invalid, { field: "value" });
      if (req.isPrimary && !before.isPrimary)
        await clearPrimary(tx, before.owner, before.ownerId, before.type);
      const after = await tx.contactMechanism.update({
        where: { id: before.id },
        data: {
          value: req.value,
          purpose: req.purpose,
          isPrimary: req.isPrimary,
          ...normalisedColumns(before.type, req.value),
        },
        select,
      });
      return {
        result: after,
        entityId: before.ownerId,
        entityType: before.owner,
        before: audited(before),
        after: audited(after),
      };
    },
  });
}

export function removeMechanism(ctx: ServiceContext, id: string) {
  return mutate(ctx, {
    action: "mechanism.remove",
    entityType: "ContactMechanism",
    run: async (tx) => {
      const before = await visibleMechanism(tx, ctx.viewer, id);
      // Removed by a concurrent request meanwhile: as missing as before, not a 500.
      const { count } = await tx.contactMechanism.deleteMany({ where: { id: before.id } });
      if (count !== 1) throw notFound("Contact mechanism");
      return {
        result: { id: before.id },
        entityId: before.ownerId,
        entityType: before.owner,
        before: audited(before),
      };
    },
  });
}
