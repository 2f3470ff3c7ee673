import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCaller } from "@/lib/auth/caller";
import { NotFoundError } from "@/lib/catalog/errors";
import { getDomainPoliciesOrThrow } from "@/lib/catalog/governance-domain-policies";
import { prisma } from "@/lib/db/prisma";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DomainPolicyManager } from "@/components/governance/domain-policy-manager";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Policies of ${(await params).slug}` };
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function DomainPoliciesPage({ params }: Props) {
  const { slug } = await params;
  const data = await getDomainPoliciesOrThrow(prisma, slug, await getCaller()).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/governance/policies" className="hover:underline">← Policies</Link>}
        title={`${data.domain.name}: domain policies`}
        description={
          <>
            Rules this domain adds on top of the global policies. Changing them recomputes the domain&apos;s scores in the background.{" "}
            <Link href={`/governance?domain=${slug}`} className="font-medium text-brand-700 hover:underline">See the domain&apos;s dashboard</Link>.
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <DomainPolicyManager domain={slug} policies={data.policies} canManage={data.canManage} />
        </div>
        <Card>
          <CardHeader title="Change log" description="Who changed which policy, and when (UTC)." />
          {data.changes.length ? (
            <ol className="divide-y divide-slate-100 text-sm">
              {data.changes.map((change) => (
                <li key={change.id} className="px-5 py-2">
                  <span className="font-medium text-slate-900">{change.actor ?? "Someone"}</span> {change.action} <span className="font-mono">{change.code}</span>
                  <div className="text-xs text-slate-500">
                    <time dateTime={change.at}>{timeFormat.format(new Date(change.at))}</time>
                  </div>
                </li>
              ))}
            </ol>
          ) : (
            <p className="px-5 py-6 text-sm text-slate-500">No changes yet.</p>
          )}
        </Card>
      </div>
    </>
  );
}
