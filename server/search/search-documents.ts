import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer.ts";
import { owningTeamSql } from "../access/visibility.ts";
import type { SearchType } from "./search-query.ts";

// The SQL side of global search, one entry per searchable table. `doc` must be written exactly as
// in the search_indexes migration's expression indexes, or PostgreSQL scans the table instead.
export type SearchDocument = {
  table: Prisma.Sql;
  /** The full-text document (GIN expression index). */
  doc: Prisma.Sql;
  /** What a hit is called, for ranking by trigram similarity to the query. */
  label: Prisma.Sql;
  /** Columns with a trigram GIN index, tried per word when full-text finds nothing (typos). */
  fuzzy: Prisma.Sql[];
  /** Identifiers matched exactly as stored: registration numbers, Party ID. */
  codes: (viewer: Viewer, codes: string[]) => Prisma.Sql | null;
  /**
   * A cheaper name match for the words typed, on btree prefix indexes, where the table has them;
   * null falls back to full text. Full text must read a common word's whole posting list (a
   * surname shared by 200k contacts costs 100+ ms); a btree prefix range stops at the few rows
   * that match both words.
   */
  prefix?: (words: string[]) => Prisma.Sql | null;
};

const likePrefix = (word: string) => `${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const searchDocuments: Record<SearchType, SearchDocument> = {
  account: {
    table: Prisma.sql`"Account"`,
    doc: Prisma.sql`to_tsvector('simple'::regconfig, "partyGroupName")`,
    label: Prisma.sql`"partyGroupName"`,
    fuzzy: [Prisma.sql`"partyGroupName"`],
    codes: (viewer, codes) => {
      const list = Prisma.join(codes);
      // Fiscal Registration No is masked outside the owning team, so only that team may find an
      // account by it: a hit would otherwise confirm the hidden number.
      return Prisma.sql`("commercialRegistration" IN (${list}) OR ("fiscalRegistrationNo" IN (${list}) AND ${owningTeamSql(viewer)}))`;
    },
  },
  contact: {
    table: Prisma.sql`"Contact"`,
    doc: Prisma.sql`to_tsvector('simple'::regconfig, "foreName" || ' ' || "surname")`,
    label: Prisma.sql`("foreName" || ' ' || "surname")`,
    fuzzy: [Prisma.sql`"surname"`, Prisma.sql`"foreName"`],
    codes: () => null,
    // Both column orders are indexed (contact_name_prefix migration), so either word may be typed first.
    prefix: (words) => {
      const [a, b] = words.map(likePrefix);
      if (words.length === 1) return Prisma.sql`(lower("surname") LIKE ${a} OR lower("foreName") LIKE ${a})`;
      if (words.length === 2)
        return Prisma.sql`((lower("foreName") LIKE ${a} AND lower("surname") LIKE ${b}) OR (lower("surname") LIKE ${a} AND lower("foreName") LIKE ${b}))`;
      return null;
    },
  },
  lead: {
    table: Prisma.sql`"Lead"`,
    doc: Prisma.sql`to_tsvector('simple'::regconfig, coalesce("partyGroupName", '') || ' ' || "foreName" || ' ' || "surname")`,
    label: Prisma.sql`("foreName" || ' ' || "surname")`,
    fuzzy: [Prisma.sql`"surname"`, Prisma.sql`"foreName"`, Prisma.sql`"partyGroupName"`],
    codes: (_viewer, codes) => Prisma.sql`"partyId" IN (${Prisma.join(codes)})`,
  },
  opportunity: {
    table: Prisma.sql`"Opportunity"`,
    doc: Prisma.sql`to_tsvector('simple'::regconfig, "name")`,
    label: Prisma.sql`"name"`,
    // No typo matching: names are long descriptions ("Acme - FX forward hedge"), so a short
    // misspelt word is trigram-similar to too many of them to rank, and the scan costs 100+ ms
    // at 50k opportunities. Words typed correctly still match by prefix anywhere in the name.
    fuzzy: [],
    codes: () => null,
  },
};
