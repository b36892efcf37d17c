-- CreateTable
CREATE TABLE "AgentNotification" (
    "seq" BIGSERIAL NOT NULL,
    "agentId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "sessionId" UUID,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgentNotification_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "AgentNotification_agentId_seq_idx" ON "AgentNotification"("agentId", "seq");
