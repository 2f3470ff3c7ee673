/** Domain, team and range filters as a plain GET form: the URL is the state, so every view can be linked. */
export function FilterBar({
  action,
  domains,
  teams,
  value,
  showRange = false,
}: {
  action: string;
  domains: { slug: string; name: string }[];
  teams: { slug: string; name: string }[];
  value: { domain?: string; team?: string; range?: string };
  showRange?: boolean;
}) {
  const select = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100";
  return (
    <form action={action} method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" aria-label="Filter the dashboard">
      <label className="min-w-44 flex-1 text-xs font-medium text-slate-600 sm:flex-none">
        Domain
        <select name="domain" defaultValue={value.domain ?? ""} className={select}>
          <option value="">All domains</option>
          {domains.map((domain) => (
            <option key={domain.slug} value={domain.slug}>
              {domain.name}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-44 flex-1 text-xs font-medium text-slate-600 sm:flex-none">
        Team
        <select name="team" defaultValue={value.team ?? ""} className={select}>
          <option value="">All teams</option>
          {teams.map((team) => (
            <option key={team.slug} value={team.slug}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      {showRange && (
        <label className="text-xs font-medium text-slate-600">
          Trend
          <select name="range" defaultValue={value.range ?? "30"} className={select}>
            <option value="30">Last 30 days</option>
            <option value="90">Last 90 days</option>
          </select>
        </label>
      )}
      <button type="submit" className="rounded-lg bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
        Apply
      </button>
      {(value.domain || value.team) && (
        <a href={action} className="px-2 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 hover:underline">
          Clear filters
        </a>
      )}
    </form>
  );
}
