// A filtered list at page 1 and at page 10,000 (50 rows a page), on PostgreSQL with a million
// contacts: the contacts list as a rep (their team's 800k rows) and as an admin, with the view
// filters and orders the list offers (customers, owner, team, a created-date window, newest
// first). Page 10,000's cursor is built from the row before it (found once, untimed), as a user
// paging that far would carry it. Run: `BENCH_DB=… npx tsx bench/lists.ts` (see search.ts).
import { openBenchDb, time } from "./search.ts";
import { contactListView, listContacts, type ListContactsRequest } from "../server/contacts/list-contacts.ts";
import { encodeCursor, orderByOf } from "../server/lists/keyset.ts";
import { viewSpec, viewWhere } from "../server/lists/list-view.ts";
import { contactScope } from "../server/access/visibility.ts";
import type { Viewer } from "../server/access/viewer.ts";
import type { Db } from "../server/db/create-client.ts";
import { runBench } from "./run-bench.ts";

const LIMIT = 50;
const PAGE = 10_000;

async function cursorAtPage(db: Db, viewer: Viewer, input: ListContactsRequest): Promise<string | undefined> {
  const spec = viewSpec(contactListView, input);
  const [row] = await db.contact.findMany({
    where: {
      AND: [
        contactScope(viewer),
        viewWhere(contactListView, input),
        input.customersOnly ? { isCustomer: true } : {},
      ],
    },
    orderBy: orderByOf(spec),
    skip: (PAGE - 1) * LIMIT - 1,
    take: 1,
  });
  if (!row) return undefined;
  const values = [...spec.fields.map((f) => f.name), "id"].map((name) => {
    const v = (row as Record<string, unknown>)[name];
    return v instanceof Date ? v.toISOString() : v;
  });
  return encodeCursor(values);
}

async function main() {
  const b = await openBenchDb();
  try {
    console.log(
      `Contacts list, ${(await b.db.contact.count()).toLocaleString()} contacts, PostgreSQL, ${LIMIT} a page`,
    );
    const oldest = await b.db.contact.findFirstOrThrow({
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    const day = oldest.createdAt.toISOString().slice(0, 10);
    const shapes: [string, Viewer, ListContactsRequest][] = [
      ["rep", b.rep, {}],
      ["rep, customers only", b.rep, { customersOnly: true }],
      ["rep, newest first", b.rep, { sort: "created" }],
      ["rep, own records", b.rep, { ownerId: b.rep.id }],
      ["rep, created on one day", b.rep, { from: day, to: day }],
      ["admin", b.admin, {}],
      ["admin, customers only", b.admin, { customersOnly: true }],
      ["admin, one team", b.admin, { teamId: b.repTeamId }],
      ["admin, oldest first", b.admin, { sort: "created", dir: "asc" }],
    ];
    for (const [label, viewer, input] of shapes) {
      const ctx = { db: b.db, viewer };
      await time(`${label}: page 1`, 30, () => listContacts(ctx, { ...input, limit: LIMIT }));
      const cursor = await cursorAtPage(b.db, viewer, input);
      if (!cursor) {
        console.log(`  ${label}: fewer than ${PAGE.toLocaleString()} pages`);
        continue;
      }
      const page = await listContacts(ctx, { ...input, limit: LIMIT, cursor });
      if (page.items.length !== LIMIT) throw new Error(`${label}: page 10,000 came back short`);
      await time(`${label}: page ${PAGE.toLocaleString()}`, 30, () =>
        listContacts(ctx, { ...input, limit: LIMIT, cursor }),
      );
    }
  } finally {
    await b.done();
  }
}

runBench(main);
