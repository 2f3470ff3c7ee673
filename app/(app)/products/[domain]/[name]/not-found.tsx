import { NotFoundMessage } from "@/components/shell/page-not-found";

export default function ProductNotFound() {
  return (
    <NotFoundMessage title="This data product does not exist" href="/search" label="Search the catalog">
      No product is registered at this address. A product&apos;s address (its domain and name) never changes, so check it for a typo, or search for the product by name.
    </NotFoundMessage>
  );
}
