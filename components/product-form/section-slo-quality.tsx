"use client";

import { QUALITY_TEST_TYPES, SLO_KINDS } from "@/lib/spec/enums";
import { emptyTest, type QualityRowState } from "@/lib/catalog/product-form-state";
import { AddRowButton, FormSection, RowControls, SelectField, TextField } from "./form-fields";
import { patchRow, rowActions, type SectionProps } from "./section-props";

const SLO_HINTS = { freshness: "e.g. 1 hour", availability: "e.g. 99.9%", completeness: "e.g. 99.5%", accuracy: "e.g. 99%" } as const;
const label = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1);

export function SloSection({ state, update, errors }: SectionProps) {
  return (
    <FormSection id="slos" title="Service level objectives" description="What consumers can count on. Leave a row empty to not promise it.">
      <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-2">
        {SLO_KINDS.map((kind) => {
          const base = `spec.slo.${kind}`;
          const set = (patch: Partial<{ target: string; measurement: string }>) => update((current) => ({ ...current, slo: { ...current.slo, [kind]: { ...current.slo[kind], ...patch } } }));
          return (
            <div key={kind} className="grid grid-cols-2 gap-2">
              <TextField label={`${label(kind)} target`} path={`${base}.target`} value={state.slo[kind].target} placeholder={SLO_HINTS[kind]} error={errors[`${base}.target`]} onChange={(target) => set({ target })} />
              <TextField label="Measured as" context={label(kind)} path={`${base}.measurement`} value={state.slo[kind].measurement} error={errors[`${base}.measurement`]} onChange={(measurement) => set({ measurement })} />
            </div>
          );
        })}
      </div>
    </FormSection>
  );
}

export function QualitySection({ state, update, errors }: SectionProps) {
  const rows = state.tests;
  const patch = (index: number, change: Partial<QualityRowState>) => update((current) => ({ ...current, tests: patchRow(current.tests, index, change) }));
  return (
    <FormSection
      id="quality"
      title="Quality checks"
      description="Checks run on every load; consumers see what is tested."
      action={<AddRowButton onClick={() => update((current) => ({ ...current, tests: [...current.tests, emptyTest()] }))}>Add check</AddRowButton>}
    >
      {rows.length === 0 && <p className="text-sm text-slate-500">No quality check yet.</p>}
      {rows.map((row, index) => {
        const base = `spec.quality.tests[${index}]`;
        const context = `Check ${index + 1}`;
        return (
          <div key={row.key} role="group" aria-label={context} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 lg:flex-row lg:items-start">
            <div className="grid grid-cols-1 flex-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
              <SelectField context={context} label="Check" path={`${base}.type`} value={row.type} options={QUALITY_TEST_TYPES} error={errors[`${base}.type`]} onChange={(type) => patch(index, { type })} />
              <TextField context={context} label="Columns" path={`${base}.columns`} value={row.columns} placeholder="order_id, customer_id" error={errors[`${base}.columns`] ?? errors[`${base}.column`]} onChange={(columns) => patch(index, { columns })} />
              <TextField context={context} label="Threshold" path={`${base}.threshold`} value={row.threshold} placeholder="100%" error={errors[`${base}.threshold`]} onChange={(threshold) => patch(index, { threshold })} />
              <TextField context={context} label="Check description" path={`${base}.description`} value={row.description} error={errors[`${base}.description`]} onChange={(description) => patch(index, { description })} />
            </div>
            <RowControls label={context} index={index} count={rows.length} {...rowActions(update, "tests", index)} />
          </div>
        );
      })}
    </FormSection>
  );
}
