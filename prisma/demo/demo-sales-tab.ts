import type { Rng } from "../random.ts";
import { addDays, notAfter, utcDay } from "../random.ts";
import type { AgreementType, ApplicationStatus, Segment } from "../../server/generated/prisma/enums.ts";
import { buildAgreement, buildContract } from "../factories/agreements.ts";
import { APPLICATION_SOURCES, buildApplication, buildLink } from "../factories/applications.ts";
import { companyDomain } from "../factories/company-names.ts";
import type { DemoRows } from "./demo-rows.ts";
import type { DemoBook } from "./demo-book.ts";

/** Consent periods per account, so marketing interactions only happen where consent existed. */
export type ConsentBook = Map<string, { type: AgreementType; start: Date; end: Date | null }[]>;

const AGREEMENT_ODDS: Record<AgreementType, number> = {
  DATA_COLLECTION: 0.85,
  EMAIL_MARKETING: 0.55,
  CALL_MARKETING: 0.4,
  SMS_MARKETING: 0.25,
};

const CONTRACT_TITLES: Record<Segment, readonly string[]> = {
  INSTITUTIONAL: ["ISDA master agreement", "Global master repurchase agreement", "Client terms of business"],
  CORPORATE: [
    "Facility agreement",
    "Cash management agreement",
    "ISDA master agreement",
    "Electronic banking agreement",
  ],
  SME: ["Business banking terms", "Invoice finance agreement", "Electronic banking agreement"],
  PRIVATE_BANKING: [
    "Discretionary management agreement",
    "Private banking terms",
    "Lombard credit agreement",
  ],
  RETAIL: ["Personal banking terms", "Mortgage offer"],
};

const PRODUCTS_APPLIED: Record<Segment, readonly [string, string][]> = {
  INSTITUTIONAL: [
    ["FX prime brokerage onboarding", "FX Prime Brokerage"],
    ["Repo line increase", "Repo"],
  ],
  CORPORATE: [
    ["Revolving credit facility", "Credit Facility"],
    ["Trade finance line", "Trade Finance"],
    ["Cash pooling set-up", "Cash Management"],
  ],
  SME: [
    ["Invoice finance facility", "Invoice Finance"],
    ["Asset finance application", "Asset Finance"],
    ["Overdraft increase", "Credit Facility"],
  ],
  PRIVATE_BANKING: [
    ["Lombard loan", "Lombard Loan"],
    ["Mortgage application", "Mortgage"],
    ["Discretionary mandate opening", "Discretionary Mandate"],
  ],
  RETAIL: [
    ["Mortgage application", "Mortgage"],
    ["Savings account opening", "Savings Account"],
  ],
};

/** Contracts, consent agreements of every type (some expired), applications and links. */
export function buildDemoSalesTab(rng: Rng, rows: DemoRows, book: DemoBook, now: Date): ConsentBook {
  const consent: ConsentBook = new Map();
  const today = utcDay(now);
  let contractSeq = 0;

  for (const account of book.accounts) {
    const contractIds: string[] = [];
    const contractCount = account.row.isCustomer ? rng.int(1, 2) : rng.chance(0.2) ? 1 : 0;
    for (let i = 0; i < contractCount; i++) {
      const c = buildContract(
        rng,
        { accountId: account.id, title: rng.pick(CONTRACT_TITLES[account.segment]) },
        { now },
      );
      c.contractNumber = `CTR-${(c.startDate as Date).getUTCFullYear()}-${String(++contractSeq).padStart(6, "0")}`;
      rows.contract.push(c);
      contractIds.push(c.id as string);
    }

    const periods: { type: AgreementType; start: Date; end: Date | null }[] = [];
    for (const type of Object.keys(AGREEMENT_ODDS) as AgreementType[]) {
      if (!rng.chance(AGREEMENT_ODDS[type])) continue;
      const state = rng.weighted([
        ["active", 70],
        ["expired", 20],
        ["renewed", 7],
        ["future", 3],
      ] as const);
      const add = (start: Date, end: Date | null, notes: string | null) => {
        rows.agreement.push(
          buildAgreement(rng, {
            accountId: account.id,
            agreementType: type,
            startDate: start,
            endDate: end,
            contractId: contractIds.length && rng.chance(0.75) ? rng.pick(contractIds) : null,
            notes,
            createdAt: notAfter(start, now),
          }),
        );
        periods.push({ type, start, end });
      };
      if (state === "active") {
        const start = utcDay(addDays(today, -rng.int(30, 900)));
        add(start, rng.chance(0.4) ? null : utcDay(addDays(today, rng.int(20, 900))), null);
      } else if (state === "expired") {
        const end = utcDay(addDays(today, -rng.int(1, 300)));
        add(utcDay(addDays(end, -rng.int(180, 730))), end, "Not renewed by the client");
      } else if (state === "renewed") {
        const end = utcDay(addDays(today, -rng.int(20, 200)));
        add(utcDay(addDays(end, -365)), end, null);
        add(addDays(end, 1), utcDay(addDays(end, 731)), "Renewed for two years");
      } else {
        add(
          utcDay(addDays(today, rng.int(5, 45))),
          utcDay(addDays(today, rng.int(400, 800))),
          "Signed; starts next month",
        );
      }
    }
    consent.set(account.id, periods);

    for (
      let i = rng.weighted([
        [0, 45],
        [1, 40],
        [2, 15],
      ] as const);
      i > 0;
      i--
    ) {
      const [name, product] = rng.pick(PRODUCTS_APPLIED[account.segment]);
      const source = rng.weighted(APPLICATION_SOURCES.map((s, k) => [s, k === 0 ? 40 : 20] as const));
      const externalId = source.url ? `${rng.int(100_000, 999_999)}` : null;
      const status = rng.weighted<ApplicationStatus>([
        ["DRAFT", 8],
        ["SUBMITTED", 20],
        ["IN_REVIEW", 25],
        ["APPROVED", 30],
        ["REJECTED", 9],
        ["WITHDRAWN", 8],
      ]);
      const submitted = addDays(now, -rng.int(2, 300));
      rows.application.push(
        buildApplication(
          rng,
          {
            accountId: account.id,
            name,
            product,
            sourceSystem: source.sourceSystem,
            externalId,
            externalUrl: source.url && externalId ? source.url(externalId) : null,
            status,
            submittedAt: status === "DRAFT" ? null : submitted,
            amount: (rng.int(5, 500) * 10_000).toFixed(2),
            currency: ["EUR", "GBP", "USD"].includes(account.row.creditCurrency ?? "")
              ? account.row.creditCurrency
              : "EUR",
            createdAt: addDays(submitted, -rng.int(0, 10)),
          },
          { now },
        ),
      );
    }

    const isOrg = account.row.accountType === "ORGANISATION";
    const linkChoices = [
      {
        title: "Credit memo",
        url: `https://intranet.example.bank/credit/memos/${rng.int(10_000, 99_999)}`,
        description: "Latest annual credit review",
      },
      {
        title: "KYC file",
        url: `https://kyc.example.bank/files/${account.id.slice(0, 8)}`,
        description: "Due-diligence documents",
      },
      ...(isOrg
        ? [
            {
              title: "Investor relations",
              url: `https://${companyDomain(account.name)}/investors`,
              description: "Annual report and results",
            },
            {
              title: "Relationship plan",
              url: `https://intranet.example.bank/plans/${rng.int(1_000, 9_999)}`,
              description: "Coverage plan for this year",
            },
          ]
        : [
            {
              title: "Wealth plan",
              url: `https://wealth.example.bank/plans/${rng.int(1_000, 9_999)}`,
              description: "Financial plan agreed with the client",
            },
          ]),
    ];
    for (const link of rng.sample(
      linkChoices,
      rng.weighted([
        [0, 25],
        [1, 45],
        [2, 30],
      ] as const),
    )) {
      rows.link.push(
        buildLink(rng, { accountId: account.id, ...link, createdAt: addDays(now, -rng.int(1, 400)) }),
      );
    }
  }
  return consent;
}

/** Whether an account had consent of this type on that day. */
export function hadConsent(consent: ConsentBook, accountId: string, type: AgreementType, at: Date): boolean {
  const day = utcDay(at);
  return (consent.get(accountId) ?? []).some(
    (p) => p.type === type && p.start <= day && (p.end === null || p.end >= day),
  );
}
