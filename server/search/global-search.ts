import { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../service-context.ts";
import {
  parseSearchQuery,
  SEARCH_TYPES,
  ZGlobalSearchRequestSchema,
  type GlobalSearchRequest,
  type ParsedQuery,
  type SearchType,
} from "./search-query.ts";
import { searchDocuments } from "./search-documents.ts";
import { ownedScopeSql } from "../access/visibility.ts";
import { hydrateHits, type SearchHit } from "./search-hits.ts";

export type GlobalSearchResponse = { q: string; groups: Record<SearchType, SearchHit[]>; tookMs: number };

// Full-text matches are capped before ranking: a one-letter prefix can match a third of a
// million-row table, and ranking all of it would cost more than the whole 50 ms budget.
const CANDIDATES = 500;
// Typo candidates cost more each: every row read is trigram-compared, and a misspelt common
// surname ("Menshax") matches 1 in 80 contacts, so 500 candidates meant reading 40,000 rows
// (79 ms on a million contacts) where 100 read 8,000 (16 ms). 100 is still twice the largest page.
const TYPO_CANDIDATES = 100;

type Ctx = Pick<ServiceContext, "db" | "viewer">;

// One word of six or more characters mixing letters and digits: a registration number or Party
// ID, never a person's or company's name.
const LOOKS_LIKE_CODE = /^(?=[^ ]*\d)(?=[^ ]*\p{L})[\p{L}\d\-./]{6,}$/u;
type Matched = { id: string; matchedOn: SearchHit["matchedOn"] };

async function nameMatches(
  { db, viewer }: Ctx,
  type: SearchType,
  q: ParsedQuery,
  limit: number,
): Promise<Matched[]> {
  const d = searchDocuments[type];
  const scope = ownedScopeSql(viewer);
  const out: Matched[] = [];
  const seen = new Set<string>();
  const push = (rows: { id: string }[], matchedOn: Matched["matchedOn"]) => {
    for (const r of rows) {
      if (seen.has(r.id) || out.length >= limit) continue;
      seen.add(r.id);
      out.push({ id: r.id, matchedOn });
    }
  };

  const codes = q.codes.length ? d.codes(viewer, q.codes) : null;
  if (codes) {
    push(
      await db.$queryRaw<
        { id: string }[]
      >`SELECT id::text AS id FROM ${d.table} WHERE ${codes} AND ${scope} LIMIT ${limit}`,
      "identifier",
    );
  }
  // An e-mail, a phone or a code such as a Party ID is an exact identifier: its words as name
  // prefixes ("bench", "pty") would only add noise and cost a scan of everything that shares them.
  const exactOnly = q.email !== null || q.phones.length > 0 || LOOKS_LIKE_CODE.test(q.text);
  if (q.tsQuery && !exactOnly && out.length < limit) {
    const words = q.text.toLowerCase().split(" ");
    const match = d.prefix?.(words) ?? Prisma.sql`${d.doc} @@ to_tsquery('simple', ${q.tsQuery})`;
    // Exact name first, then the closest by trigram similarity.
    push(
      await db.$queryRaw<{ id: string }[]>`
        SELECT id FROM (
          SELECT id::text AS id, ${d.label} AS label FROM ${d.table}
          WHERE ${match} AND ${scope}
          LIMIT ${CANDIDATES}
        ) c
        ORDER BY lower(label) = lower(${q.text}) DESC, similarity(label, ${q.text}) DESC, label, id
        LIMIT ${limit}`,
      "name",
    );
  }
  // Typos ("Smiht"): trigram similarity per word, only when nothing else matched at all.
  // Only words of letters: a misspelt name has no digits, and a digit-bearing word ("bench118451")
  // is trigram-similar to nothing useful yet costs a scan of the whole trigram index. And only
  // words of four letters or more: "ben" is trigram-similar to thousands of names (26 ms of
  // rechecks on 100k leads) and says nothing about which one was meant.
  const words = q.tokens.filter((t) => t.length >= 4 && /^\p{L}+$/u.test(t));
  if (words.length && d.fuzzy.length && !exactOnly && out.length === 0) {
    const anyWord = Prisma.join(
      words.flatMap((w) => d.fuzzy.map((col) => Prisma.sql`${col} % ${w}`)),
      " OR ",
    );
    push(
      await db.$queryRaw<{ id: string }[]>`
        SELECT id FROM (
          SELECT id::text AS id, ${d.label} AS label FROM ${d.table} WHERE (${anyWord}) AND ${scope} LIMIT ${TYPO_CANDIDATES}
        ) c
        ORDER BY similarity(label, ${q.text}) DESC, label, id
        LIMIT ${limit}`,
      "similar name",
    );
  }
  return out;
}

/** Contacts, accounts and leads owning a phone (as E.164) or an e-mail equal to the query. */
async function mechanismMatches(
  { db }: Ctx,
  q: ParsedQuery,
): Promise<Partial<Record<SearchType, Matched[]>>> {
  const or: Prisma.ContactMechanismWhereInput[] = [];
  if (q.phones.length) or.push({ type: "PHONE", e164: { in: q.phones } });
  if (q.email) or.push({ type: "EMAIL", emailLower: q.email });
  if (!or.length) return {};
  const rows = await db.contactMechanism.findMany({
    where: { OR: or },
    select: { type: true, contactId: true, accountId: true, leadId: true },
    take: 500,
  });
  const by = (key: "contactId" | "accountId" | "leadId"): Matched[] =>
    rows
      .filter((r) => r[key])
      .map((r) => ({ id: r[key]!, matchedOn: r.type === "PHONE" ? "phone" : "email" }));
  return { contact: by("contactId"), account: by("accountId"), lead: by("leadId") };
}

/**
 * Global search over accounts, contacts, leads and opportunities. Every id found is read back
 * through the entity's visibility where-builder, so a hit the viewer may not see never leaves.
 */
export async function globalSearch(
  ctx: ServiceContext,
  input: GlobalSearchRequest,
): Promise<GlobalSearchResponse> {
  const started = performance.now();
  const req = ZGlobalSearchRequestSchema.parse(input);
  const q = parseSearchQuery(req.q);
  const types = req.types ?? [...SEARCH_TYPES];
  const byMechanism = await mechanismMatches(ctx, q);
  const groups = Object.fromEntries(SEARCH_TYPES.map((t) => [t, [] as SearchHit[]])) as Record<
    SearchType,
    SearchHit[]
  >;

  await Promise.all(
    types.map(async (type) => {
      const exact = byMechanism[type] ?? [];
      const names = await nameMatches(ctx, type, q, req.limit);
      const seen = new Set<string>();
      const matched = [...exact, ...names].filter((m) => !seen.has(m.id) && seen.add(m.id));
      groups[type] = await hydrateHits(ctx, type, matched, req.limit);
    }),
  );
  return { q: q.text, groups, tookMs: Math.round(performance.now() - started) };
}
