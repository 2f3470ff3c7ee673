"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ScoreBadge } from "@/components/catalog/badges";
import { previewImportAction, saveImportAction, type ImportPreview, type ImportSaveResult } from "./actions";
import { MAX_IMPORT_BYTES } from "./limits";

const EXAMPLE_HINT = `apiVersion: datamesh.io/v1
kind: DataProduct
metadata:
  name: customer-360
  domain: customer
  version: 1.0.0
  owner: { team: customer-domain-team, email: customer-data@example.com }
spec:
  description: …`;

export function ImportWorkbench() {
  const router = useRouter();
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [saveResult, setSaveResult] = useState<ImportSaveResult | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [checking, startCheck] = useTransition();
  const [saving, startSave] = useTransition();

  const check = (source = text) =>
    startCheck(async () => {
      setSaveResult(null);
      setPreview(await previewImportAction(source));
    });

  async function onFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB.`);
      return;
    }
    const content = await file.text();
    setText(content);
    check(content);
  }

  const save = (publish: boolean) =>
    startSave(async () => {
      const result = await saveImportAction(text, publish);
      setSaveResult(result);
      if (result.ok) router.push(`/products/${result.ref}`);
    });

  const report = preview?.report;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader title="Document" description="YAML or JSON, at most 1 MB." />
        <div className="space-y-3 p-5">
          <label htmlFor="spec-text" className="block text-sm font-medium text-slate-700">
            Spec
          </label>
          <textarea
            id="spec-text"
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={22}
            spellCheck={false}
            placeholder={EXAMPLE_HINT}
            className="w-full rounded-lg border border-slate-300 p-3 font-mono text-xs leading-5 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30"
          />
          <div className="flex flex-wrap items-center gap-3">
            <label className="text-sm text-slate-700">
              <span className="mr-2 font-medium">Or upload a file</span>
              <input type="file" accept=".yaml,.yml,.json,application/yaml,application/json" onChange={(event) => onFile(event.target.files?.[0])} className="text-sm" />
            </label>
          </div>
          {fileError && (
            <p role="alert" className="text-sm text-red-700">
              {fileError}
            </p>
          )}
          <Button type="button" onClick={() => check()} disabled={checking || !text.trim()}>
            {checking ? "Checking…" : "Check"}
          </Button>
        </div>
      </Card>

      <div className="space-y-6" aria-live="polite">
        {!report && (
          <Card>
            <div className="p-5 text-sm text-slate-600">Check the document to see the parsed product, any validation errors with their line and column, and its governance report. Nothing is saved until you choose to.</div>
          </Card>
        )}
        {report && !report.valid && (
          <Card>
            <CardHeader title={`${report.problems.length} problem${report.problems.length === 1 ? "" : "s"} to fix`} description={report.format === "odps" ? "Read as an ODPS document" : undefined} />
            <ul className="divide-y divide-slate-100" data-testid="import-problems">
              {report.problems.map((problem, index) => (
                <li key={index} className="px-5 py-3 text-sm">
                  <span className="font-mono text-xs text-slate-500">{problem.line ? `line ${problem.line}, column ${problem.column}` : "—"}</span>
                  {problem.path && <code className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{problem.path}</code>}
                  <p className="mt-1 text-slate-800">{problem.message}</p>
                </li>
              ))}
            </ul>
          </Card>
        )}
        {report?.valid && preview?.spec && report.governance && (
          <>
            <Card>
              <CardHeader
                title={preview.spec.metadata.title ?? preview.spec.metadata.name}
                description={`${preview.spec.metadata.domain}/${preview.spec.metadata.name} · version ${preview.spec.metadata.version} · team ${preview.spec.metadata.owner.team}`}
                action={<ScoreBadge score={report.governance.score} />}
              />
              <dl className="grid grid-cols-2 gap-x-6 gap-y-2 p-5 text-sm sm:grid-cols-4">
                <Stat label="Output ports" value={preview.spec.spec.outputPorts?.length ?? 0} />
                <Stat label="Input ports" value={preview.spec.spec.inputPorts?.length ?? 0} />
                <Stat label="Fields" value={preview.spec.spec.schema?.fields.length ?? 0} />
                <Stat label="Quality checks" value={preview.spec.spec.quality?.tests.length ?? 0} />
              </dl>
              {preview.spec.spec.description && <p className="whitespace-pre-line border-t border-slate-100 px-5 py-3 text-sm text-slate-700">{preview.spec.spec.description}</p>}
              {report.ignored.length > 0 && (
                <p className="border-t border-slate-100 px-5 py-3 text-xs text-slate-600">Left out (no place in Meshwork): {report.ignored.join(", ")}</p>
              )}
            </Card>
            <Card>
              <CardHeader
                title="Governance"
                description={report.governance.canPublish ? "No errors: it can be published." : `${report.governance.errors} error(s) must be fixed before publishing; a draft can be saved now.`}
              />
              {report.governance.violations.length ? (
                <ul className="divide-y divide-slate-100">
                  {report.governance.violations.map((violation, index) => (
                    <li key={index} className="px-5 py-3 text-sm">
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge tone={violation.severity === "error" ? "red" : "amber"}>{violation.severity}</Badge>
                        <span className="font-mono text-xs text-slate-600">{violation.policyId}</span>
                        <code className="text-xs text-slate-500">{violation.path}</code>
                      </div>
                      <p className="mt-1 text-slate-800">{violation.message}</p>
                      <p className="mt-0.5 text-slate-600">How to fix: {violation.remediation}</p>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="p-5 text-sm text-slate-600">Every policy passes.</p>
              )}
              <div className="flex flex-wrap gap-3 border-t border-slate-100 p-5">
                <Button type="button" variant="secondary" onClick={() => save(false)} disabled={saving}>
                  Save as draft
                </Button>
                <Button type="button" onClick={() => save(true)} disabled={saving || !report.governance.canPublish}>
                  Publish
                </Button>
              </div>
            </Card>
          </>
        )}
        {saveResult && !saveResult.ok && (
          <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900">
            <p className="font-semibold">{saveResult.message}</p>
            {saveResult.details.length > 0 && (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {saveResult.details.map((detail, index) => (
                  <li key={index}>
                    <code>{detail.path}</code>: {detail.message}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-red-800">Your document is unchanged; fix it and try again, or <Link href="/products/new" className="underline">use the form</Link>.</p>
          </div>
        )}
      </div>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900">{value}</dd>
    </div>
  );
}
