import { randomBytes } from "node:crypto";
import type { Caller } from "../../lib/auth/permissions";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { DataProductSpec } from "../../lib/spec/schema";

export const unique = (prefix: string) => `${prefix}-${randomBytes(3).toString("hex")}`;

/** A team with one member, and a domain the team owns. */
export async function createTeamWithDomain(db: PrismaClient, role: Caller["role"] = "MEMBER") {
  const team = await db.team.create({ data: { slug: unique("team"), name: "Test team" } });
  const domain = await db.domain.create({ data: { slug: unique("domain"), name: "Test domain", kind: "SOURCE_ALIGNED", owningTeamId: team.id } });
  const user = await db.user.create({ data: { email: `${unique("user")}@example.com`, name: "Test user", role } });
  await db.teamMembership.create({ data: { teamId: team.id, userId: user.id, role: "MAINTAINER" } });
  const caller: Caller = { userId: user.id, email: user.email, name: user.name, role, teams: [{ teamId: team.id, slug: team.slug, role: "MAINTAINER" }] };
  return { team, domain, user, caller };
}

/** A spec that passes every global policy, so tests can break exactly one thing. */
export function goodSpec(domain: string, team: string, name = unique("product")): DataProductSpec {
  return {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: { name, domain, version: "1.0.0", title: "Test product", status: "active", owner: { team, email: "team@example.com", slack: "#team-data" } },
    spec: {
      description:
        "Daily orders of the test shop, one row per order. Built from the order service's events and deduplicated. Late events are merged for seven days.",
      outputPorts: [{ name: "orders-table", type: "snowflake", database: "shop", schema: "gold", table: "orders", format: "iceberg" }],
      schema: {
        type: "avro",
        fields: [
          { name: "order_id", type: "string", description: "Order identifier", pii: false, required: true },
          { name: "customer_email", type: "string", description: "Email of the buyer", pii: true, required: false },
        ],
      },
      slo: { freshness: { target: "1 hour", measurement: "max_latency_from_source" }, availability: { target: "99.9%" } },
      quality: { tests: [{ type: "not_null", columns: ["order_id"] }, { type: "uniqueness", column: "order_id", threshold: "100%" }] },
      access: { classification: "confidential", retention: "7 years", privacy: { pii_columns: ["customer_email"], masking_policy: "hash_pii" } },
    },
  };
}
