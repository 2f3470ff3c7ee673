import { connectionSnippet, type PortAccess } from "@/lib/catalog/connection-snippet";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { CopyButton } from "./copy-button";

function location(port: PortAccess): string {
  return port.location ?? ([port.database, port.schemaName, port.tableName].filter(Boolean).join(".") || port.topic || "no location given");
}

export function OutputPorts({ ports }: { ports: (PortAccess & { description: string | null; kind: string })[] }) {
  return (
    <Card>
      <CardHeader title="Output ports" description="How to read this product" />
      <ul className="divide-y divide-slate-100">
        {ports.map((port) => {
          const snippet = connectionSnippet(port);
          return (
            <li key={port.name} className="space-y-2 px-5 py-4 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{port.name}</span>
                <Badge>{port.technology}</Badge>
                <Badge>{port.kind}</Badge>
                {port.format && <Badge tone="violet">{port.format}</Badge>}
              </div>
              {port.description && <p className="text-slate-600">{port.description}</p>}
              <p className="text-xs text-slate-500">
                Location: <code className="break-all font-mono text-slate-700">{location(port)}</code>
              </p>
              <div className="relative">
                <pre className="overflow-x-auto rounded-lg bg-slate-900 p-3 pr-20 font-mono text-xs leading-5 text-slate-100" aria-label={`Connection snippet for ${port.name}`}>
                  <code>{snippet.code}</code>
                </pre>
                <div className="absolute right-2 top-2">
                  <CopyButton text={snippet.code} label={`Copy the ${port.technology} snippet for ${port.name}`} />
                </div>
              </div>
            </li>
          );
        })}
        {ports.length === 0 && <li className="px-5 py-3 text-sm text-slate-500">No output port: consumers cannot read this product yet.</li>}
      </ul>
    </Card>
  );
}
