import type { Metadata } from "next";
import Link from "next/link";
import { listPeople } from "@/lib/catalog/teams";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage() {
  const people = await listPeople();
  return (
    <>
      <PageHeader title="People" description="Who works on the mesh, and the teams they belong to." />
      {people.length ? (
        <Card>
          <ul className="divide-y divide-slate-100">
            {people.map((person) => (
              <li key={person.id} className="flex flex-col gap-2 px-5 py-3 sm:flex-row sm:items-center">
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-slate-900">{person.name}</p>
                  <p className="text-sm text-slate-500">
                    {[person.title, person.email, person.chatHandle].filter(Boolean).join(" · ")}
                  </p>
                </div>
                <div className="flex flex-wrap gap-1.5">
                  {person.memberships.map((membership) => (
                    <Link key={membership.team.slug} href={`/teams/${membership.team.slug}`} className="rounded-full focus:outline-none focus:ring-2 focus:ring-brand-100">
                      <Badge tone="brand">
                        {membership.team.name} · {membership.role.toLowerCase()}
                      </Badge>
                    </Link>
                  ))}
                  {person.memberships.length === 0 && <span className="text-xs text-slate-400">no team</span>}
                </div>
              </li>
            ))}
          </ul>
        </Card>
      ) : (
        <EmptyState title="Nobody here yet">People appear once they sign in or are added to a team.</EmptyState>
      )}
    </>
  );
}
