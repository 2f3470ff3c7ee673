import Link from "next/link";
import type { Caller } from "@/lib/auth/permissions";
import { signOutAction } from "@/app/signin/actions";
import { CommandPalette } from "@/components/search/command-palette";

const NAV = [
  { href: "/", label: "Discover" },
  { href: "/domains", label: "Domains" },
  { href: "/products", label: "Products" },
  { href: "/lineage", label: "Lineage" },
  { href: "/governance", label: "Governance" },
  { href: "/teams", label: "Teams" },
];

const ROLE_LABEL = { ADMIN: "Platform admin", GOVERNANCE_LEAD: "Governance lead", MEMBER: "Team member", VIEWER: "Viewer" } as const;

export function TopNav({ caller }: { caller: Caller }) {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
          <img src="/favicon.svg" alt="" className="h-7 w-7" />
          <span>Meshwork</span>
        </Link>
        <nav aria-label="Main" className="hidden items-center gap-1 md:flex">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900">
              {item.label}
            </Link>
          ))}
        </nav>
        <form action="/search" role="search" className="ml-auto hidden flex-1 justify-end sm:flex">
          <label htmlFor="global-search" className="sr-only">
            Search data products
          </label>
          <input
            id="global-search"
            name="q"
            type="search"
            placeholder="Search data products…"
            className="w-full max-w-xs rounded-lg border border-slate-300 bg-slate-50 px-3 py-1.5 text-sm placeholder:text-slate-400 focus:border-brand-500 focus:bg-white focus:outline-none"
          />
        </form>
        <CommandPalette />
        <details className="relative ml-auto sm:ml-0">
          <summary className="flex cursor-pointer list-none items-center gap-2 rounded-full p-0.5 pr-2 hover:bg-slate-100" aria-label={`Account menu for ${caller.name}`}>
            <span aria-hidden className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 text-sm font-semibold text-white">
              {caller.name.slice(0, 1).toUpperCase()}
            </span>
            <span className="hidden text-sm font-medium text-slate-700 lg:inline">{caller.name}</span>
          </summary>
          <div className="absolute right-0 mt-2 w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
            <div className="px-3 py-2">
              <p className="text-sm font-semibold text-slate-900">{caller.name}</p>
              <p className="truncate text-xs text-slate-500">{caller.email}</p>
              <p className="mt-1 text-xs text-slate-500">{ROLE_LABEL[caller.role]}</p>
            </div>
            <nav aria-label="Account" className="border-t border-slate-100 pt-1 md:hidden">
              {NAV.map((item) => (
                <Link key={item.href} href={item.href} className="block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                  {item.label}
                </Link>
              ))}
            </nav>
            <Link href="/me" className="block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
              My products
            </Link>
            <Link href="/people" className="block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
              People
            </Link>
            <Link href="/settings/tokens" className="block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
              API tokens
            </Link>
            <Link href="/docs/api" className="block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
              API reference
            </Link>
            <form action={signOutAction} className="border-t border-slate-100 pt-1">
              <button type="submit" className="w-full rounded-md px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100">
                Sign out
              </button>
            </form>
          </div>
        </details>
      </div>
    </header>
  );
}
