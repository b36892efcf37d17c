import type { Rng } from "../random.ts";
import type { Account, AccountType, KycStatus, Segment } from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { COUNTRIES, COUNTRY_WEIGHTS, LOCATION_COMMENTS, countryByCode, type Country } from "./locations.ts";
import { FORENAMES, INITIALS, SURNAMES, emailLocalPart } from "./person-names.ts";
import { companyDomain, companyName } from "./company-names.ts";
import { PRODUCTS_BY_SEGMENT, INSTRUMENTS_BY_SEGMENT } from "../../server/instruments/banking-products.ts";
import {
  buildAddressMechanism,
  buildEmailMechanism,
  buildMechanismsFor,
  buildPhoneMechanism,
  type ContactMechanismRow,
} from "./contact-mechanisms.ts";
import { randomPhone, type PhoneAllocator } from "./phone-numbers.ts";
import { resolveOwnerAndTeam } from "./owner-and-team.ts";

export type AccountRow = CreateManyRow<"account">;

export type AccountOptions = {
  segment?: Segment;
  country?: Country;
  accountType?: AccountType;
  /** Names already used in this run; a new name is added to it. */
  takenNames?: Set<string>;
  now?: Date;
};

const YEAR_MS = 365.25 * 86_400_000;

export function pickCountry(rng: Rng): Country {
  return countryByCode(rng.weighted(COUNTRY_WEIGHTS));
}

// Limits sized to what each segment actually draws on; exposure sometimes passes the limit so the
// credit check has something to warn about.
const CREDIT_LIMIT: Record<Segment, [number, number]> = {
  INSTITUTIONAL: [5_000_000, 250_000_000],
  CORPORATE: [500_000, 50_000_000],
  SME: [50_000, 2_000_000],
  PRIVATE_BANKING: [0, 5_000_000],
  RETAIL: [0, 50_000],
};

const REVENUE: Record<Segment, [number, number]> = {
  INSTITUTIONAL: [50_000_000, 5_000_000_000],
  CORPORATE: [20_000_000, 8_000_000_000],
  SME: [500_000, 20_000_000],
  PRIVATE_BANKING: [1_000_000, 50_000_000],
  RETAIL: [0, 0],
};

function roundTo(n: number, step: number): number {
  return Math.round(n / step) * step;
}

/** Log-uniform: most clients are small, a few are very large, as on a real book. */
function logUniform(rng: Rng, [min, max]: [number, number]): number {
  if (min <= 0) return rng.chance(0.2) ? 0 : logUniform(rng, [max / 500, max]);
  return Math.exp(rng.float(Math.log(min), Math.log(max)));
}

const letters = "ABCEGHJKLMNOPRSTWXYZ";

function individualPin(rng: Rng, country: Country): string {
  switch (country.code) {
    case "GB":
    case "IE":
      return `${rng.pick([...letters])}${rng.pick([...letters])} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.pick(["A", "B", "C", "D"])}`;
    case "US":
      return `9${rng.digits(2)}-7${rng.digits(1)}-${rng.digits(4)}`;
    case "FR":
      return `${rng.int(1, 2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(2)}`;
    default:
      return rng.digits(11);
  }
}

function fiscalNo(rng: Rng, country: Country): string {
  switch (country.code) {
    case "GB":
      return `GB ${rng.digits(3)} ${rng.digits(4)} ${rng.digits(2)}`;
    case "US":
      return `${rng.digits(2)}-${rng.digits(7)}`;
    case "FR":
      return `FR${rng.digits(2)} ${rng.digits(9)}`;
    case "DE":
      return `DE${rng.digits(9)}`;
    case "NL":
      return `NL${rng.digits(9)}B01`;
    case "CH":
      return `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)} MWST`;
    case "IE":
      return `IE${rng.digits(7)}${rng.pick([...letters])}`;
  }
}

function commercialRegistration(rng: Rng, country: Country, city: string): string {
  switch (country.code) {
    case "GB":
      return rng.chance(0.15)
        ? `SC${rng.digits(6)}`
        : `${rng.int(1, 14).toString().padStart(2, "0")}${rng.digits(6)}`;
    case "US":
      return `Delaware File No. ${rng.digits(7)}`;
    case "FR":
      return `RCS ${city} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;
    case "DE":
      return `HRB ${rng.int(10_000, 199_999)}, Amtsgericht ${city}`;
    case "NL":
      return `KvK ${rng.digits(8)}`;
    case "CH":
      return `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)}`;
    case "IE":
      return `CRO ${rng.digits(6)}`;
  }
}

function personName(rng: Rng, taken?: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const fore = rng.pick(FORENAMES);
    const sur = rng.pick(SURNAMES);
    const name = attempt < 30 ? `${fore} ${sur}` : `${fore} ${rng.pick(INITIALS)}. ${sur}`;
    if (!taken?.has(name)) {
      taken?.add(name);
      return name;
    }
  }
}

function defaultType(rng: Rng, segment: Segment): AccountType {
  if (segment === "RETAIL") return "INDIVIDUAL";
  if (segment === "PRIVATE_BANKING") return rng.chance(0.85) ? "INDIVIDUAL" : "ORGANISATION";
  return "ORGANISATION";
}

export function buildAccount(
  rng: Rng,
  overrides: Partial<AccountRow> & Pick<AccountRow, "ownerId" | "teamId">,
  options: AccountOptions = {},
): AccountRow {
  const now = options.now ?? new Date();
  const segment =
    options.segment ??
    overrides.segment ??
    rng.weighted<Segment>([
      ["CORPORATE", 35],
      ["INSTITUTIONAL", 20],
      ["SME", 15],
      ["PRIVATE_BANKING", 25],
      ["RETAIL", 5],
    ]);
  const country = options.country ?? pickCountry(rng);
  const accountType = options.accountType ?? overrides.accountType ?? defaultType(rng, segment);
  const place = rng.pick(country.cities);
  const isOrg = accountType === "ORGANISATION";

  let name: string;
  if (isOrg) name = companyName(rng, segment, country.legalSuffixes, options.takenNames);
  else name = personName(rng, options.takenNames);

  const isCustomer = rng.chance(0.8);
  const kycStatus: KycStatus = isCustomer
    ? rng.weighted<KycStatus>([
        ["VERIFIED", 82],
        ["PENDING", 6],
        ["EXPIRED", 9],
        ["REJECTED", 3],
      ])
    : rng.weighted<KycStatus>([
        ["NOT_STARTED", 55],
        ["PENDING", 35],
        ["REJECTED", 10],
      ]);
  const products = PRODUCTS_BY_SEGMENT[segment];
  const instruments = INSTRUMENTS_BY_SEGMENT[segment];
  const creditLimit =
    kycStatus === "VERIFIED" || kycStatus === "EXPIRED"
      ? roundTo(logUniform(rng, CREDIT_LIMIT[segment]), 1000)
      : 0;
  const utilisation = rng.weighted<[number, number]>([
    [[0, 0.3], 40],
    [[0.3, 0.85], 45],
    [[0.85, 1.0], 10],
    [[1.0, 1.15], 5],
  ]);
  const creditExposure = roundTo(creditLimit * rng.float(...utilisation), 1000);
  const revenue =
    isOrg && REVENUE[segment][1] > 0 ? roundTo(logUniform(rng, REVENUE[segment]), 100_000) : null;

  return {
    id: rng.uuid(),
    partyGroupName: name,
    accountType,
    accountPin: isOrg ? null : individualPin(rng, country),
    fiscalRegistrationNo: isOrg ? fiscalNo(rng, country) : null,
    commercialRegistration: isOrg
      ? commercialRegistration(rng, country, place.city.replace(/,.*$/, ""))
      : null,
    location: `${place.city}, ${country.name}`,
    locationComments: rng.pick(LOCATION_COMMENTS),
    isCustomer,
    customerSince: isCustomer ? new Date(now.getTime() - rng.float(0.3, 18) * YEAR_MS) : null,
    segment,
    kycStatus,
    productsHeld: isCustomer ? rng.sample(products, rng.int(1, Math.min(4, products.length))) : [],
    preferredInstruments: rng.sample(
      instruments,
      rng.int(isOrg ? 1 : 0, Math.min(isOrg ? 4 : 2, instruments.length)),
    ),
    creditLimit: creditLimit.toFixed(2),
    creditExposure: creditExposure.toFixed(2),
    creditCurrency: country.currency,
    annualRevenue: revenue === null ? null : revenue.toFixed(2),
    revenueCurrency: revenue === null ? null : country.currency,
    culture: country.culture,
    ...overrides,
  };
}

export function accountAddress(rng: Rng, country: Country, city?: string): string {
  const place = country.cities.find((c) => city?.startsWith(c.city)) ?? rng.pick(country.cities);
  const i = rng.int(0, place.streets.length - 1);
  return `${rng.int(1, 180)} ${place.streets[i]}, ${place.city} ${place.postcodes[Math.min(i, place.postcodes.length - 1)]}, ${country.name}`;
}

/** The e-mail an account is reached at: a shared mailbox for firms, a personal one for people. */
export function accountEmail(rng: Rng, account: Pick<AccountRow, "partyGroupName" | "accountType">): string {
  if (account.accountType === "INDIVIDUAL") {
    const [fore = "client", ...rest] = account.partyGroupName.split(" ");
    return `${emailLocalPart(fore, ...rest)}@${rng.pick(["mail.example", "post.example", "inbox.example"])}`;
  }
  return `${rng.pick(["treasury", "finance", "info", "accounts"])}@${companyDomain(account.partyGroupName)}`;
}

/** Switchboard phone, shared mailbox and registered address: one primary of each. */
export function buildAccountMechanisms(
  rng: Rng,
  account: Pick<AccountRow, "id" | "partyGroupName" | "accountType" | "location">,
  country: Country,
  phones?: PhoneAllocator,
): ContactMechanismRow[] {
  const owner = { accountId: account.id as string };
  const individual = account.accountType === "INDIVIDUAL";
  const kind = individual ? "mobile" : "landline";
  const phone = phones ? phones.next(country.phoneRegion, kind) : randomPhone(rng, country.phoneRegion, kind);
  return [
    buildPhoneMechanism(rng, owner, phone, {
      isPrimary: true,
      purpose: individual ? "mobile" : "switchboard",
    }),
    buildEmailMechanism(rng, owner, accountEmail(rng, account), {
      isPrimary: true,
      purpose: individual ? "personal" : "shared mailbox",
    }),
    buildAddressMechanism(rng, owner, accountAddress(rng, country, account.location ?? undefined), {
      isPrimary: true,
      purpose: individual ? "home" : "registered office",
    }),
  ];
}

export type CreateAccountInput = Partial<AccountRow> & {
  phones?: string[];
  emails?: string[];
  addresses?: string[];
};

/**
 * One account for a test. Without owner or team, a rep (and their team) is created for it; with
 * only a team, a rep in that team. Phones, emails and addresses become mechanisms (first primary).
 */
export async function createAccount(db: DbClient, input: CreateAccountInput = {}): Promise<Account> {
  const { phones, emails, addresses, ...overrides } = input;
  const rng = factoryRng();
  const { ownerId, teamId } = await resolveOwnerAndTeam(db, {
    ownerId: overrides.ownerId,
    teamId: overrides.teamId,
  });
  const row = buildAccount(rng, { ...overrides, ownerId, teamId }, { country: COUNTRIES[0] });
  const account = await db.account.create({ data: row });
  const mechanisms = buildMechanismsFor(rng, { accountId: account.id }, { phones, emails, addresses });
  if (mechanisms.length > 0) await db.contactMechanism.createMany({ data: mechanisms });
  return account;
}
