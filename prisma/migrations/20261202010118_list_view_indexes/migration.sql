-- DropIndex
DROP INDEX "Contact_ownerId_idx";

-- CreateIndex
CREATE INDEX "Contact_ownerId_surname_foreName_id_idx" ON "Contact"("ownerId", "surname", "foreName", "id");

-- CreateIndex
CREATE INDEX "Contact_createdAt_id_idx" ON "Contact"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Lead_createdAt_id_idx" ON "Lead"("createdAt", "id");
