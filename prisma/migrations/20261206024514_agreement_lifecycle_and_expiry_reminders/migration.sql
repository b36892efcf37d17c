/*
  Warnings:

  - A unique constraint covering the columns `[renewedFromId]` on the table `Agreement` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "AgreementReminderKind" AS ENUM ('EXPIRY_14_DAYS');

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "renewedFromId" UUID,
ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AgreementReminder" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "kind" "AgreementReminderKind" NOT NULL,
    "taskId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgreementReminder_taskId_key" ON "AgreementReminder"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementReminder_agreementId_kind_key" ON "AgreementReminder"("agreementId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_renewedFromId_key" ON "Agreement"("renewedFromId");

-- CreateIndex
CREATE INDEX "Agreement_endDate_idx" ON "Agreement"("endDate");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_renewedFromId_fkey" FOREIGN KEY ("renewedFromId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementReminder" ADD CONSTRAINT "AgreementReminder_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementReminder" ADD CONSTRAINT "AgreementReminder_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;
