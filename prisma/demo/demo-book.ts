import type { Rng } from "../random.ts";
import { addDays } from "../random.ts";
import type { Segment } from "../../server/generated/prisma/enums.ts";
import type { AccountRow } from "../factories/accounts.ts";
import type { ContactRow } from "../factories/contacts.ts";
import type { ContactMechanismRow } from "../factories/contact-mechanisms.ts";
import type { Country } from "../factories/locations.ts";
import { buildAccount, buildAccountMechanisms, pickCountry } from "../factories/accounts.ts";
import { buildContact, buildContactMechanisms } from "../factories/contacts.ts";
import { buildPhoneMechanism } from "../factories/contact-mechanisms.ts";
import { companyDomain } from "../factories/company-names.ts";
import { createPhoneAllocator, type PhoneAllocator } from "../factories/phone-numbers.ts";
import type { DemoTeamKey } from "../demo-users.ts";
import type { DemoRows } from "./demo-rows.ts";
import { pickOwner, type DemoPeople, type DemoTeam } from "./demo-people.ts";

export type DemoContact = { row: ContactRow; email: string; phone: string };

export type DemoAccount = {
  row: AccountRow;
  id: string;
  name: string;
  segment: Segment;
  country: Country;
  team: DemoTeam;
  ownerId: string;
  contacts: DemoContact[];
  switchboard: string;
};

export type DemoBook = {
  accounts: DemoAccount[];
  /** Contacts with no account (prospects met at events, introducers). */
  looseContacts: DemoContact[];
  phones: PhoneAllocator;
  takenNames: Set<string>;
  /** Numbers for demoing the screen pop: one match, several matches. */
  samples: { singleMatchPhone: string; sharedPhone: string };
};

const BOOK: Record<DemoTeamKey, { count: number; segments: readonly (readonly [Segment, number])[] }> = {
  fx: {
    count: 90,
    segments: [
      ["INSTITUTIONAL", 60],
      ["CORPORATE", 40],
    ],
  },
  corporate: {
    count: 110,
    segments: [
      ["CORPORATE", 60],
      ["SME", 40],
    ],
  },
  private: {
    count: 100,
    segments: [
      ["PRIVATE_BANKING", 85],
      ["RETAIL", 15],
    ],
  },
};

function mechanismsOf(mechs: ContactMechanismRow[]): { email: string; phone: string; e164: string } {
  const email = mechs.find((m) => m.type === "EMAIL" && m.isPrimary)?.value ?? "";
  const phone = mechs.find((m) => m.type === "PHONE" && m.isPrimary);
  return { email, phone: phone?.value ?? "", e164: phone?.e164 ?? "" };
}

/** ~300 accounts across the three teams and ~1,500 contacts, each with phones and e-mail. */
export function buildDemoBook(rng: Rng, rows: DemoRows, people: DemoPeople, now: Date): DemoBook {
  const phones = createPhoneAllocator(rng.fork("phones"));
  const takenNames = new Set<string>();
  const accounts: DemoAccount[] = [];

  for (const key of Object.keys(BOOK) as DemoTeamKey[]) {
    const team = people.teams[key];
    for (let i = 0; i < BOOK[key].count; i++) {
      const segment = rng.weighted(BOOK[key].segments);
      const country = pickCountry(rng);
      const owner = pickOwner(rng, team);
      const row = buildAccount(
        rng,
        { ownerId: owner.id, teamId: team.id },
        { segment, country, takenNames, now },
      );
      row.createdAt = row.customerSince ?? addDays(now, -rng.int(20, 700));
      const mechs = buildAccountMechanisms(rng, row, country, phones);
      rows.account.push(row);
      rows.contactMechanism.push(...mechs);
      accounts.push({
        row,
        id: row.id as string,
        name: row.partyGroupName,
        segment,
        country,
        team,
        ownerId: owner.id,
        contacts: [],
        switchboard: mechanismsOf(mechs).e164,
      });
    }
  }

  const addContact = (
    account: DemoAccount | null,
    overrides: Partial<ContactRow>,
    team: DemoTeam,
    ownerId: string,
  ) => {
    const row = buildContact(rng, {
      ownerId,
      teamId: team.id,
      accountId: account?.id ?? null,
      isCustomer: Boolean(account?.row.isCustomer),
      culture: account?.row.culture ?? "en-GB",
      createdAt: account
        ? addDays(account.row.createdAt as Date, rng.int(0, 60))
        : addDays(now, -rng.int(5, 400)),
      ...overrides,
    });
    if ((row.createdAt as Date) > now) row.createdAt = now;
    const isOrg = account?.row.accountType === "ORGANISATION";
    const mechs = buildContactMechanisms(rng, row, {
      region: account?.country.phoneRegion ?? "GB",
      domain: isOrg && account ? companyDomain(account.name) : undefined,
      phones,
    });
    rows.contact.push(row);
    rows.contactMechanism.push(...mechs);
    const { email, phone } = mechanismsOf(mechs);
    const contact = { row, email, phone };
    account?.contacts.push(contact);
    return contact;
  };

  for (const account of accounts) {
    if (account.row.accountType === "INDIVIDUAL") {
      const [foreName = "Alex", ...rest] = account.name.replace(/ [A-Z]\. /, " ").split(" ");
      addContact(
        account,
        { foreName, surname: rest.join(" "), middleInitial: null, jobTitle: null },
        account.team,
        account.ownerId,
      );
      if (rng.chance(0.2))
        addContact(
          account,
          { surname: rest.join(" "), jobTitle: rng.pick(["Spouse", "Personal assistant", "Family lawyer"]) },
          account.team,
          account.ownerId,
        );
    } else {
      const n = rng.int(4, 9);
      for (let i = 0; i < n; i++) addContact(account, {}, account.team, account.ownerId);
    }
  }

  const looseContacts: DemoContact[] = [];
  for (let i = 0; i < 75; i++) {
    const team = people.teams[rng.pick(["fx", "corporate", "private"] as const)];
    looseContacts.push(
      addContact(
        null,
        { jobTitle: rng.pick(["Consultant", "Introducer", "Conference delegate", "Accountant"]) },
        team,
        pickOwner(rng, team).id,
      ),
    );
  }

  // A few people are reached through their firm's switchboard: calls from it match the account
  // and those contacts, so the screen pop shows its chooser.
  const withBoard = accounts.filter((a) => a.row.accountType === "ORGANISATION" && a.contacts.length > 0);
  const boards = rng.sample(withBoard, 8);
  for (const account of boards) {
    const contact = account.contacts[0] as DemoContact;
    const board = rows.contactMechanism.find((m) => m.accountId === account.id && m.type === "PHONE");
    if (board) {
      rows.contactMechanism.push(
        buildPhoneMechanism(
          rng,
          { contactId: contact.row.id as string },
          { value: board.value, e164: board.e164 as string },
          { purpose: "switchboard" },
        ),
      );
    }
  }
  const uses = new Map<string, number>();
  for (const m of rows.contactMechanism) if (m.e164) uses.set(m.e164, (uses.get(m.e164) ?? 0) + 1);
  const single = accounts
    .flatMap((a) => a.contacts)
    .map(
      (c) =>
        rows.contactMechanism.find((m) => m.contactId === c.row.id && m.type === "PHONE" && m.isPrimary)
          ?.e164,
    )
    .find((e164) => e164 && uses.get(e164) === 1);

  return {
    accounts,
    looseContacts,
    phones,
    takenNames,
    samples: { singleMatchPhone: single ?? "", sharedPhone: boards[0]?.switchboard ?? "" },
  };
}
