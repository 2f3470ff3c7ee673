import Link from "next/link";
import { StatusBadge } from "@/components/catalog/badges";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Cell, Table } from "@/components/ui/table";
import type { ImpactReport } from "@/lib/lineage/impact-types";

/** The impacted products, one card per domain, each row with its owners and connecting path. */
export function ImpactGroups({ groups }: { groups: ImpactReport["groups"] }) {
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <Card key={group.domain}>
          <CardHeader title={group.domainName} description={`${group.products.length} product${group.products.length === 1 ? "" : "s"}`} />
          <Table columns={["Product", "Hops", "Owner and contacts", "Path"]} tableClassName="min-w-[720px]">
            {group.products.map((item) => (
              <tr key={item.ref}>
                <Cell className="text-slate-900">
                  <Link href={`/products/${item.ref}`} className="font-medium text-brand-700 hover:underline">{item.title}</Link>
                  <div className="mt-1 flex flex-wrap gap-1.5">
                    <StatusBadge status={item.status} />
                    {!item.active && <Badge tone="amber">not active</Badge>}
                    {item.fieldUse === "declared" && <Badge tone="green">reads the field</Badge>}
                    {item.fieldUse === "product-level" && <Badge tone="neutral">product-level</Badge>}
                  </div>
                </Cell>
                <Cell className="tabular-nums">{item.depth}</Cell>
                <Cell className="text-xs text-slate-700">
                  {item.owner ? <a className="hover:underline" href={`mailto:${item.owner.email}`}>{item.owner.name}</a> : <span className="text-slate-500">no owner named</span>}
                  <div className="text-slate-500">
                    {item.team.name}
                    {item.team.chatChannel && ` · ${item.team.chatChannel}`}
                  </div>
                  {(item.contactEmail ?? item.team.email) && <a className="text-slate-500 hover:underline" href={`mailto:${item.contactEmail ?? item.team.email}`}>{item.contactEmail ?? item.team.email}</a>}
                </Cell>
                <Cell className="font-mono text-xs text-slate-600">
                  <ol className="flex flex-wrap items-center gap-1" aria-label="Path from the analysed product">
                    {item.path.map((step, index) => (
                      <li key={step} className="flex items-center gap-1">
                        {index > 0 && <span aria-hidden>→</span>}
                        <span>{step}</span>
                      </li>
                    ))}
                  </ol>
                </Cell>
              </tr>
            ))}
          </Table>
        </Card>
      ))}
    </div>
  );
}
