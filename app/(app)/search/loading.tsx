import { Skeleton } from "@/components/ui/skeleton";

export default function SearchLoading() {
  return (
    <div role="status" aria-label="Searching" className="space-y-4">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-10 w-full max-w-2xl" />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[15rem_1fr]">
        <div className="space-y-3">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-6" />
          ))}
        </div>
        <div className="space-y-3">
          {Array.from({ length: 5 }, (_, index) => (
            <Skeleton key={index} className="h-20" />
          ))}
        </div>
      </div>
    </div>
  );
}
