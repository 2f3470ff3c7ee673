import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db/prisma";
import { policyCatalog } from "@/lib/governance/catalog";
import { POLICY_CATEGORIES, type PolicyDoc } from "@/lib/governance/types";
import { listAllDomainPolicies } from "@/lib/catalog/governance-domain-policies";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Governance policies" };

function PolicyEntry({ policy, href }: { policy: PolicyDoc; href: string }) {
  return (
    <li id={policy.id} className="px-5 py-4">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={href} className="font-mono text-sm font-semibold text-brand-700 hover:underline">
          {policy.id}
        </Link>
        <Badge tone={policy.severity === "error" ? "red" : "amber"}>{policy.severity}</Badge>
        <h3 className="text-sm font-semibold text-slate-900">{policy.title}</h3>
      </div>
      <dl className="mt-2 grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Why</dt>
          <dd className="text-slate-700">{policy.rationale}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">How to fix</dt>
          <dd className="text-slate-700">{policy.remediation}</dd>
        </div>
      </dl>
    </li>
  );
}

/** Generated from the policy code itself, so the documentation cannot drift from what is enforced. */
export default async function PoliciesPage() {
  const global = policyCatalog();
  const domainPolicies = await listAllDomainPolicies(prisma);
  const byDomain = new Map<string, typeof domainPolicies>();
  for (const entry of domainPolicies) byDomain.set(entry.domain.slug, [...(byDomain.get(entry.domain.slug) ?? []), entry]);
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/governance" className="hover:underline">← Governance dashboard</Link>}
        title="Policies"
        description={`${global.length} global policies check every product on every save; domains add their own on top and can never weaken them. An error blocks publishing and costs 10 points, a warning costs 2.`}
      />
      <div className="space-y-6">
        {POLICY_CATEGORIES.map((category) => {
          const policies = global.filter((policy) => policy.category === category);
          if (!policies.length) return null;
          return (
            <Card key={category}>
              <CardHeader title={`${category[0].toUpperCase()}${category.slice(1)}`} />
              <ul className="divide-y divide-slate-100">
                {policies.map((policy) => (
                  <PolicyEntry key={policy.id} policy={policy} href={`/governance/policies/${policy.id}`} />
                ))}
              </ul>
            </Card>
          );
        })}
        <section aria-labelledby="domain-policies-heading">
          <h2 id="domain-policies-heading" className="mb-3 text-lg font-semibold">
            Domain policies
          </h2>
          {byDomain.size === 0 && <p className="text-sm text-slate-600">No domain has added policies yet. Governance leads and domain owners add them from a domain&apos;s policy page.</p>}
          <div className="space-y-4">
            {[...byDomain.entries()].map(([slug, entries]) => (
              <Card key={slug}>
                <CardHeader
                  title={entries[0].domain.name}
                  action={<Link href={`/governance/domains/${slug}`} className="text-sm font-medium text-brand-700 hover:underline">Manage →</Link>}
                />
                <ul className="divide-y divide-slate-100">
                  {entries.map((entry) => (
                    <PolicyEntry key={entry.doc.id} policy={entry.doc} href={`/governance/policies/${entry.doc.id}?domain=${slug}`} />
                  ))}
                </ul>
              </Card>
            ))}
          </div>
        </section>
      </div>
    </>
  );
}
