import { NotFoundMessage } from "@/components/shell/page-not-found";

export default function NotFound() {
  return (
    <NotFoundMessage title="No such domain" href="/domains" label="All domains">
      It may have been renamed or removed. Press Ctrl K to find it by name.
    </NotFoundMessage>
  );
}
