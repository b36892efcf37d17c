import type { z } from "zod";
import { accountScope, contactScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { ZTemplateRecordsRequestSchema } from "./template-input.ts";

const contactSelect = { id: true, foreName: true, surname: true, culture: true } as const;

/** Accounts (with their contacts) a template can be previewed on: the viewer's, matching the query. */
export async function templatePreviewRecords(
  { db, viewer }: ServiceContext,
  input: z.input<typeof ZTemplateRecordsRequestSchema>,
) {
  const { query } = ZTemplateRecordsRequestSchema.parse(input);
  return db.account.findMany({
    where: {
      ...accountScope(viewer),
      ...(query ? { partyGroupName: { contains: query, mode: "insensitive" } } : {}),
    },
    orderBy: [{ partyGroupName: "asc" }, { id: "asc" }],
    take: 10,
    select: {
      id: true,
      partyGroupName: true,
      culture: true,
      contacts: {
        where: contactScope(viewer),
        orderBy: [{ surname: "asc" }, { id: "asc" }],
        take: 25,
        select: contactSelect,
      },
    },
  });
}

/** The account's culture and its contacts with theirs: whom the Result tab can write to, and in what. */
export async function templateRecipients({ db, viewer }: ServiceContext, accountId: string) {
  const account = await db.account.findFirst({
    where: { id: accountId, ...accountScope(viewer) },
    select: {
      id: true,
      culture: true,
      contacts: {
        where: contactScope(viewer),
        orderBy: [{ surname: "asc" }, { id: "asc" }],
        take: 100,
        select: contactSelect,
      },
    },
  });
  if (!account) throw notFound("Account");
  return account;
}
