import "server-only";
import { canReadRestricted, type Caller } from "@/lib/auth/permissions";
import { prisma, type Db } from "@/lib/db/prisma";
import { NotFoundError } from "./errors";
import { storedViolations } from "./governance-results";
import { productRecordInclude } from "./product-record";
import { recordToSpec } from "./spec-mapping";

/** Everything the product page shows, in one place so the page stays a thin renderer. */
export async function getProductPageOrThrow(domainSlug: string, name: string, db: Db = prisma) {
  const record = await db.dataProduct.findFirst({
    where: { name, domain: { slug: domainSlug } },
    include: {
      ...productRecordInclude,
      domain: { select: { slug: true, name: true, owningTeamId: true } },
      owningTeam: { select: { slug: true, name: true, email: true, chatChannel: true } },
      owner: { select: { email: true, name: true, chatHandle: true } },
      steward: { select: { email: true, name: true, chatHandle: true } },
      governanceResults: { select: { policyId: true, severity: true, findings: true } },
      versions: { orderBy: { version: "desc" }, take: 20, select: { version: true, semanticVersion: true, changeKind: true, summary: true, createdAt: true, author: { select: { name: true } } } },
      upstreamEdges: {
        select: {
          crossDomain: true,
          upstreamProduct: { select: { name: true, title: true, status: true, domain: { select: { slug: true } } } },
          sourceSystem: { select: { slug: true, name: true } },
        },
      },
    },
  });
  if (!record) throw new NotFoundError(`No data product ${domainSlug}/${name}`);
  const [downstreamEdges, sloSeries] = await Promise.all([getConsumerPreview(db, record.id), getSloSeries(db, record.slos.map((slo) => slo.id))]);
  const spec = recordToSpec(record);
  return { record: { ...record, downstreamEdges }, spec, sloSeries, violations: storedViolations(record.governanceResults) };
}

const CONSUMER_PREVIEW = 50;

/**
 * The first consumers, for the "read by" preview; the total is the denormalised consumerCount.
 * A query of its own because a nested `take` makes Prisma fetch every edge and cut in memory,
 * which for a hub is tens of thousands of rows. Ordered as the (upstream, downstream) unique
 * index is, so this is an index range that stops after the preview.
 */
function getConsumerPreview(db: Db, productId: number) {
  return db.lineageEdge.findMany({
    where: { upstreamProductId: productId },
    orderBy: { downstreamProductId: "asc" },
    take: CONSUMER_PREVIEW,
    select: { crossDomain: true, downstreamProduct: { select: { name: true, title: true, status: true, domain: { select: { slug: true } } } } },
  });
}

export interface SloDay {
  day: string;
  value: number;
  met: boolean;
}

/** Daily averages over each SLO's last 30 days of measurements, for the sparklines. */
async function getSloSeries(db: Db, sloIds: number[]): Promise<Map<number, SloDay[]>> {
  const series = new Map<number, SloDay[]>(sloIds.map((id) => [id, []]));
  if (!sloIds.length) return series;
  const rows = await db.$queryRaw<{ sloId: number; day: string; value: number; met: boolean }[]>`
    SELECT m."sloId", to_char(date_trunc('day', m."observedAt"), 'YYYY-MM-DD') AS day, avg(m."value")::float8 AS value, bool_and(m."met") AS met
      FROM "slo_measurements" m
      JOIN (SELECT "sloId", max("observedAt") AS latest FROM "slo_measurements" WHERE "sloId" = ANY(${sloIds}::int[]) GROUP BY "sloId") l ON l."sloId" = m."sloId"
     WHERE m."observedAt" > l.latest - interval '30 days'
     GROUP BY 1, 2 ORDER BY 1, 2`;
  for (const row of rows) series.get(row.sloId)?.push({ day: row.day, value: row.value, met: row.met });
  return series;
}

export type ProductPageData = Awaited<ReturnType<typeof getProductPageOrThrow>>;

/**
 * Restricted products are read only by those canReadRestricted allows (as in search, lists and the
 * API); anyone else learns that the product exists and whom to ask, not what it holds.
 */
export function isHiddenFrom(caller: Caller | null, record: { classification: string | null; owningTeamId: number; domain: { owningTeamId: number } }): boolean {
  return record.classification === "RESTRICTED" && !canReadRestricted(caller, { owningTeamId: record.owningTeamId, domainOwningTeamId: record.domain.owningTeamId });
}
