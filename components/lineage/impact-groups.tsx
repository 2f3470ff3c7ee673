import Link from "next/link";
import { StatusBadge } from "@/components/catalog/badges";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { ImpactReport } from "@/lib/lineage/impact-types";

/** The impacted products, one card per domain, each row with its owners and connecting path. */
export function ImpactGroups({ groups }: { groups: ImpactReport["groups"] }) {
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <Card key={group.domain}>
          <CardHeader title={group.domainName} description={`${group.products.length} product${group.products.length === 1 ? "" : "s"}`} />
          <div className="overflow-x-auto">
            <table className="w-full min-w-[720px] text-left text-sm">
              <thead className="bg-slate-50 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="px-5 py-2">Product</th>
                  <th scope="col" className="px-3 py-2">Hops</th>
                  <th scope="col" className="px-3 py-2">Owner and contacts</th>
                  <th scope="col" className="px-5 py-2">Path</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {group.products.map((item) => (
                  <tr key={item.ref}>
                    <td className="px-5 py-2.5">
                      <Link href={`/products/${item.ref}`} className="font-medium text-brand-700 hover:underline">{item.title}</Link>
                      <div className="mt-1 flex flex-wrap gap-1.5">
                        <StatusBadge status={item.status} />
                        {!item.active && <Badge tone="amber">not active</Badge>}
                        {item.fieldUse === "declared" && <Badge tone="green">reads the field</Badge>}
                        {item.fieldUse === "product-level" && <Badge tone="neutral">product-level</Badge>}
                      </div>
                    </td>
                    <td className="px-3 py-2.5 tabular-nums">{item.depth}</td>
                    <td className="px-3 py-2.5 text-xs text-slate-700">
                      {item.owner ? <a className="hover:underline" href={`mailto:${item.owner.email}`}>{item.owner.name}</a> : <span className="text-slate-500">no owner named</span>}
                      <div className="text-slate-500">
                        {item.team.name}
                        {item.team.chatChannel && ` · ${item.team.chatChannel}`}
                      </div>
                      {(item.contactEmail ?? item.team.email) && <a className="text-slate-500 hover:underline" href={`mailto:${item.contactEmail ?? item.team.email}`}>{item.contactEmail ?? item.team.email}</a>}
                    </td>
                    <td className="px-5 py-2.5 font-mono text-xs text-slate-600">
                      <ol className="flex flex-wrap items-center gap-1" aria-label="Path from the analysed product">
                        {item.path.map((step, index) => (
                          <li key={step} className="flex items-center gap-1">
                            {index > 0 && <span aria-hidden>→</span>}
                            <span>{step}</span>
                          </li>
                        ))}
                      </ol>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ))}
    </div>
  );
}
