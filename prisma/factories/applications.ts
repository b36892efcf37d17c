import type { Rng } from "../random.ts";
import { addDays } from "../random.ts";
import type { Application, Link } from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { createAccount } from "./accounts.ts";

export type ApplicationRow = CreateManyRow<"application">;
export type LinkRow = CreateManyRow<"link">;

/** Systems that applications come from, and how to open one there (all under example.bank). */
export const APPLICATION_SOURCES = [
  { sourceSystem: "Dealfloor", url: null },
  {
    sourceSystem: "Loan Origination",
    url: (id: string) => `https://origination.example.bank/applications/${id}`,
  },
  {
    sourceSystem: "Client Onboarding Portal",
    url: (id: string) => `https://onboarding.example.bank/cases/${id}`,
  },
  {
    sourceSystem: "Trade Finance Hub",
    url: (id: string) => `https://tradefinance.example.bank/applications/${id}`,
  },
] as const;

export function buildApplication(
  rng: Rng,
  overrides: Partial<ApplicationRow> & Pick<ApplicationRow, "accountId">,
  { now = new Date() }: { now?: Date } = {},
): ApplicationRow {
  const source = rng.pick(APPLICATION_SOURCES);
  const externalId = source.url ? String(rng.int(10_000, 999_999)) : null;
  return {
    id: rng.uuid(),
    name: "Credit facility application",
    product: "Credit Facility",
    sourceSystem: source.sourceSystem,
    externalId,
    externalUrl: source.url && externalId ? source.url(externalId) : null,
    status: "SUBMITTED",
    submittedAt: addDays(now, -rng.int(1, 120)),
    amount: (rng.int(50, 5000) * 1000).toFixed(2),
    currency: "GBP",
    ...overrides,
  };
}

export function buildLink(rng: Rng, overrides: Partial<LinkRow> & Pick<LinkRow, "accountId">): LinkRow {
  const n = rng.int(1000, 9999);
  return {
    id: rng.uuid(),
    title: "Credit memo",
    url: `https://intranet.example.bank/credit/memos/${n}`,
    description: null,
    ...overrides,
  };
}

export async function createApplication(
  db: DbClient,
  overrides: Partial<ApplicationRow> = {},
): Promise<Application> {
  const accountId = overrides.accountId ?? (await createAccount(db)).id;
  return db.application.create({ data: buildApplication(factoryRng(), { ...overrides, accountId }) });
}

export async function createLink(db: DbClient, overrides: Partial<LinkRow> = {}): Promise<Link> {
  const accountId = overrides.accountId ?? (await createAccount(db)).id;
  return db.link.create({ data: buildLink(factoryRng(), { ...overrides, accountId }) });
}
