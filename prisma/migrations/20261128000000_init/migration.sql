-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "GlobalRole" AS ENUM ('ADMIN', 'GOVERNANCE_LEAD', 'MEMBER', 'VIEWER');
CREATE TYPE "TeamRole" AS ENUM ('OWNER', 'MAINTAINER', 'MEMBER');
CREATE TYPE "DomainKind" AS ENUM ('SOURCE_ALIGNED', 'CONSUMER_ALIGNED', 'AGGREGATE');
CREATE TYPE "LifecycleStatus" AS ENUM ('DRAFT', 'ACTIVE', 'DEPRECATED', 'RETIRED');
CREATE TYPE "Classification" AS ENUM ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED');
CREATE TYPE "SloKind" AS ENUM ('FRESHNESS', 'AVAILABILITY', 'COMPLETENESS', 'ACCURACY');
CREATE TYPE "SloState" AS ENUM ('NONE', 'MET', 'AT_RISK', 'BREACHED');
CREATE TYPE "Severity" AS ENUM ('ERROR', 'WARNING');
CREATE TYPE "ChangeKind" AS ENUM ('CREATED', 'UPDATED', 'DEPRECATED', 'RETIRED', 'REACTIVATED', 'IMPORTED');
CREATE TYPE "JobStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "chatHandle" TEXT,
    "role" "GlobalRole" NOT NULL DEFAULT 'VIEWER',
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "teams" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "email" TEXT,
    "chatChannel" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "team_memberships" (
    "teamId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "role" "TeamRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "team_memberships_pkey" PRIMARY KEY ("teamId","userId")
);

CREATE TABLE "domains" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "DomainKind" NOT NULL,
    "owningTeamId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "domains_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "source_systems" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "technology" TEXT,
    "description" TEXT,
    CONSTRAINT "source_systems_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "data_products" (
    "id" SERIAL NOT NULL,
    "domainId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "semanticVersion" TEXT NOT NULL DEFAULT '0.1.0',
    "status" "LifecycleStatus" NOT NULL DEFAULT 'DRAFT',
    "classification" "Classification",
    "retention" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "owningTeamId" INTEGER NOT NULL,
    "ownerId" INTEGER,
    "stewardId" INTEGER,
    "contactEmail" TEXT,
    "chatChannel" TEXT,
    "schemaType" TEXT,
    "maskingPolicy" TEXT,
    "piiColumns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "documentationLinks" JSONB,
    "extras" JSONB,
    "sunsetDate" DATE,
    "deprecationMessage" TEXT,
    "replacementRef" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "governanceScore" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "warningCount" INTEGER NOT NULL DEFAULT 0,
    "consumerCount" INTEGER NOT NULL DEFAULT 0,
    "sloState" "SloState" NOT NULL DEFAULT 'NONE',
    "searchVector" tsvector,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "data_products_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "output_ports" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "technology" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "location" TEXT,
    "format" TEXT,
    "database" TEXT,
    "schemaName" TEXT,
    "tableName" TEXT,
    "topic" TEXT,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "output_ports_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "input_ports" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "technology" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "location" TEXT,
    "format" TEXT,
    "database" TEXT,
    "schemaName" TEXT,
    "tableName" TEXT,
    "topic" TEXT,
    "description" TEXT,
    "sourceRef" TEXT,
    "sourcePortName" TEXT,
    "sourceProductId" INTEGER,
    "sourceOutputPortId" INTEGER,
    "sourceSystemId" INTEGER,
    "usesFields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "input_ports_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "schema_fields" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT,
    "pii" BOOLEAN,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "enumValues" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "schema_fields_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "slos" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "kind" "SloKind" NOT NULL,
    "target" TEXT NOT NULL,
    "targetValue" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "measurement" TEXT,
    "state" "SloState" NOT NULL DEFAULT 'NONE',
    "compliance" DOUBLE PRECISION,
    CONSTRAINT "slos_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "slo_measurements" (
    "id" BIGSERIAL NOT NULL,
    "sloId" INTEGER NOT NULL,
    "observedAt" TIMESTAMP(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "met" BOOLEAN NOT NULL,
    CONSTRAINT "slo_measurements_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "quality_checks" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "columns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "threshold" TEXT,
    "min" DOUBLE PRECISION,
    "max" DOUBLE PRECISION,
    "references" TEXT,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "quality_checks_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "lineage_edges" (
    "id" SERIAL NOT NULL,
    "upstreamProductId" INTEGER,
    "sourceSystemId" INTEGER,
    "downstreamProductId" INTEGER NOT NULL,
    "crossDomain" BOOLEAN NOT NULL DEFAULT false,
    "viaPort" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "lineage_edges_pkey" PRIMARY KEY ("id"),
    -- an edge starts at exactly one thing: a product or a source system
    CONSTRAINT "lineage_edges_one_upstream" CHECK (("upstreamProductId" IS NULL) <> ("sourceSystemId" IS NULL))
);

CREATE TABLE "access_roles" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "permissions" TEXT[],
    "principals" TEXT[] DEFAULT ARRAY[]::TEXT[],
    CONSTRAINT "access_roles_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "product_versions" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "semanticVersion" TEXT NOT NULL,
    "changeKind" "ChangeKind" NOT NULL,
    "summary" TEXT,
    "spec" JSONB NOT NULL,
    "authorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "product_versions_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "api_tokens" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "domain_policies" (
    "id" SERIAL NOT NULL,
    "domainId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "ruleType" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "severity" "Severity" NOT NULL,
    "description" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "domain_policies_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "policy_changes" (
    "id" SERIAL NOT NULL,
    "domainPolicyId" INTEGER,
    "domainId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "policy_changes_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "governance_results" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "policyId" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "path" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "remediation" TEXT NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "governance_results_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "product_score_snapshots" (
    "productId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "score" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "warnings" INTEGER NOT NULL,
    CONSTRAINT "product_score_snapshots_pkey" PRIMARY KEY ("productId","day")
);

CREATE TABLE "domain_score_snapshots" (
    "domainId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "averageScore" DOUBLE PRECISION NOT NULL,
    "products" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "warnings" INTEGER NOT NULL,
    "sloCompliant" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "domain_score_snapshots_pkey" PRIMARY KEY ("domainId","day")
);

CREATE TABLE "recompute_jobs" (
    "id" SERIAL NOT NULL,
    "reason" TEXT NOT NULL,
    "domainId" INTEGER,
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    CONSTRAINT "recompute_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
CREATE UNIQUE INDEX "teams_slug_key" ON "teams"("slug");
CREATE INDEX "team_memberships_userId_idx" ON "team_memberships"("userId");
CREATE UNIQUE INDEX "domains_slug_key" ON "domains"("slug");
CREATE INDEX "domains_owningTeamId_idx" ON "domains"("owningTeamId");
CREATE UNIQUE INDEX "source_systems_slug_key" ON "source_systems"("slug");
CREATE UNIQUE INDEX "data_products_domainId_name_key" ON "data_products"("domainId", "name");
CREATE INDEX "data_products_name_idx" ON "data_products"("name");
CREATE INDEX "data_products_owningTeamId_idx" ON "data_products"("owningTeamId");
CREATE INDEX "data_products_status_idx" ON "data_products"("status");
CREATE INDEX "data_products_governanceScore_idx" ON "data_products"("governanceScore");
CREATE INDEX "data_products_updatedAt_id_idx" ON "data_products"("updatedAt", "id");
CREATE INDEX "data_products_consumerCount_idx" ON "data_products"("consumerCount");
CREATE INDEX "data_products_tags_idx" ON "data_products" USING GIN ("tags");
CREATE INDEX "data_products_searchVector_idx" ON "data_products" USING GIN ("searchVector");
CREATE INDEX "data_products_name_trgm_idx" ON "data_products" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "data_products_title_trgm_idx" ON "data_products" USING GIN ("title" gin_trgm_ops);
CREATE UNIQUE INDEX "output_ports_productId_name_key" ON "output_ports"("productId", "name");
CREATE INDEX "output_ports_technology_idx" ON "output_ports"("technology");
CREATE UNIQUE INDEX "input_ports_productId_name_key" ON "input_ports"("productId", "name");
CREATE INDEX "input_ports_sourceProductId_idx" ON "input_ports"("sourceProductId");
CREATE INDEX "input_ports_sourceOutputPortId_idx" ON "input_ports"("sourceOutputPortId");
CREATE INDEX "input_ports_sourceSystemId_idx" ON "input_ports"("sourceSystemId");
CREATE UNIQUE INDEX "schema_fields_productId_name_key" ON "schema_fields"("productId", "name");
CREATE INDEX "schema_fields_name_idx" ON "schema_fields"("name");
CREATE UNIQUE INDEX "slos_productId_kind_key" ON "slos"("productId", "kind");
CREATE UNIQUE INDEX "slo_measurements_sloId_observedAt_key" ON "slo_measurements"("sloId", "observedAt");
CREATE INDEX "quality_checks_productId_idx" ON "quality_checks"("productId");
CREATE UNIQUE INDEX "lineage_edges_upstreamProductId_downstreamProductId_key" ON "lineage_edges"("upstreamProductId", "downstreamProductId");
CREATE UNIQUE INDEX "lineage_edges_sourceSystemId_downstreamProductId_key" ON "lineage_edges"("sourceSystemId", "downstreamProductId");
CREATE INDEX "lineage_edges_downstreamProductId_upstreamProductId_idx" ON "lineage_edges"("downstreamProductId", "upstreamProductId");
CREATE UNIQUE INDEX "access_roles_productId_name_key" ON "access_roles"("productId", "name");
CREATE UNIQUE INDEX "product_versions_productId_version_key" ON "product_versions"("productId", "version");
CREATE UNIQUE INDEX "api_tokens_tokenHash_key" ON "api_tokens"("tokenHash");
CREATE INDEX "api_tokens_userId_idx" ON "api_tokens"("userId");
CREATE UNIQUE INDEX "domain_policies_domainId_code_key" ON "domain_policies"("domainId", "code");
CREATE INDEX "policy_changes_domainId_createdAt_idx" ON "policy_changes"("domainId", "createdAt");
CREATE INDEX "governance_results_productId_idx" ON "governance_results"("productId");
CREATE INDEX "governance_results_policyId_idx" ON "governance_results"("policyId");
CREATE INDEX "product_score_snapshots_day_idx" ON "product_score_snapshots"("day");
CREATE INDEX "domain_score_snapshots_day_idx" ON "domain_score_snapshots"("day");
CREATE INDEX "recompute_jobs_status_idx" ON "recompute_jobs"("status");

-- AddForeignKey
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "domains" ADD CONSTRAINT "domains_owningTeamId_fkey" FOREIGN KEY ("owningTeamId") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "data_products" ADD CONSTRAINT "data_products_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "domains"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "data_products" ADD CONSTRAINT "data_products_owningTeamId_fkey" FOREIGN KEY ("owningTeamId") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "data_products" ADD CONSTRAINT "data_products_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "data_products" ADD CONSTRAINT "data_products_stewardId_fkey" FOREIGN KEY ("stewardId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "output_ports" ADD CONSTRAINT "output_ports_productId_fkey" FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "input_ports" ADD CONSTRAINT "input_ports_productId_fkey" FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "input_ports" ADD CONSTRAINT "input_ports_sourceProductId_fkey" FOREIGN KEY ("sourceProductId") REFERENCES "data_products"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "input_ports" ADD CONSTRAINT "input_ports_sourceOutputPortId_fkey" FOREIGN KEY ("sourceOutputPortId") REFERENCES "output_ports"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "input_ports" ADD CONSTRAINT "input_ports_sourceSystemId_fkey" FOREIGN KEY ("sourceSystemId") REFERENCES "source_systems"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "schema_fields" ADD CONSTRAINT "schema_fields_productId_fkey" FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "slos" ADD CONSTRAINT "slos_productId_fkey" FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "slo_measurements" ADD CONSTRAINT "slo_measurements_sloId_fkey" FOREIGN KEY ("sloId") REFERENCES "slos"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quality_checks" ADD CONSTRAINT "quality_checks_productId_fkey" FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "lineage_edges" ADD CONSTRAINT "lineage_edges_upstreamProductId_fkey" FOREIGN KEY ("upstreamProductId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "lineage_edges" ADD CONSTRAINT "lineage_edges_sourceSystemId_fkey" FOREIGN KEY ("sourceSystemId") REFERENCES "source_systems"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "lineage_edges" ADD CONSTRAINT "lineage_edges_downstreamProductId_fkey" FOREIGN KEY ("downstreamProductId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "access_roles" ADD CONSTRAINT "access_roles_productId_fkey" FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "product_versions" ADD CONSTRAINT "product_versions_productId_fkey" FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "product_versions" ADD CONSTRAINT "product_versions_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "domain_policies" ADD CONSTRAINT "domain_policies_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "policy_changes" ADD CONSTRAINT "policy_changes_domainPolicyId_fkey" FOREIGN KEY ("domainPolicyId") REFERENCES "domain_policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "policy_changes" ADD CONSTRAINT "policy_changes_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "governance_results" ADD CONSTRAINT "governance_results_productId_fkey" FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "product_score_snapshots" ADD CONSTRAINT "product_score_snapshots_productId_fkey" FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "domain_score_snapshots" ADD CONSTRAINT "domain_score_snapshots_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The weighted search document spans the product, its domain, team, ports and fields, so it is
-- rebuilt by this function after every write (in the writer's transaction) rather than by a
-- generated column, which cannot read other tables. Weights: A name/title, B tags/domain/team,
-- C description, D port and field names.
CREATE FUNCTION refresh_product_search(product_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "data_products" p SET "searchVector" =
      setweight(to_tsvector('simple', coalesce(p."name", '') || ' ' || replace(coalesce(p."name", ''), '-', ' ') || ' ' || coalesce(p."title", '')), 'A')
   || setweight(to_tsvector('simple', array_to_string(p."tags", ' ') || ' ' || d."slug" || ' ' || d."name" || ' ' || t."name"), 'B')
   || setweight(to_tsvector('english', coalesce(p."description", '')), 'C')
   || setweight(to_tsvector('simple', coalesce((
          SELECT string_agg(n, ' ') FROM (
            SELECT o."name" AS n FROM "output_ports" o WHERE o."productId" = p."id"
            UNION ALL SELECT f."name" FROM "schema_fields" f WHERE f."productId" = p."id"
          ) names), '')), 'D')
  FROM "domains" d, "teams" t
  WHERE p."id" = ANY(product_ids) AND d."id" = p."domainId" AND t."id" = p."owningTeamId";
$$;
