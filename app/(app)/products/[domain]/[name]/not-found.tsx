import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export default function ProductNotFound() {
  return (
    <EmptyState
      title="This data product does not exist"
      action={
        <Link href="/search" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Search the catalog
        </Link>
      }
    >
      It may have been deleted, or the address is mistyped. Products that were renamed redirect to their new address, so this one is gone or never existed.
    </EmptyState>
  );
}
