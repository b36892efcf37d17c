import type { z } from "zod";
import type { ServiceContext } from "../service-context.ts";
import type { Page } from "../lists/keyset.ts";
import { accountListView, listAccounts, ZListAccountsRequestSchema } from "../accounts/list-accounts.ts";
import { contactListView, listContacts, ZListContactsRequestSchema } from "../contacts/list-contacts.ts";
import { leadListView, listLeads, ZListLeadsRequestSchema } from "../leads/list-leads.ts";
import {
  listOpportunities,
  opportunityListView,
  ZListOpportunitiesRequestSchema,
} from "../opportunities/list-opportunities.ts";
import { eventListView, listEvents, ZListEventsRequestSchema } from "../events/list-events.ts";
import { campaignListView, listCampaigns, ZListCampaignsRequestSchema } from "../campaigns/list-campaigns.ts";
import {
  agreementListView,
  listAgreements,
  ZListAgreementsRequestSchema,
} from "../agreements/list-agreements.ts";
import { viewFromParams, type ListViewDef } from "../lists/list-view.ts";
import { isoDate } from "./csv-format.ts";
import { agreementLabel } from "../agreements/agreement-labels.ts";
import { exportableByConsent } from "../consent/data-collection.ts";

// Export streams a list view through the list service itself, page by page, so the file holds
// exactly the rows the list shows: same filters, same order, same access scope, same masking.
// `fromParams` reads the list page's URL the way that page does. Numeric columns hand over the
// number or Decimal itself, not its text: csvCell writes only those unquoted (CSV injection).

type Params = URLSearchParams;
type Column<Row> = [header: string, value: (row: Row) => unknown];

export type ExportSpec<Row> = {
  schema: z.ZodType;
  fromParams: (sp: Params) => Record<string, unknown>;
  list: (ctx: ServiceContext, input: never) => Promise<Page<Row>>;
  columns: Column<Row>[];
  /** The rows of a page that may leave the system (people without Data Collection consent may not). */
  keep?: (ctx: ServiceContext, rows: Row[]) => Promise<Row[]>;
};

function define<Input, Row>(spec: {
  schema: z.ZodType;
  fromParams: (sp: Params) => Record<string, unknown>;
  list: (ctx: ServiceContext, input: Input) => Promise<Page<Row>>;
  columns: Column<Row>[];
  keep?: (ctx: ServiceContext, rows: Row[]) => Promise<Row[]>;
}): ExportSpec<Row> {
  return spec as unknown as ExportSpec<Row>;
}

const opt = (sp: Params, key: string) => sp.get(key) || undefined;
/** The list's shared view (owner, team, campaign, dates, sort) read as its page reads it. */
const view = (def: ListViewDef, sp: Params) => viewFromParams(def, (key) => opt(sp, key));
const primary = (mechanisms: { type: string; value: string }[], type: string) =>
  mechanisms.find((m) => m.type === type)?.value ?? "";

export const exportEntities = {
  accounts: define({
    schema: ZListAccountsRequestSchema,
    fromParams: (sp) => ({
      ...view(accountListView, sp),
      accountType: opt(sp, "accountType"),
      segment: opt(sp, "segment"),
    }),
    list: listAccounts,
    keep: ({ db }, rows) =>
      exportableByConsent(db, rows, (a) => ({
        isPerson: a.accountType === "INDIVIDUAL",
        personAccountId: a.id,
      })),
    columns: [
      ["Party Group Name", (a) => a.partyGroupName],
      ["Account Type", (a) => a.accountType],
      ["Account PIN", (a) => a.accountPin],
      ["Fiscal Registration No", (a) => a.fiscalRegistrationNo],
      ["Commercial Registration", (a) => a.commercialRegistration],
      ["Location", (a) => a.location],
      ["Segment", (a) => a.segment],
      ["KYC", (a) => a.kycStatus],
      ["Customer", (a) => (a.isCustomer ? "yes" : "no")],
      ["Credit Limit", (a) => a.creditLimit],
      ["Credit Exposure", (a) => a.creditExposure],
      ["Credit Currency", (a) => a.creditCurrency],
      ["Assigned User", (a) => a.owner.name],
      ["Team", (a) => a.team.name],
      ["Id", (a) => a.id],
    ],
  }),
  contacts: define({
    schema: ZListContactsRequestSchema,
    fromParams: (sp) => ({
      ...view(contactListView, sp),
      customersOnly: sp.get("role") === "customer" || undefined,
      accountId: opt(sp, "accountId"),
    }),
    list: listContacts,
    keep: ({ db }, rows) =>
      exportableByConsent(db, rows, (c) => ({
        isPerson: !c.account || c.account.accountType === "INDIVIDUAL",
        personAccountId: c.account?.id ?? null,
      })),
    columns: [
      ["ForeName", (c) => c.foreName],
      ["MiddleInitial", (c) => c.middleInitial],
      ["Surname", (c) => c.surname],
      ["Job Title", (c) => c.jobTitle],
      ["Account", (c) => c.account?.partyGroupName],
      ["Phone", (c) => primary(c.contactMechanisms, "PHONE")],
      ["Email", (c) => primary(c.contactMechanisms, "EMAIL")],
      ["Customer", (c) => (c.isCustomer ? "yes" : "no")],
      ["Owner", (c) => c.owner.name],
      ["Team", (c) => c.team.name],
      ["Id", (c) => c.id],
    ],
  }),
  leads: define({
    schema: ZListLeadsRequestSchema,
    fromParams: (sp) => ({
      ...view(leadListView, sp),
      status: opt(sp, "status"),
      leadSource: opt(sp, "leadSource"),
    }),
    list: listLeads,
    columns: [
      ["Party ID", (l) => l.partyId],
      ["Party Group Name", (l) => l.partyGroupName],
      ["Fore Name", (l) => l.foreName],
      ["Surname", (l) => l.surname],
      ["Lead Source", (l) => l.leadSource],
      ["Status", (l) => l.status],
      ["Contact List", (l) => l.contactList?.name],
      ["Marketing Campaign", (l) => l.campaign?.name],
      ["Owner", (l) => l.owner.name],
      ["Created", (l) => l.createdAt],
      ["Id", (l) => l.id],
    ],
  }),
  opportunities: define({
    schema: ZListOpportunitiesRequestSchema,
    fromParams: (sp) => ({ ...view(opportunityListView, sp), stage: opt(sp, "stage") }),
    list: listOpportunities,
    columns: [
      ["Name", (o) => o.name],
      ["Account", (o) => o.account.partyGroupName],
      ["Stage", (o) => o.stage],
      ["Probability (%)", (o) => o.probability],
      ["Estimated Amount", (o) => o.estimatedAmount],
      ["Currency", (o) => o.currency],
      ["Close Date", (o) => isoDate(o.closeDate)],
      ["Next Step", (o) => o.nextStep],
      ["Next Step Date", (o) => isoDate(o.nextStepDate)],
      ["Forecast Category", (o) => o.forecastCategory],
      ["Owner", (o) => o.owner.name],
      ["Id", (o) => o.id],
    ],
  }),
  events: define({
    schema: ZListEventsRequestSchema,
    fromParams: (sp) => ({
      ...view(eventListView, sp),
      when: sp.get("when") === "past" ? "past" : "upcoming",
      type: opt(sp, "type"),
    }),
    list: listEvents,
    columns: [
      ["Subject", (e) => e.subject],
      ["Type", (e) => e.type],
      ["Status", (e) => e.status],
      ["Starts", (e) => e.startsAt],
      ["Ends", (e) => e.endsAt],
      ["Location", (e) => e.location],
      ["Account", (e) => e.account?.partyGroupName],
      ["Opportunity", (e) => e.opportunity?.name],
      ["Outcome", (e) => e.outcome],
      ["Attendees", (e) => e._count.attendees],
      ["Owner", (e) => e.owner.name],
      ["Id", (e) => e.id],
    ],
  }),
  campaigns: define({
    schema: ZListCampaignsRequestSchema,
    fromParams: (sp) => ({ ...view(campaignListView, sp), status: opt(sp, "status") }),
    list: listCampaigns,
    columns: [
      ["Name", (c) => c.name],
      ["Channel", (c) => c.channel],
      ["Status", (c) => c.status],
      ["Start Date", (c) => isoDate(c.startDate)],
      ["End Date", (c) => isoDate(c.endDate)],
      ["Budget", (c) => c.budget],
      ["Currency", (c) => c.currency],
      ["Leads", (c) => c._count.leads],
      ["Owner", (c) => c.owner.name],
      ["Team", (c) => c.team.name],
      ["Id", (c) => c.id],
    ],
  }),
  agreements: define({
    schema: ZListAgreementsRequestSchema,
    fromParams: (sp) => ({
      ...view(agreementListView, sp),
      status: opt(sp, "status") ?? "ACTIVE",
      agreementType: opt(sp, "agreementType"),
    }),
    list: listAgreements,
    columns: [
      ["Account", (a) => a.account.partyGroupName],
      ["Agreement Type", (a) => agreementLabel(a.agreementType)],
      ["Status", (a) => a.status],
      ["Start Date", (a) => isoDate(a.startDate)],
      ["End Date", (a) => isoDate(a.endDate)],
      ["Contract Number", (a) => a.contract?.contractNumber],
      ["Id", (a) => a.id],
    ],
  }),
};

export type ExportEntity = keyof typeof exportEntities;
export const EXPORT_ENTITIES = Object.keys(exportEntities) as ExportEntity[];
