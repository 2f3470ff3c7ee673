import type { Metadata } from "next";
import { requireCaller } from "@/lib/auth/caller";
import { PageHeader } from "@/components/ui/page-header";
import { ImportWorkbench } from "./import-workbench";

export const metadata: Metadata = { title: "Import a data product" };

export default async function ImportPage() {
  await requireCaller();
  return (
    <>
      <PageHeader
        title="Import a data product"
        description="Paste or upload a datamesh.io/v1 spec or an Open Data Product Standard (ODPS v1.0) document, as YAML or JSON. Check it, read the governance report, then save it as a draft or publish it."
      />
      <ImportWorkbench />
    </>
  );
}
