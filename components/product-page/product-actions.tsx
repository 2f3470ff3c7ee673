import Link from "next/link";

const linkClass = "inline-flex items-center rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-300 bg-white text-slate-800 hover:bg-slate-50";

/** Where to go from a product: the full graph, impact, history, the spec; Edit only for those who may. */
export function ProductActions({ refPath, canEdit }: { refPath: string; canEdit: boolean }) {
  return (
    <nav aria-label="Product actions" className="flex flex-wrap gap-2">
      {canEdit && (
        <Link href={`/products/${refPath}/edit`} className="inline-flex items-center rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">
          Edit
        </Link>
      )}
      <Link href={`/lineage?focus=${refPath}`} className={linkClass}>
        Full lineage
      </Link>
      <Link href={`/products/${refPath}/impact`} className={linkClass}>
        Impact
      </Link>
      <Link href={`/products/${refPath}/history`} className={linkClass}>
        History
      </Link>
      <a href={`/api/v1/data-products/${refPath}/spec.yaml`} className={linkClass} download>
        Export YAML
      </a>
    </nav>
  );
}
