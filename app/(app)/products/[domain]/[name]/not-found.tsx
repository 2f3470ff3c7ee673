import { NotFoundMessage } from "@/components/shell/page-not-found";

export default function ProductNotFound() {
  return (
    <NotFoundMessage title="This data product does not exist" href="/search" label="Search the catalog">
      It may have been deleted, or the address is mistyped. The address of a product (its domain and name) never changes, so a product under a new name is a new product: search for it by name.
    </NotFoundMessage>
  );
}
