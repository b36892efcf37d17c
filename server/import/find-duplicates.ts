import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/create-client.ts";
import { accountScope, contactScope, leadScope } from "../access/visibility.ts";
import type { ServiceContext } from "../service-context.ts";
import type { ImportEntity } from "./import-fields.ts";
import type { ValidRow } from "./validate-rows.ts";

// A row is a duplicate when its e-mail or phone (as E.164) already belongs to a record of the same
// kind that the importer can see. Records the importer cannot see are not duplicates: another
// team's record must look exactly like a missing one, here too.

const LOOKUP_CHUNK = 5_000;

/** Which of these records the importer can see; the others do not count as duplicates. */
async function visibleOwners(db: Db, viewer: ServiceContext["viewer"], entity: ImportEntity, ids: string[]): Promise<Set<string>> {
  const where = { id: { in: ids } };
  const rows =
    entity === "contacts"
      ? await db.contact.findMany({ where: { ...where, ...contactScope(viewer) }, select: { id: true } })
      : entity === "accounts"
        ? await db.account.findMany({ where: { ...where, ...accountScope(viewer) }, select: { id: true } })
        : await db.lead.findMany({ where: { ...where, ...leadScope(viewer) }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

export type Duplicates = {
  /** File row → the existing record it duplicates. */
  existing: Map<number, string>;
  /** File row → the earlier row of the same file it repeats. */
  inFile: Map<number, number>;
};

export async function findDuplicates({ db, viewer }: Pick<ServiceContext, "db" | "viewer">, entity: ImportEntity, rows: ValidRow[]): Promise<Duplicates> {
  const inFile = new Map<number, number>();
  const firstRowOf = new Map<string, number>();
  for (const r of rows) {
    const keys = [r.emailLower && `e:${r.emailLower}`, r.e164 && `p:${r.e164}`].filter(Boolean) as string[];
    const earlier = keys.map((k) => firstRowOf.get(k)).find((n) => n !== undefined);
    if (earlier !== undefined) inFile.set(r.row, earlier);
    else for (const k of keys) firstRowOf.set(k, r.row);
  }

  const emails = [...new Set(rows.map((r) => r.emailLower).filter((v): v is string => !!v))];
  const phones = [...new Set(rows.map((r) => r.e164).filter((v): v is string => !!v))];
  const ownerKey = entity === "contacts" ? "contactId" : entity === "accounts" ? "accountId" : "leadId";
  // Looked up by key alone, then the few owners found checked against the importer's scope: a
  // join to the owner's scope in the lookup made PostgreSQL walk the owners (34 s for 200k rows).
  const candidates: { key: string; id: string }[] = [];
  const lookups: Prisma.ContactMechanismWhereInput[] = [];
  for (let i = 0; i < emails.length; i += LOOKUP_CHUNK) lookups.push({ type: "EMAIL", emailLower: { in: emails.slice(i, i + LOOKUP_CHUNK) } });
  for (let i = 0; i < phones.length; i += LOOKUP_CHUNK) lookups.push({ type: "PHONE", e164: { in: phones.slice(i, i + LOOKUP_CHUNK) } });
  for (const where of lookups) {
    const found = await db.contactMechanism.findMany({
      where: { AND: [where, { [ownerKey]: { not: null } }] },
      select: { emailLower: true, e164: true, contactId: true, accountId: true, leadId: true },
    });
    for (const m of found) {
      const id = m[ownerKey]!;
      if (m.emailLower) candidates.push({ key: `e:${m.emailLower}`, id });
      if (m.e164) candidates.push({ key: `p:${m.e164}`, id });
    }
  }
  const ownerIds = [...new Set(candidates.map((c) => c.id))];
  const visible = new Set<string>();
  for (let i = 0; i < ownerIds.length; i += LOOKUP_CHUNK) {
    for (const id of await visibleOwners(db, viewer, entity, ownerIds.slice(i, i + LOOKUP_CHUNK))) visible.add(id);
  }
  const idByKey = new Map<string, string>();
  for (const c of candidates) if (visible.has(c.id)) idByKey.set(c.key, c.id);
  const existing = new Map<number, string>();
  for (const r of rows) {
    const id = (r.emailLower && idByKey.get(`e:${r.emailLower}`)) || (r.e164 && idByKey.get(`p:${r.e164}`));
    if (id) existing.set(r.row, id);
  }
  return { existing, inFile };
}
