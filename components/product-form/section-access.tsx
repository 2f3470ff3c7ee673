"use client";

import { CLASSIFICATIONS } from "@/lib/spec/enums";
import { FormSection, SelectField, TextField } from "./form-fields";
import type { SectionProps } from "./section-props";

export function AccessSection({ state, update, errors }: SectionProps) {
  const set = (patch: Partial<typeof state>) => update((current) => ({ ...current, ...patch }));
  return (
    <FormSection id="access" title="Access and privacy" description="Who may read the product and how personal data is protected.">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField label="Classification" path="spec.access.classification" value={state.classification} placeholder="Not classified" options={CLASSIFICATIONS} error={errors["spec.access.classification"]} onChange={(classification) => set({ classification })} />
        <TextField label="Retention" path="spec.access.retention" value={state.retention} placeholder="7 years" error={errors["spec.access.retention"]} onChange={(retention) => set({ retention })} />
        <TextField label="PII columns" path="spec.access.privacy.pii_columns" value={state.piiColumns} placeholder="email, phone" hint="Comma-separated field names." error={errors["spec.access.privacy.pii_columns"]} onChange={(piiColumns) => set({ piiColumns })} />
        <TextField label="Masking policy" path="spec.access.privacy.masking_policy" value={state.maskingPolicy} placeholder="hash_pii" error={errors["spec.access.privacy.masking_policy"]} onChange={(maskingPolicy) => set({ maskingPolicy })} />
      </div>
      {state.carried.roles?.length ? <p className="text-sm text-slate-500">{state.carried.roles.length} access role(s) from the spec are kept as they are; edit them in YAML.</p> : null}
    </FormSection>
  );
}
