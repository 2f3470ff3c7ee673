import Link from "next/link";
import { Cell, Table } from "@/components/ui/table";
import type { DomainConnection } from "@/lib/lineage/domain-map-types";

/** Domain pairs with the number of product edges from one to the other, each domain linked. */
export function DomainConnectionsTable({ connections, className }: { connections: DomainConnection[]; className?: string }) {
  return (
    <Table columns={["From domain", "To domain", { label: "Product edges", align: "right" }]} className={className}>
      {connections.map((row) => (
        <tr key={`${row.from}>${row.to}`}>
          <Cell>
            <Link href={`/domains/${row.from}`} className="text-brand-700 hover:underline">{row.fromName}</Link>
          </Cell>
          <Cell>
            <Link href={`/domains/${row.to}`} className="text-brand-700 hover:underline">{row.toName}</Link>
          </Cell>
          <Cell className="text-right tabular-nums">{row.edges.toLocaleString("en-US")}</Cell>
        </tr>
      ))}
    </Table>
  );
}
