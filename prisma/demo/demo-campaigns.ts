import type { Rng } from "../random.ts";
import { addDays, notAfter, utcDay } from "../random.ts";
import type {
  CampaignActivityStatus,
  CampaignChannel,
  CampaignStatus,
} from "../../server/generated/prisma/enums.ts";
import {
  buildCampaign,
  buildCampaignActivity,
  buildContactList,
  buildContactListMember,
} from "../factories/campaigns.ts";
import type { DemoTeamKey } from "../demo-users.ts";
import type { DemoRows } from "./demo-rows.ts";
import type { DemoPeople } from "./demo-people.ts";
import type { DemoBook } from "./demo-book.ts";

export type DemoCampaign = { id: string; name: string; team: DemoTeamKey; listIds: string[]; start: Date };

type Plan = {
  name: string;
  team: DemoTeamKey;
  channel: CampaignChannel;
  status: CampaignStatus;
  /** Start and end, in days from now. */
  from: number;
  to: number;
  budget: number;
  currency: string;
  description: string;
  lists: string[];
};

const PLANS: readonly Plan[] = [
  {
    name: "FX Hedging Webinar Series",
    team: "fx",
    channel: "EVENT",
    status: "ACTIVE",
    from: -45,
    to: 30,
    budget: 25_000,
    currency: "GBP",
    description: "Three webinars on hedging EUR and USD exposure for corporate treasurers.",
    lists: ["Webinar registrants", "Treasurers not yet hedging"],
  },
  {
    name: "Gilt Syndication Investor Calls",
    team: "fx",
    channel: "CALL",
    status: "COMPLETED",
    from: -150,
    to: -120,
    budget: 8_000,
    currency: "GBP",
    description: "Sounding institutional investors ahead of the new 2035 gilt syndication.",
    lists: ["Real-money gilt investors"],
  },
  {
    name: "SME Cash Management Outreach",
    team: "corporate",
    channel: "CALL",
    status: "ACTIVE",
    from: -30,
    to: 60,
    budget: 15_000,
    currency: "GBP",
    description: "Call SME clients whose balances sit idle to present sweeping and deposits.",
    lists: ["SMEs with idle balances"],
  },
  {
    name: "Trade Finance Roadshow",
    team: "corporate",
    channel: "EVENT",
    status: "PLANNED",
    from: 20,
    to: 50,
    budget: 40_000,
    currency: "EUR",
    description: "Breakfast briefings in Manchester, Frankfurt and Paris on supply-chain finance.",
    lists: ["Importers and exporters", "Roadshow invitees"],
  },
  {
    name: "Term Deposit Rate Promotion",
    team: "corporate",
    channel: "SMS",
    status: "ABORTED",
    from: -90,
    to: -60,
    budget: 5_000,
    currency: "GBP",
    description: "Stopped after the rate cut made the offer uncompetitive.",
    lists: ["Deposit maturities this quarter"],
  },
  {
    name: "Private Client Spring Newsletter",
    team: "private",
    channel: "EMAIL",
    status: "COMPLETED",
    from: -200,
    to: -170,
    budget: 6_000,
    currency: "GBP",
    description: "Seasonal market outlook and invitation to portfolio reviews.",
    lists: ["Private clients with e-mail consent"],
  },
  {
    name: "Year-end Tax Planning Mailer",
    team: "private",
    channel: "DIRECT_MAIL",
    status: "PLANNED",
    from: 10,
    to: 70,
    budget: 12_000,
    currency: "GBP",
    description: "Printed guide to year-end allowances with a reply card.",
    lists: ["High-net-worth prospects"],
  },
  {
    name: "Website Mortgage Enquiries",
    team: "private",
    channel: "WEB",
    status: "ACTIVE",
    from: -120,
    to: 120,
    budget: 18_000,
    currency: "GBP",
    description: "Landing page for large-loan mortgage enquiries from private clients.",
    lists: ["Mortgage enquiries"],
  },
];

const ACTIVITY_NAMES = {
  SALES: [
    "Call to present the offer",
    "Book a review meeting",
    "Send the personalised proposal",
    "Follow up on the webinar",
    "Invite to the roadshow breakfast",
  ],
  ADMINISTRATIVE: [
    "Update the consent record",
    "Check KYC documents",
    "Correct the mailing address",
    "Log the reply card",
    "Remove from the list on request",
  ],
} as const;

/** Eight campaigns with their contact lists, list members, and internal activities in every status. */
export function buildDemoCampaigns(
  rng: Rng,
  rows: DemoRows,
  people: DemoPeople,
  book: DemoBook,
  now: Date,
): DemoCampaign[] {
  const campaigns: DemoCampaign[] = [];
  for (const plan of PLANS) {
    const team = people.teams[plan.team];
    const start = utcDay(addDays(now, plan.from));
    const row = buildCampaign(
      rng,
      {
        name: plan.name,
        channel: plan.channel,
        status: plan.status,
        startDate: start,
        endDate: utcDay(addDays(now, plan.to)),
        budget: plan.budget.toFixed(2),
        currency: plan.currency,
        description: plan.description,
        ownerId: team.manager.id,
        teamId: team.id,
        createdAt: addDays(now, Math.min(plan.from, 0) - rng.int(7, 30)),
      },
      { now },
    );
    rows.campaign.push(row);
    const teamContacts = book.accounts.filter((a) => a.team.key === plan.team).flatMap((a) => a.contacts);
    const listIds = plan.lists.map((name) => {
      const list = buildContactList(rng, {
        name,
        campaignId: row.id as string,
        description: `Targets for ${plan.name}`,
      });
      rows.contactList.push(list);
      for (const contact of rng.sample(teamContacts, rng.int(20, 60))) {
        rows.contactListMember.push(
          buildContactListMember(rng, {
            contactListId: list.id as string,
            contactId: contact.row.id as string,
            addedAt: start,
          }),
        );
      }
      return list.id as string;
    });
    campaigns.push({ id: row.id as string, name: plan.name, team: plan.team, listIds, start });

    // Internal activities: work for the team on the campaign's accounts, in every status.
    const accounts = rng.sample(
      book.accounts.filter((a) => a.team.key === plan.team),
      rng.int(8, 16),
    );
    for (const account of accounts) {
      const status =
        plan.status === "PLANNED"
          ? rng.weighted<CampaignActivityStatus>([
              ["UNASSIGNED", 50],
              ["ASSIGNED", 50],
            ])
          : plan.status === "COMPLETED" || plan.status === "ABORTED"
            ? rng.weighted<CampaignActivityStatus>([
                ["COMPLETED", 70],
                ["CANCELED", 30],
              ])
            : rng.weighted<CampaignActivityStatus>([
                ["UNASSIGNED", 15],
                ["ASSIGNED", 40],
                ["IN_PROGRESS", 25],
                ["COMPLETED", 15],
                ["CANCELED", 5],
              ]);
      const activityType = rng.chance(0.7) ? "SALES" : "ADMINISTRATIVE";
      const due = utcDay(addDays(now, rng.int(plan.from + 5, plan.to)));
      rows.campaignActivity.push(
        buildCampaignActivity(rng, {
          campaignId: row.id as string,
          accountId: account.id,
          name: rng.pick(ACTIVITY_NAMES[activityType]),
          activityType,
          status,
          assignedUserId: status === "UNASSIGNED" ? null : account.ownerId,
          dueDate: due,
          completedAt: status === "COMPLETED" ? (due < now ? due : addDays(now, -rng.int(1, 5))) : null,
          description: `${plan.name}: ${account.name}`,
          createdAt: notAfter(addDays(start, -rng.int(1, 10)), now),
        }),
      );
    }
  }
  // A list with no campaign: the floor's own targets.
  const standalone = buildContactList(rng, {
    name: "Conference contacts",
    description: "People met at conferences this year",
  });
  rows.contactList.push(standalone);
  for (const contact of rng.sample(book.looseContacts, 30)) {
    rows.contactListMember.push(
      buildContactListMember(rng, {
        contactListId: standalone.id as string,
        contactId: contact.row.id as string,
      }),
    );
  }
  return campaigns;
}
