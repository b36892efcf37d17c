// A filtered list at page 1 and at page 10,000 (50 rows a page), on PostgreSQL with a million
// contacts: the contacts list as a rep (their team's 800k rows) and filtered to customers, and
// as an admin. Page 10,000's cursor is built from the row before it (found once, untimed), as a
// user paging that far would carry it. Run: `BENCH_DB=… npx tsx bench/lists.ts` (see search.ts).
import { openBenchDb, time } from "./search.ts";
import { listContacts } from "../server/contacts/list-contacts.ts";
import { encodeCursor } from "../server/lists/keyset.ts";
import { contactScope } from "../server/access/visibility.ts";
import type { Viewer } from "../server/access/viewer.ts";
import type { Db } from "../server/db/create-client.ts";
import { runBench } from "./run-bench.ts";

const LIMIT = 50;
const PAGE = 10_000;

async function cursorAtPage(db: Db, viewer: Viewer, customersOnly: boolean): Promise<string | undefined> {
  const [row] = await db.contact.findMany({
    where: { AND: [contactScope(viewer), customersOnly ? { isCustomer: true } : {}] },
    orderBy: [{ surname: "asc" }, { foreName: "asc" }, { id: "asc" }],
    skip: (PAGE - 1) * LIMIT - 1,
    take: 1,
    select: { surname: true, foreName: true, id: true },
  });
  return row ? encodeCursor([row.surname, row.foreName, row.id]) : undefined;
}

async function main() {
  const b = await openBenchDb();
  try {
    console.log(`Contacts list, ${(await b.db.contact.count()).toLocaleString()} contacts, PostgreSQL, ${LIMIT} a page`);
    for (const [who, viewer] of [["rep", b.rep], ["admin", b.admin]] as const) {
      for (const customersOnly of [false, true]) {
        const label = `${who}${customersOnly ? ", customers only" : ""}`;
        const ctx = { db: b.db, viewer };
        await time(`${label}: page 1`, 30, () => listContacts(ctx, { limit: LIMIT, customersOnly: customersOnly || undefined }));
        const cursor = await cursorAtPage(b.db, viewer, customersOnly);
        if (!cursor) {
          console.log(`  ${label}: fewer than ${PAGE.toLocaleString()} pages`);
          continue;
        }
        const page = await listContacts(ctx, { limit: LIMIT, cursor, customersOnly: customersOnly || undefined });
        if (page.items.length !== LIMIT) throw new Error("page 10,000 came back short");
        await time(`${label}: page ${PAGE.toLocaleString()}`, 30, () => listContacts(ctx, { limit: LIMIT, cursor, customersOnly: customersOnly || undefined }));
      }
    }
  } finally {
    await b.done();
  }
}

runBench(main);
