-- Pre-aggregated governance figures per (domain, owning team), so the dashboard sums a few hundred
-- rows instead of scanning 100k products and their violations on every request.
CREATE TABLE "governance_rollups" (
    "domainId" INTEGER NOT NULL,
    "owningTeamId" INTEGER NOT NULL,
    "products" INTEGER NOT NULL,
    "scoreSum" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "warnings" INTEGER NOT NULL,
    "scoreBuckets" INTEGER[],
    "sloMet" INTEGER NOT NULL,
    "sloAtRisk" INTEGER NOT NULL,
    "sloBreached" INTEGER NOT NULL,
    "documented" INTEGER NOT NULL,
    "consumers" INTEGER NOT NULL,
    "crossDomain" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "governance_rollups_pkey" PRIMARY KEY ("domainId","owningTeamId")
);

CREATE TABLE "governance_policy_rollups" (
    "domainId" INTEGER NOT NULL,
    "owningTeamId" INTEGER NOT NULL,
    "policyId" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "products" INTEGER NOT NULL,
    "violations" INTEGER NOT NULL,

    CONSTRAINT "governance_policy_rollups_pkey" PRIMARY KEY ("domainId","owningTeamId","policyId")
);

-- One row: products updated after the watermark have not been rolled up yet.
CREATE TABLE "governance_rollup_state" (
    "id" INTEGER NOT NULL,
    "watermark" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "governance_rollup_state_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "governance_policy_rollups_policyId_idx" ON "governance_policy_rollups"("policyId");

ALTER TABLE "governance_rollups" ADD CONSTRAINT "governance_rollups_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "governance_policy_rollups" ADD CONSTRAINT "governance_policy_rollups_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;
