import type { Prisma } from "../generated/prisma/client.ts";
import { columnsOf, runInserts, unnestInserts, type Column } from "../../prisma/factories/insert-by-unnest.ts";
import type { AccountImportRow, ContactImportRow, ImportEntity, LeadImportRow } from "./import-fields.ts";
import type { ValidRow } from "./validate-rows.ts";
import { uuid7 } from "./uuid7.ts";

type Tx = Prisma.TransactionClient;
export type Owner = { ownerId: string; teamId: string };
export type Update = { row: ValidRow; id: string };

// Writes run inside the caller's transaction. New rows go in as one INSERT … SELECT unnest(…)
// per chunk (Prisma's createMany spends ~0.5 ms of client CPU a row; this keeps an import of
// half a million rows inside a minute). Accounts have array columns that path cannot fill, so
// they use createMany.
const CHUNK = 10_000;

function mechanismsFor(rows: { id: string; r: ValidRow }[], ownerKey: "contactId" | "accountId" | "leadId") {
  const out: Record<string, unknown>[] = [];
  for (const { id, r } of rows) {
    const d = r.data as { phone: string | null; email: string | null };
    if (d.phone && r.e164) out.push({ id: uuid7(), type: "PHONE", purpose: "work", value: d.phone, e164: r.e164, isPrimary: true, [ownerKey]: id });
    if (d.email) out.push({ id: uuid7(), type: "EMAIL", purpose: "work", value: d.email, emailLower: r.emailLower, isPrimary: true, [ownerKey]: id });
  }
  return out;
}

function recordFor(entity: ImportEntity, r: ValidRow, owner: Owner): Record<string, unknown> {
  if (entity === "contacts") {
    const d = r.data as ContactImportRow;
    return { foreName: d.foreName, middleInitial: d.middleInitial, surname: d.surname, jobTitle: d.jobTitle, isCustomer: d.isCustomer, ...owner };
  }
  if (entity === "accounts") {
    const d = r.data as AccountImportRow;
    const { email: _e, phone: _p, ...account } = d;
    return { ...account, ...owner, productsHeld: [], preferredInstruments: [] };
  }
  const d = r.data as LeadImportRow;
  return {
    partyId: d.partyId ?? `PTY-${uuid7().replace(/-/g, "").slice(-12).toUpperCase()}`,
    partyGroupName: d.partyGroupName,
    foreName: d.foreName,
    surname: d.surname,
    leadSource: d.leadSource,
    description: d.description,
    ...owner,
  };
}

const tableOf = { contacts: "Contact", accounts: "Account", leads: "Lead" } as const;
const ownerKeyOf = { contacts: "contactId", accounts: "accountId", leads: "leadId" } as const;

export type ImportColumns = { records: Column[]; mechanisms: Column[] };

/** The columns of the tables an import writes, read once before its writes start. */
export async function importColumns(tx: Tx, entity: ImportEntity): Promise<ImportColumns> {
  return {
    records: entity === "accounts" ? [] : await columnsOf(tx, tableOf[entity]),
    mechanisms: await columnsOf(tx, "ContactMechanism"),
  };
}

/** A write built ahead of time: running it only sends statements. */
export type PreparedInsert = (tx: Tx) => Promise<number>;

/**
 * Builds the inserts of the new records and their phone/e-mail without touching the database, so
 * the import's connection is not left idle while JavaScript assembles the next batch.
 */
export function prepareInsert(entity: ImportEntity, columns: ImportColumns, rows: ValidRow[], owner: Owner): PreparedInsert {
  const withIds = rows.map((r) => ({ id: uuid7(), r }));
  const records = withIds.map(({ id, r }) => ({ id, ...recordFor(entity, r, owner) }));
  const mechanisms = unnestInserts("ContactMechanism", columns.mechanisms, mechanismsFor(withIds, ownerKeyOf[entity]), CHUNK * 2);
  if (entity === "accounts") {
    return async (tx) => {
      await tx.account.createMany({ data: records as Prisma.AccountCreateManyInput[] });
      await runInserts(tx, mechanisms);
      return rows.length;
    };
  }
  const inserts = unnestInserts(tableOf[entity], columns.records, records, CHUNK);
  return async (tx) => {
    await runInserts(tx, inserts);
    await runInserts(tx, mechanisms);
    return rows.length;
  };
}

/** "Update" mode: the row's non-empty values overwrite the existing record's, one version up. */
export async function updateRecords(tx: Tx, entity: ImportEntity, updates: Update[], owner: Owner): Promise<number> {
  for (const { row, id } of updates) {
    const values = Object.fromEntries(Object.entries(recordFor(entity, row, owner)).filter(([k, v]) => v !== null && v !== undefined && !["ownerId", "teamId", "partyId", "productsHeld", "preferredInstruments"].includes(k)));
    const data = { ...values, version: { increment: 1 } };
    if (entity === "contacts") await tx.contact.update({ where: { id }, data });
    else if (entity === "accounts") await tx.account.update({ where: { id }, data });
    else await tx.lead.update({ where: { id }, data });
  }
  return updates.length;
}
