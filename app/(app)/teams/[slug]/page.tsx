import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/catalog/errors";
import { fromDbStatus } from "@/lib/catalog/enum-mapping";
import { getTeamOrThrow } from "@/lib/catalog/teams";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { ScoreBadge, SloStateBadge, StatusBadge } from "@/components/catalog/badges";
import { StatTile } from "@/components/catalog/stat-tile";
import { TeamAttentionList } from "@/components/governance/team-attention-list";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  try {
    return await getTeamOrThrow(slug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).slug)).name };
}

export default async function TeamPage({ params }: Props) {
  const team = await load((await params).slug);
  return (
    <>
      <PageHeader eyebrow={<Link href="/teams" className="hover:underline">Teams</Link>} title={team.name} description={team.description} />
      <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <StatTile label="Data products" value={team.products.length} />
        <StatTile label="Average score" value={team.stats.averageScore ?? "—"} />
        <StatTile label="Open violations" value={team.stats.openErrors + team.stats.openWarnings} hint={`${team.stats.openErrors} errors · ${team.stats.openWarnings} warnings`} />
        <StatTile label="SLO breaches" value={team.stats.sloBreaches} />
      </dl>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
        <TeamAttentionList items={team.attention} />
        <Card>
          <CardHeader title="Data products" description="Needing attention first" />
          <ul className="divide-y divide-slate-100">
            {team.products.map((product) => (
              <li key={`${product.domain.slug}/${product.name}`} className="flex flex-wrap items-center gap-3 px-5 py-3">
                <Link href={`/products/${product.domain.slug}/${product.name}`} className="min-w-0 flex-1 font-medium hover:text-brand-700">
                  {product.title}
                </Link>
                {product.errorCount > 0 && <Badge tone="red">{product.errorCount} errors</Badge>}
                <SloStateBadge state={product.sloState} />
                <StatusBadge status={fromDbStatus(product.status)} />
                <ScoreBadge score={product.governanceScore} />
              </li>
            ))}
            {team.products.length === 0 && <li className="px-5 py-3 text-sm text-slate-500">This team owns no data product yet.</li>}
          </ul>
        </Card>
        </div>
        <div className="space-y-6">
        <Card>
          <CardHeader title="Contact" />
          <div className="space-y-1 p-5 text-sm">
            {team.email && (
              <a href={`mailto:${team.email}`} className="block text-brand-700 hover:underline">
                {team.email}
              </a>
            )}
            {team.chatChannel && <p className="text-slate-600">{team.chatChannel}</p>}
            {team.domains.length > 0 && (
              <p className="text-slate-600">
                Owns the{" "}
                {team.domains.map((domain, index) => (
                  <span key={domain.slug}>
                    {index > 0 && ", "}
                    <Link href={`/domains/${domain.slug}`} className="text-brand-700 hover:underline">
                      {domain.name}
                    </Link>
                  </span>
                ))}{" "}
                {team.domains.length === 1 ? "domain" : "domains"}
              </p>
            )}
          </div>
        </Card>
        <Card>
          <CardHeader title="Members" action={<Link href="/people" className="text-sm font-medium text-brand-700 hover:underline">People →</Link>} />
          <ul className="divide-y divide-slate-100">
            {team.members.map((member) => (
              <li key={member.user.email} className="px-5 py-3 text-sm">
                <div className="flex items-center justify-between gap-2">
                  <span className="font-medium">{member.user.name}</span>
                  <Badge>{member.role.toLowerCase()}</Badge>
                </div>
                <p className="text-slate-500">{member.user.title}</p>
                <p className="text-slate-500">{member.user.email}</p>
              </li>
            ))}
            {team.members.length === 0 && <li className="px-5 py-3 text-sm text-slate-500">No members yet.</li>}
          </ul>
        </Card>
        </div>
      </div>
    </>
  );
}
