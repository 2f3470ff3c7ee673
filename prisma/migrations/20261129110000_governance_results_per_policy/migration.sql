-- Governance results become one row per product and failing policy, with that policy's findings
-- as a json list, instead of one row per finding. Readers ask which products fail a policy, or
-- read a product's whole report; none reads a single finding. A policy checked per field (a
-- not-null test for every required column) gave a product one row per field: a 10,000-file
-- `meshwork apply` wrote 112,000 result rows, its second most expensive statement.
-- The findings keep the evaluation's order and are written as JSON.stringify writes them (no
-- spaces), so the bulk recompute's signature of the stored text matches the one it computes.
-- Lists of a few kB stay uncompressed in the row (toast_tuple_target): compressing them cost more
-- time than the space is worth.
CREATE TABLE "governance_results_by_policy" (
    "productId" INTEGER NOT NULL,
    "policyId" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "findings" JSON NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
) WITH (toast_tuple_target = 8160);

INSERT INTO "governance_results_by_policy" ("productId", "policyId", "severity", "findings", "evaluatedAt")
SELECT "productId", "policyId", min("severity"),
       ('[' || string_agg('{"path":' || to_json("path")::text || ',"message":' || to_json("message")::text
                          || ',"remediation":' || to_json("remediation")::text || '}', ',' ORDER BY "id") || ']')::json,
       max("evaluatedAt")
FROM "governance_results"
GROUP BY "productId", "policyId";

DROP TABLE "governance_results";
ALTER TABLE "governance_results_by_policy" RENAME TO "governance_results";

ALTER TABLE "governance_results" ADD CONSTRAINT "governance_results_pkey" PRIMARY KEY ("productId", "policyId");
CREATE INDEX "governance_results_policyId_idx" ON "governance_results"("policyId");
ALTER TABLE "governance_results" ADD CONSTRAINT "governance_results_productId_fkey"
    FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
