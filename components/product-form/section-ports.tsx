"use client";

import { PORT_TECHNOLOGIES, PORT_TECHNOLOGY_NAMES } from "@/lib/spec/enums";
import { emptyInputPort, emptyPort, type PortRowState } from "@/lib/catalog/product-form-state";
import { AddRowButton, FormSection, RowCard, SelectField, TextField } from "./form-fields";
import { PortCombobox, type SearchPorts } from "./port-combobox";
import { patchRow, rowActions, type SectionProps } from "./section-props";

/** Location inputs that fit the technology: tables get database/schema/table, streams a topic. */
function LocationFields({ row, base, context, errors, onPatch }: { row: PortRowState; base: string; context: string; errors: Record<string, string>; onPatch: (patch: Partial<PortRowState>) => void }) {
  const kind = PORT_TECHNOLOGIES[row.type as keyof typeof PORT_TECHNOLOGIES];
  return (
    <>
      {kind === "table" && (
        <>
          <TextField context={context} label="Database" path={`${base}.database`} value={row.database} error={errors[`${base}.database`]} onChange={(database) => onPatch({ database })} />
          <TextField context={context} label="Schema" path={`${base}.schema`} value={row.schema} error={errors[`${base}.schema`]} onChange={(schema) => onPatch({ schema })} />
          <TextField context={context} label="Table" path={`${base}.table`} value={row.table} error={errors[`${base}.table`]} onChange={(table) => onPatch({ table })} />
        </>
      )}
      {kind === "stream" && <TextField context={context} label="Topic" path={`${base}.topic`} value={row.topic} error={errors[`${base}.topic`]} onChange={(topic) => onPatch({ topic })} />}
      <TextField context={context} label="Location" path={`${base}.location`} value={row.location} placeholder="s3://bucket/prefix or URL" error={errors[`${base}.location`]} onChange={(location) => onPatch({ location })} />
      <TextField context={context} label="Format" path={`${base}.format`} value={row.format} placeholder="iceberg, parquet, avro…" error={errors[`${base}.format`]} onChange={(format) => onPatch({ format })} />
    </>
  );
}

export function OutputPortsSection({ state, update, errors }: SectionProps) {
  const rows = state.outputPorts;
  const patch = (index: number, change: Partial<PortRowState>) => update((current) => ({ ...current, outputPorts: patchRow(current.outputPorts, index, change) }));
  return (
    <FormSection
      id="output-ports"
      title="Output ports"
      description="How consumers read the product. Removing a port breaks whoever reads it."
      action={<AddRowButton onClick={() => update((current) => ({ ...current, outputPorts: [...current.outputPorts, emptyPort()] }))}>Add output port</AddRowButton>}
    >
      {rows.length === 0 && <p className="text-sm text-slate-500">No output port yet: consumers will have no way to read this product.</p>}
      {rows.map((row, index) => {
        const base = `spec.outputPorts[${index}]`;
        const context = `Output port ${index + 1}`;
        return (
          <RowCard key={row.key} label={context} heading={row.name} index={index} count={rows.length} {...rowActions(update, "outputPorts", index)}>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
              <TextField context={context} label="Port name" path={`${base}.name`} value={row.name} placeholder="orders-table" error={errors[`${base}.name`]} onChange={(name) => patch(index, { name })} />
              <SelectField context={context} label="Technology" path={`${base}.type`} value={row.type} placeholder="Choose…" options={PORT_TECHNOLOGY_NAMES} error={errors[`${base}.type`]} onChange={(type) => patch(index, { type })} />
              <LocationFields row={row} base={base} context={context} errors={errors} onPatch={(change) => patch(index, change)} />
              <TextField className="sm:col-span-2 lg:col-span-3" context={context} label="Port description" path={`${base}.description`} value={row.description} error={errors[`${base}.description`]} onChange={(description) => patch(index, { description })} />
            </div>
          </RowCard>
        );
      })}
    </FormSection>
  );
}

export function InputPortsSection({ state, update, errors, search, selfRef }: SectionProps & { search: SearchPorts; selfRef?: string }) {
  const rows = state.inputPorts;
  type InputRow = (typeof rows)[number];
  const patch = (index: number, change: Partial<InputRow>) => update((current) => ({ ...current, inputPorts: patchRow(current.inputPorts, index, change) }));
  return (
    <FormSection
      id="input-ports"
      title="Input ports"
      description="Where the data comes from. Binding an upstream product's output port records the lineage."
      action={<AddRowButton onClick={() => update((current) => ({ ...current, inputPorts: [...current.inputPorts, emptyInputPort()] }))}>Add input port</AddRowButton>}
    >
      {rows.length === 0 && <p className="text-sm text-slate-500">No input port: add one for every upstream data product or source system.</p>}
      {rows.map((row, index) => {
        const base = `spec.inputPorts[${index}]`;
        const context = `Input port ${index + 1}`;
        return (
          <RowCard key={row.key} label={context} heading={row.name} index={index} count={rows.length} {...rowActions(update, "inputPorts", index)}>
            {row.product ? (
              <div className="mb-3 flex flex-wrap items-center justify-between gap-2 rounded-lg bg-brand-50 px-3 py-2 text-sm" data-path={`${base}.product`}>
                <span>
                  Reads <span className="font-semibold">{row.product}</span>
                  {row.port && (
                    <>
                      {" "}
                      · port <span className="font-mono">{row.port}</span>
                    </>
                  )}
                </span>
                <button type="button" className="text-sm font-medium text-brand-700 hover:underline" onClick={() => patch(index, { product: "", port: "" })} aria-label={`Unbind ${context}`}>
                  Change
                </button>
                {(errors[`${base}.product`] || errors[`${base}.port`]) && <p className="w-full text-xs text-rose-700">{errors[`${base}.product`] ?? errors[`${base}.port`]}</p>}
              </div>
            ) : (
              <div className="mb-3">
                <PortCombobox
                  context={context}
                  search={search}
                  exclude={selfRef}
                  error={errors[`${base}.product`]}
                  onChoose={(match) =>
                    patch(index, {
                      product: match.product,
                      port: match.port,
                      type: match.technology,
                      sourceSystem: "",
                      ...(row.name ? {} : { name: `${match.product.split("/")[1]}`.slice(0, 63) }),
                    })
                  }
                />
              </div>
            )}
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
              <TextField context={context} label="Port name" path={`${base}.name`} value={row.name} error={errors[`${base}.name`]} onChange={(name) => patch(index, { name })} />
              <SelectField context={context} label="Technology" path={`${base}.type`} value={row.type} placeholder="Choose…" options={PORT_TECHNOLOGY_NAMES} error={errors[`${base}.type`]} onChange={(type) => patch(index, { type })} />
              {!row.product && (
                <TextField
                  context={context}
                  label="Or source system"
                  path={`${base}.sourceSystem`}
                  value={row.sourceSystem}
                  placeholder="crm-salesforce"
                  hint="An operational system, when not a data product."
                  error={errors[`${base}.sourceSystem`]}
                  onChange={(sourceSystem) => patch(index, { sourceSystem })}
                />
              )}
            </div>
          </RowCard>
        );
      })}
    </FormSection>
  );
}
