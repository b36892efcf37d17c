import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { ZConvertLeadRequestSchema } from "./convert-lead-input.ts";
import { convertLead } from "./convert-lead.ts";
import {
  createAccount,
  createCampaign,
  createLead,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";

let t: TestDb;
let rep: Viewer;
let teamId: string;
let otherAccountId: string;

const viewerOf = async (userId: string) => (await loadViewer(t.db, await openSession(t.db, userId, {})))!;
const convert = (input: Record<string, unknown>) =>
  convertLead({ db: t.db, viewer: rep }, ZConvertLeadRequestSchema.parse(input));
const counts = async () => ({
  accounts: await t.db.account.count(),
  contacts: await t.db.contact.count(),
  opportunities: await t.db.opportunity.count(),
  history: await t.db.opportunityStageHistory.count(),
  audit: await t.db.auditLog.count(),
});

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "FX desk" });
  const other = await createTeam(t.db, { name: "Private banking" });
  teamId = team.id;
  const user = await createUser(t.db, { role: "REP", teamIds: [team.id] });
  const them = await createUser(t.db, { role: "REP", teamIds: [other.id] });
  rep = await viewerOf(user.id);
  otherAccountId = (
    await createAccount(t.db, { ownerId: them.id, teamId: other.id, partyGroupName: "Hidden Holdings plc" })
  ).id;
});
afterAll(() => t.close());

describe("Conversion is idempotent", () => {
  it("creates account, contact and opportunity carrying lead, source and campaign, linked both ways; twice changes nothing", async () => {
    const campaign = await createCampaign(t.db, { ownerId: rep.id, teamId });
    const lead = await createLead(t.db, {
      ownerId: rep.id,
      teamId,
      partyGroupName: "Brightwater Shipping Ltd",
      foreName: "Nadia",
      surname: "Kowalski",
      leadSource: "TRADE_SHOW",
      campaignId: campaign.id,
      emails: ["nadia@brightwater.test"],
      phones: ["+44 20 7946 0555"],
    });
    const first = await convert({
      id: lead.id,
      opportunityName: "FX forward hedge",
      estimatedAmount: "250000",
      currency: "GBP",
    });
    expect(first.converted).toBe(true);
    expect(first.created).toEqual({ account: true, contact: true });

    const opp = await t.db.opportunity.findUniqueOrThrow({
      where: { id: first.opportunityId },
      include: { convertedFrom: true, stageHistory: true },
    });
    expect(opp.name).toBe("Brightwater Shipping Ltd - FX forward hedge");
    expect(opp).toMatchObject({
      leadId: lead.id,
      leadSource: "TRADE_SHOW",
      campaignId: campaign.id,
      accountId: first.accountId,
      contactId: first.contactId,
      stage: "PROSPECTING",
      probability: 10,
    });
    expect(opp.convertedFrom?.id).toBe(lead.id);
    expect(opp.stageHistory).toHaveLength(1);
    const contact = await t.db.contact.findUniqueOrThrow({
      where: { id: first.contactId },
      include: { contactMechanisms: true },
    });
    expect(contact).toMatchObject({ foreName: "Nadia", surname: "Kowalski", accountId: first.accountId });
    expect(contact.contactMechanisms.map((m) => m.e164 ?? m.emailLower).sort()).toEqual([
      "+442079460555",
      "nadia@brightwater.test",
    ]);
    const converted = await t.db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(converted).toMatchObject({
      status: "CONVERTED",
      convertedAccountId: first.accountId,
      convertedContactId: first.contactId,
      convertedOpportunityId: first.opportunityId,
    });
    expect(converted.convertedAt).not.toBeNull();
    const actions = await t.db.auditLog.findMany({
      where: { entityId: { in: [lead.id, first.accountId, first.contactId, first.opportunityId] } },
      select: { action: true, entityType: true },
    });
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: "convert", entityType: "Lead" },
        { action: "create", entityType: "Opportunity" },
        { action: "create", entityType: "Account" },
        { action: "create", entityType: "Contact" },
      ]),
    );

    const before = await counts();
    const second = await convert({ id: lead.id, opportunityName: "Something else" });
    expect(second).toEqual({ ...first, converted: false, created: { account: false, contact: false } });
    expect(await counts()).toEqual(before);
  });

  it("two conversions racing create one opportunity", async () => {
    const lead = await createLead(t.db, { ownerId: rep.id, teamId, partyGroupName: "Racing Tide GmbH" });
    const results = await Promise.all([convert({ id: lead.id }), convert({ id: lead.id })]);
    expect(results[0]!.opportunityId).toBe(results[1]!.opportunityId);
    expect(results.filter((r) => r.converted)).toHaveLength(1);
    expect(await t.db.opportunity.count({ where: { leadId: lead.id } })).toBe(1);
  });

  it("links the visible account with the lead's Party Group Name and a same-named contact there", async () => {
    const account = await createAccount(t.db, {
      ownerId: rep.id,
      teamId,
      partyGroupName: "Northgate Capital LLP",
    });
    const contact = await t.db.contact.create({
      data: { accountId: account.id, foreName: "Omar", surname: "Haddad", ownerId: rep.id, teamId },
    });
    const lead = await createLead(t.db, {
      ownerId: rep.id,
      teamId,
      partyGroupName: "northgate capital llp",
      foreName: "Omar",
      surname: "Haddad",
    });
    const result = await convert({ id: lead.id });
    expect(result).toMatchObject({
      accountId: account.id,
      contactId: contact.id,
      created: { account: false, contact: false },
    });
  });

  it("creates an individual account for a lead without a company", async () => {
    const lead = await createLead(t.db, {
      ownerId: rep.id,
      teamId,
      partyGroupName: null,
      foreName: "Lena",
      surname: "Fischer",
    });
    const result = await convert({ id: lead.id });
    expect(await t.db.account.findUniqueOrThrow({ where: { id: result.accountId } })).toMatchObject({
      partyGroupName: "Lena Fischer",
      accountType: "INDIVIDUAL",
      teamId,
    });
  });

  it("refuses another team's account as the chosen one, as if it did not exist, and converts nothing", async () => {
    const lead = await createLead(t.db, { ownerId: rep.id, teamId, partyGroupName: "Hidden Holdings plc" });
    const before = await counts();
    await expect(convert({ id: lead.id, accountId: otherAccountId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Account not found",
    });
    expect(await counts()).toEqual(before);
    expect((await t.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe("NEW");
    // Nor is another team's account matched by name: a new one is created in the rep's team.
    const result = await convert({ id: lead.id });
    expect(result.accountId).not.toBe(otherAccountId);
  });
});
