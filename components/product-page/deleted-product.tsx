import { NotFoundMessage } from "@/components/shell/page-not-found";
import type { DeletedProductNotice } from "@/lib/catalog/deleted-products";

/** What an old link to a deleted product shows instead of "does not exist". */
export function DeletedProduct({ notice }: { notice: DeletedProductNotice }) {
  const name = notice.ref.split("/")[1];
  return (
    <NotFoundMessage title={`${notice.title ?? notice.ref} was deleted`} href={`/search?q=${encodeURIComponent(name.replace(/-/g, " "))}`} label="Search for a replacement">
      <code className="font-mono">{notice.ref}</code> was deleted on{" "}
      <time dateTime={notice.deletedAt.toISOString()} className="whitespace-nowrap">{notice.deletedAt.toISOString().slice(0, 10)}</time>
      {notice.deletedBy ? ` by ${notice.deletedBy}` : ""}, with its history and lineage. A product created again under this
      address is a new product.
    </NotFoundMessage>
  );
}
