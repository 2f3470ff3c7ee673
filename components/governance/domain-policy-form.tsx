"use client";

import { useState } from "react";
import { DOMAIN_RULE_TYPES, type DomainRuleType } from "@/lib/governance/domain-rule-schema";
import { CLASSIFICATIONS, PORT_TECHNOLOGY_NAMES, QUALITY_TEST_TYPES } from "@/lib/spec/enums";

const RULE_LABEL: Record<DomainRuleType, string> = {
  "required-tags": "Required tags",
  "min-availability": "Minimum availability",
  "allowed-port-technologies": "Allowed output port technologies",
  "max-freshness": "Maximum freshness target",
  "required-quality-tests": "Required quality test types",
  "required-classification": "Required classification",
};

export interface FieldProblem {
  path: string;
  message: string;
}

const input = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-1.5 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100";

function ErrorText({ id, errors }: { id: string; errors: FieldProblem[] }) {
  if (!errors.length) return null;
  return (
    <p id={id} className="mt-1 text-xs text-rose-700">
      {errors.map((error) => error.message).join(" ")}
    </p>
  );
}

function Checkboxes({ name, options, legend, errors }: { name: string; options: readonly string[]; legend: string; errors: FieldProblem[] }) {
  return (
    <fieldset aria-describedby={errors.length ? `${name}-error` : undefined}>
      <legend className="text-xs font-medium text-slate-600">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option} className="flex items-center gap-1.5 text-sm text-slate-700">
            <input type="checkbox" name={name} value={option} className="rounded border-slate-300" />
            {option}
          </label>
        ))}
      </div>
      <ErrorText id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}

/** Reads the form into the rule shape the API validates; the server's field errors come back by path. */
function ruleFromForm(form: FormData, ruleType: DomainRuleType) {
  const list = (name: string) => form.getAll(name).map(String);
  const number = (name: string) => (form.get(name) === "" ? undefined : Number(form.get(name)));
  const params = {
    "required-tags": () => ({ tags: String(form.get("tags") ?? "").split(",").map((tag) => tag.trim()).filter(Boolean) }),
    "min-availability": () => ({ percent: number("percent") }),
    "allowed-port-technologies": () => ({ technologies: list("technologies") }),
    "max-freshness": () => ({ minutes: number("minutes") }),
    "required-quality-tests": () => ({ types: list("types") }),
    "required-classification": () => ({ atLeast: String(form.get("atLeast")) }),
  }[ruleType]();
  const description = String(form.get("description") ?? "").trim();
  return { id: String(form.get("id") ?? "").trim(), severity: String(form.get("severity")), ruleType, params, ...(description ? { description } : {}) };
}

export function DomainPolicyForm({ domain, onQueued }: { domain: string; onQueued: (jobId: number) => void }) {
  const [ruleType, setRuleType] = useState<DomainRuleType>("required-tags");
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const at = (path: string) => errors.filter((error) => error.path === path || error.path.startsWith(`${path}.`) || error.path.startsWith(`${path}[`));

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setErrors([]);
    setMessage(null);
    try {
      const response = await fetch(`/api/v1/governance/domains/${domain}/policies`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(ruleFromForm(new FormData(form), ruleType)),
      });
      const body = await response.json();
      if (!response.ok) {
        setErrors(body.error?.details ?? []);
        setMessage(body.error?.message ?? "The policy could not be added.");
        return;
      }
      form.reset();
      setRuleType("required-tags");
      onQueued(body.jobId);
    } catch {
      setMessage("The server could not be reached; try again.");
    } finally {
      setPending(false);
    }
  }

  const shown = new Set(["id", "severity", "ruleType", "description", "params"]);
  const other = errors.filter((error) => !shown.has(error.path.split(/[.[]/)[0]));
  return (
    <form onSubmit={submit} noValidate className="space-y-4 p-5" aria-label="Add a domain policy">
      {message && (
        <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {message}
          {other.map((error) => (
            <div key={error.path + error.message}>{error.message}</div>
          ))}
        </div>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <label className="text-xs font-medium text-slate-600">
          Policy id
          <input name="id" required placeholder="CUSTOMER-001" className={input} aria-invalid={at("id").length > 0} aria-describedby="id-error" />
          <ErrorText id="id-error" errors={at("id")} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Severity
          <select name="severity" defaultValue="warning" className={input} aria-describedby="severity-error">
            <option value="warning">warning (−2 points)</option>
            <option value="error">error (−10, blocks publishing)</option>
          </select>
          <ErrorText id="severity-error" errors={at("severity")} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Rule
          <select name="ruleType" value={ruleType} onChange={(event) => setRuleType(event.target.value as DomainRuleType)} className={input}>
            {DOMAIN_RULE_TYPES.map((type) => (
              <option key={type} value={type}>
                {RULE_LABEL[type]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div className="rounded-lg bg-slate-50 p-4">
        {ruleType === "required-tags" && (
          <label className="block text-xs font-medium text-slate-600">
            Tags, separated by commas
            <input name="tags" placeholder="pii-reviewed, gdpr" className={input} aria-invalid={at("params").length > 0} aria-describedby="params-error" />
            <ErrorText id="params-error" errors={at("params")} />
          </label>
        )}
        {ruleType === "min-availability" && (
          <label className="block text-xs font-medium text-slate-600">
            Lowest availability target, in percent (the global floor is 99)
            <input name="percent" type="number" step="0.01" placeholder="99.9" className={input} aria-invalid={at("params").length > 0} aria-describedby="params-error" />
            <ErrorText id="params-error" errors={at("params")} />
          </label>
        )}
        {ruleType === "max-freshness" && (
          <label className="block text-xs font-medium text-slate-600">
            Loosest freshness target, in minutes
            <input name="minutes" type="number" step="1" placeholder="60" className={input} aria-invalid={at("params").length > 0} aria-describedby="params-error" />
            <ErrorText id="params-error" errors={at("params")} />
          </label>
        )}
        {ruleType === "allowed-port-technologies" && <Checkboxes name="technologies" options={PORT_TECHNOLOGY_NAMES} legend="Technologies output ports may use" errors={at("params")} />}
        {ruleType === "required-quality-tests" && <Checkboxes name="types" options={QUALITY_TEST_TYPES} legend="Quality test types every product defines" errors={at("params")} />}
        {ruleType === "required-classification" && (
          <label className="block text-xs font-medium text-slate-600">
            Lowest classification allowed
            <select name="atLeast" defaultValue="internal" className={input} aria-describedby="params-error">
              {CLASSIFICATIONS.map((classification) => (
                <option key={classification} value={classification}>
                  {classification}
                </option>
              ))}
            </select>
            <ErrorText id="params-error" errors={at("params")} />
          </label>
        )}
      </div>

      <label className="block text-xs font-medium text-slate-600">
        Why the domain needs it (optional, shown as the rationale)
        <textarea name="description" rows={2} className={input} aria-describedby="description-error" />
        <ErrorText id="description-error" errors={at("description")} />
      </label>
      <button type="submit" disabled={pending} className="rounded-lg bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Adding…" : "Add policy"}
      </button>
    </form>
  );
}
