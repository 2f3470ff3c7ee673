import Link from "next/link";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";

/** What a missing page, product, domain or team shows: what is missing, why, and the way on. */
export function NotFoundMessage({ title, href, label, children }: { title: string; href: string; label: string; children: ReactNode }) {
  return (
    <EmptyState
      title={title}
      titleAs="h1"
      action={
        <Link href={href} className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          {label}
        </Link>
      }
    >
      {children}
    </EmptyState>
  );
}

/** Any unknown address, inside the signed-in shell or outside it. */
export function PageNotFound() {
  return (
    <NotFoundMessage title="We could not find that page" href="/search" label="Search the catalog">
      The product, domain or team may have been renamed or removed. Search for it by name instead.
    </NotFoundMessage>
  );
}
