-- The home page's mesh figures come from the governance rollups instead of aggregating 100k
-- products and 1M edges per request; these are the two figures the rollups did not hold yet.
-- "crossDomainEdges" counts cross-domain edges by their consuming (downstream) product.
ALTER TABLE "governance_rollups" ADD COLUMN "active" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "crossDomainEdges" INTEGER NOT NULL DEFAULT 0;

-- Backfill, so existing rollups are complete without waiting for the next refresh.
UPDATE "governance_rollups" r
   SET "active" = s."active"
  FROM (SELECT p."domainId", p."owningTeamId", (count(*) FILTER (WHERE p."status" = 'ACTIVE'))::int AS "active"
          FROM "data_products" p WHERE p."status" <> 'RETIRED' GROUP BY 1, 2) s
 WHERE r."domainId" = s."domainId" AND r."owningTeamId" = s."owningTeamId";

UPDATE "governance_rollups" r
   SET "crossDomainEdges" = s."edges"
  FROM (SELECT p."domainId", p."owningTeamId", count(*)::int AS "edges"
          FROM "lineage_edges" e JOIN "data_products" p ON p."id" = e."downstreamProductId"
         WHERE e."crossDomain" AND p."status" <> 'RETIRED' GROUP BY 1, 2) s
 WHERE r."domainId" = s."domainId" AND r."owningTeamId" = s."owningTeamId";
