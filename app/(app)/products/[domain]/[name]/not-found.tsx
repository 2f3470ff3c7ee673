import { NotFoundMessage } from "@/components/shell/page-not-found";

export default function ProductNotFound() {
  return (
    <NotFoundMessage title="This data product does not exist" href="/search" label="Search the catalog">
      It may have been deleted, or the address is mistyped. Products that were renamed redirect to their new address, so this one is gone or never existed.
    </NotFoundMessage>
  );
}
