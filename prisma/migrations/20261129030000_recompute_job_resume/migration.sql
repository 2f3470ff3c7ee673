-- A recompute job records how far it got and that its runner is alive, so a job whose process
-- died can be found (no heartbeat for a while) and resumed after the last product it wrote.
-- "attempts" counts claims: a runner whose job was taken over stops at its next progress write.
ALTER TABLE "recompute_jobs" ADD COLUMN "lastProductId" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "recompute_jobs" ADD COLUMN "heartbeatAt" TIMESTAMP(3);
ALTER TABLE "recompute_jobs" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
