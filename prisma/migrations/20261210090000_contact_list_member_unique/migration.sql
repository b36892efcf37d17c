-- A person is on a contact list once. Older rows may hold repeats: keep the first of each.
DELETE FROM "ContactListMember" m
USING "ContactListMember" d
WHERE m."contactListId" = d."contactListId"
  AND m."contactId" = d."contactId"
  AND m."id" > d."id";

DELETE FROM "ContactListMember" m
USING "ContactListMember" d
WHERE m."contactListId" = d."contactListId"
  AND m."leadId" = d."leadId"
  AND m."id" > d."id";

-- CreateIndex
CREATE UNIQUE INDEX "ContactListMember_contactListId_contactId_key" ON "ContactListMember"("contactListId", "contactId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactListMember_contactListId_leadId_key" ON "ContactListMember"("contactListId", "leadId");
