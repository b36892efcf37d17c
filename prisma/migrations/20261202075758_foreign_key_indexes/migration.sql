-- Links that lists filter on (opportunities by campaign), related lists read (a lead's converted
-- contact and account) and deletes follow (a contact's opportunities, calls and converted leads)
-- had no index: each lookup read the whole table, and hard-deleting 200k contacts ran for over
-- 13 minutes before it was stopped. Most rows have no such link, so the indexes are partial: a
-- row without one (every imported lead) costs no index entry. A lookup always names a value,
-- which implies IS NOT NULL, so the planner uses them. Names are the ones the Prisma schema gives
-- these indexes, so the schema and the migrations agree. Prisma cannot write the WHERE itself.
CREATE INDEX "CommSession_contactId_idx" ON "CommSession" ("contactId") WHERE "contactId" IS NOT NULL;
CREATE INDEX "Interaction_opportunityId_idx" ON "Interaction" ("opportunityId") WHERE "opportunityId" IS NOT NULL;
CREATE INDEX "Lead_convertedAccountId_idx" ON "Lead" ("convertedAccountId") WHERE "convertedAccountId" IS NOT NULL;
CREATE INDEX "Lead_convertedContactId_idx" ON "Lead" ("convertedContactId") WHERE "convertedContactId" IS NOT NULL;
CREATE INDEX "Lead_contactListId_idx" ON "Lead" ("contactListId") WHERE "contactListId" IS NOT NULL;
CREATE INDEX "Opportunity_campaignId_idx" ON "Opportunity" ("campaignId") WHERE "campaignId" IS NOT NULL;
CREATE INDEX "Opportunity_contactId_idx" ON "Opportunity" ("contactId") WHERE "contactId" IS NOT NULL;
CREATE INDEX "Opportunity_leadId_idx" ON "Opportunity" ("leadId") WHERE "leadId" IS NOT NULL;

-- A contact's account is optional and an imported contact has none: the same partial form
-- spares every such row an entry in this index.
DROP INDEX "Contact_accountId_idx";
CREATE INDEX "Contact_accountId_idx" ON "Contact" ("accountId") WHERE "accountId" IS NOT NULL;
