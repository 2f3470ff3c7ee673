"use client";

import { FIELD_TYPES, SCHEMA_TYPES } from "@/lib/spec/enums";
import { emptyField, type FieldRowState, type PiiAnswer } from "@/lib/catalog/product-form-state";
import { AddRowButton, FormSection, RowCard, SelectField, TextField } from "./form-fields";
import { patchRow, rowActions, type SectionProps } from "./section-props";

const PII_OPTIONS = [
  { value: "no", label: "No personal data" },
  { value: "yes", label: "Personal data" },
];

export function SchemaSection({ state, update, errors }: SectionProps) {
  const rows = state.fields;
  const patch = (index: number, change: Partial<FieldRowState>) => update((current) => ({ ...current, fields: patchRow(current.fields, index, change) }));
  return (
    <FormSection
      id="schema"
      title="Schema fields"
      description="The columns consumers can rely on. Say for every field whether it holds personal data."
      action={<AddRowButton onClick={() => update((current) => ({ ...current, fields: [...current.fields, emptyField()] }))}>Add field</AddRowButton>}
    >
      <SelectField
        className="sm:max-w-xs"
        label="Schema language"
        path="spec.schema.type"
        value={state.schemaType}
        placeholder="Not stated"
        options={SCHEMA_TYPES}
        error={errors["spec.schema.type"]}
        onChange={(schemaType) => update((current) => ({ ...current, schemaType }))}
      />
      {rows.length === 0 && <p className="text-sm text-slate-500">No field yet.</p>}
      {rows.map((row, index) => {
        const base = `spec.schema.fields[${index}]`;
        const context = `Field ${index + 1}`;
        return (
          <RowCard key={row.key} label={context} heading={row.name} mono index={index} count={rows.length} {...rowActions(update, "fields", index)}>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
              <TextField context={context} label="Field name" path={`${base}.name`} value={row.name} placeholder="customer_id" error={errors[`${base}.name`]} onChange={(name) => patch(index, { name })} />
              <SelectField context={context} label="Type" path={`${base}.type`} value={row.type} options={FIELD_TYPES} error={errors[`${base}.type`]} onChange={(type) => patch(index, { type })} />
              <SelectField
                context={context}
                label="Personal data"
                path={`${base}.pii`}
                value={row.pii}
                placeholder="Not answered"
                options={PII_OPTIONS}
                error={errors[`${base}.pii`]}
                onChange={(pii) => patch(index, { pii: pii as PiiAnswer })}
              />
              <div className="flex items-end pb-2">
                <label className="flex items-center gap-2 text-sm text-slate-700">
                  <input type="checkbox" checked={row.required} onChange={(event) => patch(index, { required: event.target.checked })} className="size-4 rounded border-slate-300 text-brand-600" />
                  <span className="sr-only">{context} </span>Required
                </label>
              </div>
              <TextField className="sm:col-span-2 lg:col-span-4" context={context} label="Field description" path={`${base}.description`} value={row.description} error={errors[`${base}.description`]} onChange={(description) => patch(index, { description })} />
            </div>
          </RowCard>
        );
      })}
    </FormSection>
  );
}
