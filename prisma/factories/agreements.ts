import type { Rng } from "../random.ts";
import { addDays, utcDay } from "../random.ts";
import type { Agreement, Contract } from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { createAccount } from "./accounts.ts";

export type ContractRow = CreateManyRow<"contract">;
export type AgreementRow = CreateManyRow<"agreement">;

const CONTRACT_TITLES = [
  "Master services agreement",
  "ISDA master agreement",
  "Client terms of business",
  "Facility agreement",
  "Discretionary management agreement",
  "Cash management agreement",
  "Electronic banking agreement",
];

export function buildContract(
  rng: Rng,
  overrides: Partial<ContractRow> & Pick<ContractRow, "accountId">,
  { now = new Date() }: { now?: Date } = {},
): ContractRow {
  const start = utcDay(addDays(now, -rng.int(30, 6 * 365)));
  return {
    id: rng.uuid(),
    // The contract number is unique across the bank, and 10 hex digits keep random ones apart.
    contractNumber: `CTR-${start.getUTCFullYear()}-${rng.uuid().slice(-10).toUpperCase()}`,
    title: rng.pick(CONTRACT_TITLES),
    startDate: start,
    endDate: rng.chance(0.3) ? utcDay(addDays(start, rng.int(365, 5 * 365))) : null,
    ...overrides,
  };
}

export function buildAgreement(
  rng: Rng,
  overrides: Partial<AgreementRow> & Pick<AgreementRow, "accountId">,
  { now = new Date() }: { now?: Date } = {},
): AgreementRow {
  return {
    id: rng.uuid(),
    agreementType: rng.pick([
      "DATA_COLLECTION",
      "EMAIL_MARKETING",
      "CALL_MARKETING",
      "SMS_MARKETING",
    ] as const),
    startDate: utcDay(addDays(now, -rng.int(30, 3 * 365))),
    endDate: utcDay(addDays(now, rng.int(30, 2 * 365))),
    ...overrides,
  };
}

export async function createContract(db: DbClient, overrides: Partial<ContractRow> = {}): Promise<Contract> {
  const accountId = overrides.accountId ?? (await createAccount(db)).id;
  return db.contract.create({ data: buildContract(factoryRng(), { ...overrides, accountId }) });
}

/** An agreement active today by default; pass `endDate` in the past for an inactive one. */
export async function createAgreement(
  db: DbClient,
  overrides: Partial<AgreementRow> = {},
): Promise<Agreement> {
  const accountId = overrides.accountId ?? (await createAccount(db)).id;
  return db.agreement.create({ data: buildAgreement(factoryRng(), { ...overrides, accountId }) });
}
