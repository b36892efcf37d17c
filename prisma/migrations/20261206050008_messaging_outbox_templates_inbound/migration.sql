/*
  Warnings:

  - You are about to drop the column `body` on the `MessageTemplate` table. All the data in the column will be lost.
  - You are about to drop the column `culture` on the `MessageTemplate` table. All the data in the column will be lost.
  - You are about to drop the column `subject` on the `MessageTemplate` table. All the data in the column will be lost.
  - A unique constraint covering the columns `[name]` on the table `MessageTemplate` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('EMAIL', 'SMS', 'CHAT');

-- CreateEnum
CREATE TYPE "MessageState" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'BOUNCED', 'FAILED', 'NOT_SENT', 'CANCELED');

-- CreateEnum
CREATE TYPE "InboundEmailState" AS ENUM ('MATCHED', 'TRIAGE', 'BOUNCE', 'DISCARDED');

-- AlterTable
ALTER TABLE "CtiIntegration" ADD COLUMN     "replyUrl" TEXT;


-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "mailFrom" TEXT;

-- CreateTable
CREATE TABLE "MessageTemplateVersion" (
    "id" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "culture" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessageTemplateVersion_pkey" PRIMARY KEY ("id")
);

-- Each existing template becomes a version of the template of its name, in its culture, and the
-- template keeps the id of its oldest row, so interactions that point at it still do.
INSERT INTO "MessageTemplateVersion" ("id", "templateId", "culture", "subject", "body", "updatedAt")
SELECT DISTINCT ON (t."name", t."culture") t."id", keep."id", t."culture", t."subject", t."body", CURRENT_TIMESTAMP
FROM "MessageTemplate" t
JOIN LATERAL (
  SELECT k."id" FROM "MessageTemplate" k WHERE k."name" = t."name" ORDER BY k."createdAt", k."id" LIMIT 1
) keep ON true
ORDER BY t."name", t."culture", t."createdAt", t."id";
UPDATE "Interaction" i SET "templateId" = keep."id"
FROM "MessageTemplate" t JOIN LATERAL (
  SELECT k."id" FROM "MessageTemplate" k WHERE k."name" = t."name" ORDER BY k."createdAt", k."id" LIMIT 1
) keep ON true
WHERE t."id" = i."templateId" AND keep."id" <> t."id";
DELETE FROM "MessageTemplate" t WHERE NOT EXISTS (SELECT 1 FROM "MessageTemplateVersion" v WHERE v."templateId" = t."id");

-- AlterTable
ALTER TABLE "MessageTemplate" DROP COLUMN "body",
DROP COLUMN "culture",
DROP COLUMN "subject",
ADD COLUMN     "isMarketing" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;


-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" UUID NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "state" "MessageState" NOT NULL DEFAULT 'QUEUED',
    "messageKey" TEXT NOT NULL,
    "teamId" UUID NOT NULL,
    "senderId" UUID,
    "interactionId" UUID,
    "commSessionId" UUID,
    "transcriptSegmentId" UUID,
    "accountId" UUID,
    "contactId" UUID,
    "isMarketing" BOOLEAN NOT NULL DEFAULT false,
    "fromAddress" TEXT,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedUntil" TIMESTAMP(3),
    "lastReply" TEXT,
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundEmail" (
    "id" UUID NOT NULL,
    "messageKey" TEXT NOT NULL,
    "state" "InboundEmailState" NOT NULL,
    "fromAddress" TEXT NOT NULL,
    "toAddress" TEXT,
    "subject" TEXT,
    "textBody" TEXT NOT NULL,
    "inReplyTo" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "interactionId" UUID,
    "accountId" UUID,
    "contactId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailboxCursor" (
    "mailbox" TEXT NOT NULL,
    "uidValidity" BIGINT NOT NULL,
    "lastUid" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailboxCursor_pkey" PRIMARY KEY ("mailbox")
);

-- CreateIndex
CREATE UNIQUE INDEX "MessageTemplateVersion_templateId_culture_key" ON "MessageTemplateVersion"("templateId", "culture");

-- CreateIndex
CREATE UNIQUE INDEX "OutboundMessage_messageKey_key" ON "OutboundMessage"("messageKey");

-- CreateIndex
CREATE UNIQUE INDEX "OutboundMessage_transcriptSegmentId_key" ON "OutboundMessage"("transcriptSegmentId");

-- CreateIndex
CREATE INDEX "OutboundMessage_state_createdAt_idx" ON "OutboundMessage"("state", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_interactionId_idx" ON "OutboundMessage"("interactionId");

-- CreateIndex
CREATE INDEX "OutboundMessage_commSessionId_idx" ON "OutboundMessage"("commSessionId");

-- CreateIndex
CREATE INDEX "OutboundMessage_teamId_createdAt_idx" ON "OutboundMessage"("teamId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundEmail_messageKey_key" ON "InboundEmail"("messageKey");

-- CreateIndex
CREATE INDEX "InboundEmail_state_receivedAt_idx" ON "InboundEmail"("state", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MessageTemplate_name_key" ON "MessageTemplate"("name");

-- AddForeignKey
ALTER TABLE "MessageTemplateVersion" ADD CONSTRAINT "MessageTemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "MessageTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_interactionId_fkey" FOREIGN KEY ("interactionId") REFERENCES "Interaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_commSessionId_fkey" FOREIGN KEY ("commSessionId") REFERENCES "CommSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;
