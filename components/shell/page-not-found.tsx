import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** What any unknown address shows, inside the signed-in shell or outside it. */
export function PageNotFound() {
  return (
    <EmptyState
      title="We could not find that page"
      action={
        <Link href="/search" className="text-sm font-semibold text-brand-700 hover:underline">
          Search the catalog →
        </Link>
      }
    >
      The product, domain or team may have been renamed or removed. Search for it by name instead.
    </EmptyState>
  );
}
