import { Prisma } from "../generated/prisma/client.ts";
import { ownedScopeSql } from "../access/visibility.ts";
import type { Viewer } from "../access/viewer.ts";
import { arrayLiteral } from "../db/insert-by-unnest.ts";
import type { ImportEntity } from "./import-fields.ts";
import type { ValidRow } from "./validate-rows.ts";

// A row is a duplicate when its e-mail or phone (as E.164) already belongs to a record of the same
// kind that the importer can see, or to an earlier row of the file. Records the importer cannot
// see are not duplicates: another team's record must look exactly like a missing one, here too.

type Tx = Prisma.TransactionClient;

const owners = {
  contacts: { key: "contactId", table: "Contact" },
  accounts: { key: "accountId", table: "Account" },
  leads: { key: "leadId", table: "Lead" },
} as const;

/**
 * For each e-mail and phone, one record of this kind the importer can see that holds it. The keys
 * are unnested and each is looked up on its own (LATERAL … LIMIT 1): PostgreSQL probes the
 * mechanism index once per key, and stops at the first visible holder. A plain join was planned
 * as a scan of every mechanism whenever the statistics said a phone has many holders (a
 * switchboard number can), 1.4 s for 10,000 keys; this takes about 50 ms. Keys go in sorted, so
 * the probes walk the index in order. Both kinds go in one statement: one round trip a batch.
 *
 * It relies on the import's transaction ruling out sequential scans: on a table it believes tiny
 * (no statistics yet) PostgreSQL would otherwise scan it once per key.
 */
async function visibleHoldersOf(
  db: Tx,
  viewer: Viewer,
  entity: ImportEntity,
  emails: string[],
  phones: string[],
): Promise<{ key: string; id: string }[]> {
  if (emails.length + phones.length === 0) return [];
  const { key, table } = owners[entity];
  // The owner is looked up in a LATERAL subquery fenced by OFFSET 0, so it can only be probed by
  // each mechanism's owner id. As a plain join, PostgreSQL on stale statistics (a new install,
  // or this import's own rows arrived moments ago) chose to walk every record the importer can
  // see for each key instead: minutes for 10,000 keys.
  const holders = (column: "emailLower" | "e164", prefix: string, keys: string[]) => Prisma.sql`
    SELECT ${prefix} || k.v AS key, h.id FROM unnest(${arrayLiteral([...keys].sort())}::text[]) AS k(v)
    CROSS JOIN LATERAL (
      SELECT o.id::text AS id FROM "ContactMechanism" m
      CROSS JOIN LATERAL (SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = m.${Prisma.raw(`"${key}"`)} AND ${ownedScopeSql(viewer)} OFFSET 0) o
      WHERE m.${Prisma.raw(`"${column}"`)} = k.v
      LIMIT 1
    ) h`;
  return db.$queryRaw<
    { key: string; id: string }[]
  >`${holders("emailLower", "e:", emails)} UNION ALL ${holders("e164", "p:", phones)}`;
}

export type Duplicates = {
  /** File row → the existing record it duplicates. */
  existing: Map<number, string>;
  /** File row → the earlier row of the same file it repeats. */
  inFile: Map<number, number>;
};

/**
 * Duplicates among `rows`, one batch of a file. `firstRowOf` carries the keys of the file's earlier
 * batches (key → first row holding it) and is extended with this batch's.
 */
export async function findDuplicates(
  db: Tx,
  viewer: Viewer,
  entity: ImportEntity,
  rows: ValidRow[],
  firstRowOf: Map<string, number>,
): Promise<Duplicates> {
  const inFile = new Map<number, number>();
  const fresh: ValidRow[] = [];
  for (const r of rows) {
    const keys = [r.emailLower && `e:${r.emailLower}`, r.e164 && `p:${r.e164}`].filter(Boolean) as string[];
    const earlier = keys.map((k) => firstRowOf.get(k)).find((n) => n !== undefined);
    if (earlier !== undefined) inFile.set(r.row, earlier);
    else {
      for (const k of keys) firstRowOf.set(k, r.row);
      fresh.push(r);
    }
  }

  const emails = [...new Set(fresh.map((r) => r.emailLower).filter((v): v is string => !!v))];
  const phones = [...new Set(fresh.map((r) => r.e164).filter((v): v is string => !!v))];
  const idByKey = new Map(
    (await visibleHoldersOf(db, viewer, entity, emails, phones)).map((h) => [h.key, h.id]),
  );
  const existing = new Map<number, string>();
  for (const r of fresh) {
    const id = (r.emailLower && idByKey.get(`e:${r.emailLower}`)) || (r.e164 && idByKey.get(`p:${r.e164}`));
    if (id) existing.set(r.row, id);
  }
  return { existing, inFile };
}
