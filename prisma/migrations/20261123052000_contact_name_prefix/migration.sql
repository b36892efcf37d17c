-- Name search on contacts by btree prefix ranges (server/search/search-documents.ts `prefix`):
-- "emi mens" reads only the index entries under both prefixes, whichever word is typed first.
-- Expression indexes: Prisma cannot express them, so they live here only.
CREATE INDEX "Contact_surname_forename_prefix_idx" ON "Contact" (lower("surname") text_pattern_ops, lower("foreName") text_pattern_ops);
CREATE INDEX "Contact_forename_surname_prefix_idx" ON "Contact" (lower("foreName") text_pattern_ops, lower("surname") text_pattern_ops);
