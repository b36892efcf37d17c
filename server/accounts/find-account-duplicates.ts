import { accountScope } from "../access/visibility.ts";
import type { ServiceContext } from "../service-context.ts";
import { duplicateKeysWhere, matchedOn } from "../contact-mechanisms/duplicate-keys.ts";

export type AccountDuplicate = {
  kind: "account";
  id: string;
  name: string;
  matchedOn: "email" | "phone";
  value: string;
};

/** Accounts the viewer can see that already have this email or phone; hidden ones are not reported. */
export async function findAccountDuplicates(
  { db, viewer }: Pick<ServiceContext, "db" | "viewer">,
  input: { email?: string; phone?: string },
): Promise<AccountDuplicate[]> {
  const keys = duplicateKeysWhere(input);
  if (!keys) return [];
  const matches = await db.contactMechanism.findMany({
    where: { ...keys, account: accountScope(viewer) },
    take: 10,
    select: { value: true, emailLower: true, account: { select: { id: true, partyGroupName: true } } },
  });
  return matches.flatMap((m) =>
    m.account
      ? [
          {
            kind: "account" as const,
            id: m.account.id,
            name: m.account.partyGroupName,
            matchedOn: matchedOn(m),
            value: m.value,
          },
        ]
      : [],
  );
}
