import type { Metadata } from "next";
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { openApiDocument } from "@/lib/spec/openapi";
import { schemaFields } from "./schema-fields";

export const metadata: Metadata = { title: "REST API reference" };

const METHOD_TONE: Record<string, BadgeTone> = { get: "brand", post: "green", put: "amber", delete: "red" };

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; description?: string; required?: boolean }[];
  requestBody?: { description?: string; content: Record<string, unknown> };
  responses: Record<string, { description: string }>;
}

/** Rendered from the same OpenAPI document served at /api/v1/openapi.json, so it cannot drift. */
export default function ApiReferencePage() {
  const doc = openApiDocument();
  const paths = Object.entries(doc.paths) as [string, Record<string, Operation | Operation["parameters"]>][];
  const fields = schemaFields(doc.components.schemas.DataProductSpec as Parameters<typeof schemaFields>[0]);
  return (
    <>
      <PageHeader
        title="REST API v1"
        description={
          <>
            {doc.info.description} The machine-readable document is at{" "}
            <a href="/api/v1/openapi.json" className="font-medium text-brand-700 hover:underline">/api/v1/openapi.json</a>; tokens are made under{" "}
            <Link href="/settings/tokens" className="font-medium text-brand-700 hover:underline">Settings → API tokens</Link>.
          </>
        }
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Errors" description="Every error has one shape; details list each invalid field with its path." />
          <pre className="overflow-x-auto p-5 text-xs text-slate-800">{`{ "error": { "code": "invalid", "message": "The spec is not valid: 2 problem(s)",
  "details": [ { "path": "spec.access.classification", "message": "Use one of: public, internal, confidential, restricted" } ] } }`}</pre>
        </Card>
        {paths.map(([path, item]) => (
          <Card key={path}>
            <div className="border-b border-slate-100 px-5 py-3">
              <h2 className="font-mono text-sm font-semibold text-slate-900">{path}</h2>
            </div>
            <div className="divide-y divide-slate-100">
              {Object.entries(item)
                .filter(([method]) => method !== "parameters")
                .map(([method, raw]) => {
                  const operation = raw as Operation;
                  return (
                    <section key={method} className="space-y-2 px-5 py-4 text-sm" aria-label={`${method.toUpperCase()} ${path}`}>
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge tone={METHOD_TONE[method] ?? "neutral"}>{method.toUpperCase()}</Badge>
                        <span className="font-medium text-slate-900">{operation.summary}</span>
                      </div>
                      {operation.description && <p className="text-slate-600">{operation.description}</p>}
                      {operation.parameters?.length ? (
                        <p className="text-slate-600">
                          Parameters:{" "}
                          {operation.parameters.map((parameter) => (
                            <code key={parameter.name} className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                              {parameter.name} ({parameter.in})
                            </code>
                          ))}
                        </p>
                      ) : null}
                      {operation.requestBody && (
                        <p className="text-slate-600">
                          Body: {operation.requestBody.description} — {Object.keys(operation.requestBody.content).join(" or ")}
                        </p>
                      )}
                      <ul className="flex flex-wrap gap-2">
                        {Object.entries(operation.responses).map(([status, response]) => (
                          <li key={status} className="rounded-md bg-slate-50 px-2 py-1 text-xs text-slate-700 ring-1 ring-slate-200">
                            <span className="font-mono font-semibold">{status}</span> {response.description}
                          </li>
                        ))}
                      </ul>
                    </section>
                  );
                })}
            </div>
          </Card>
        ))}
        <Card>
          <CardHeader title="DataProductSpec" description="The datamesh.io/v1 document every write takes, field by field. Unknown fields are rejected by name." />
          <Table columns={["Field", "Type", "Description"]}>
            {fields.map((field) => (
              <tr key={field.path}>
                <Cell className="whitespace-nowrap font-mono text-xs text-slate-900">
                  {field.path}
                  {field.required && <span className="ml-1 text-rose-700" title="required">*</span>}
                </Cell>
                <Cell className="font-mono text-xs text-slate-600">{field.type}</Cell>
                <Cell className="text-slate-700">
                  {field.description}
                  {field.allowed && <span className="block text-xs text-slate-500">Allowed: {field.allowed}</span>}
                </Cell>
              </tr>
            ))}
          </Table>
        </Card>
      </div>
    </>
  );
}
