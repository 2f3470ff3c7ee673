import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <EmptyState
      title="No such team"
      action={
        <Link href="/teams" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          All teams
        </Link>
      }
    >
      It may have been renamed or removed. Press Ctrl K to find it by name.
    </EmptyState>
  );
}
