-- Global search: trigram matching needs pg_trgm. PGlite loads it per instance in
-- create-client.ts and migrator.mjs.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Account_partyGroupName_trgm_idx" ON "Account" USING GIN ("partyGroupName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Contact_surname_trgm_idx" ON "Contact" USING GIN ("surname" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Contact_foreName_trgm_idx" ON "Contact" USING GIN ("foreName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Lead_partyGroupName_trgm_idx" ON "Lead" USING GIN ("partyGroupName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Lead_surname_trgm_idx" ON "Lead" USING GIN ("surname" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Lead_foreName_trgm_idx" ON "Lead" USING GIN ("foreName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Lead_partyId_trgm_idx" ON "Lead" USING GIN ("partyId" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Opportunity_name_trgm_idx" ON "Opportunity" USING GIN ("name" gin_trgm_ops);

-- Full-text search documents, one per searchable entity. Prisma cannot express expression
-- indexes, so they live here only. search-documents.ts must use these exact expressions or the
-- planner will not use the indexes. The simple configuration keeps names unstemmed.
CREATE INDEX "Account_search_fts_idx" ON "Account" USING GIN (to_tsvector('simple'::regconfig, "partyGroupName"));
CREATE INDEX "Contact_search_fts_idx" ON "Contact" USING GIN (to_tsvector('simple'::regconfig, "foreName" || ' ' || "surname"));
CREATE INDEX "Lead_search_fts_idx" ON "Lead" USING GIN (to_tsvector('simple'::regconfig, coalesce("partyGroupName", '') || ' ' || "foreName" || ' ' || "surname"));
CREATE INDEX "Opportunity_search_fts_idx" ON "Opportunity" USING GIN (to_tsvector('simple'::regconfig, "name"));
