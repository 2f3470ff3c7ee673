import type { Metadata } from "next";
import Link from "next/link";
import { listTeams } from "@/lib/catalog/teams";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const teams = await listTeams();
  return (
    <>
      <PageHeader title="Teams" description="The teams that own domains and data products, and the people in them." />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {teams.map((team) => (
          <Link key={team.slug} href={`/teams/${team.slug}`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-500">
            <h2 className="font-semibold text-slate-900">{team.name}</h2>
            <p className="mt-1 line-clamp-2 text-sm text-slate-600">{team.description}</p>
            <p className="mt-3 text-xs text-slate-500">
              {team.members} members · {team.products} products {team.chatChannel && `· ${team.chatChannel}`}
            </p>
          </Link>
        ))}
      </div>
    </>
  );
}
