"use client";

import { useId, type ReactNode } from "react";

/**
 * Labelled inputs that show the shared schema's message for their spec path. The message is tied
 * to the input with aria-describedby, so screen readers announce it with the field.
 */

const INPUT = "block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-500";
const ringFor = (error?: string) => (error ? "ring-rose-400" : "ring-slate-300");

interface FieldShell {
  label: string;
  /** Read by screen readers before the label, e.g. "Output port 2", so repeated rows have distinct names. */
  context?: string;
  error?: string;
  hint?: ReactNode;
  /** The spec path, so a message in the banner or the preview can scroll to the field. */
  path: string;
  className?: string;
}

function Shell({ label, context, error, hint, path, className = "", id, children }: FieldShell & { id: string; children: ReactNode }) {
  return (
    <div className={className} data-path={path}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {context && <span className="sr-only">{context} </span>}
        {label}
      </label>
      <div className="mt-1">{children}</div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-rose-700">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: ReactNode) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

export function TextField({ value, onChange, placeholder, readOnly, type = "text", ...shell }: FieldShell & { value: string; onChange: (value: string) => void; placeholder?: string; readOnly?: boolean; type?: string }) {
  const id = useId();
  return (
    <Shell {...shell} id={id}>
      <input
        id={id}
        type={type}
        value={value}
        readOnly={readOnly}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={shell.error ? true : undefined}
        aria-describedby={describedBy(id, shell.error, shell.hint)}
        className={`${INPUT} ${ringFor(shell.error)} ${readOnly ? "bg-slate-50 text-slate-600" : ""}`}
      />
    </Shell>
  );
}

export function TextArea({ value, onChange, placeholder, rows = 4, ...shell }: FieldShell & { value: string; onChange: (value: string) => void; placeholder?: string; rows?: number }) {
  const id = useId();
  return (
    <Shell {...shell} id={id}>
      <textarea
        id={id}
        rows={rows}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={shell.error ? true : undefined}
        aria-describedby={describedBy(id, shell.error, shell.hint)}
        className={`${INPUT} ${ringFor(shell.error)}`}
      />
    </Shell>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  disabled,
  ...shell
}: FieldShell & { value: string; onChange: (value: string) => void; options: readonly (string | { value: string; label: string })[]; placeholder?: string; disabled?: boolean }) {
  const id = useId();
  return (
    <Shell {...shell} id={id}>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={shell.error ? true : undefined}
        aria-describedby={describedBy(id, shell.error, shell.hint)}
        className={`${INPUT} ${ringFor(shell.error)} disabled:bg-slate-50 disabled:text-slate-600`}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => {
          const { value: optionValue, label } = typeof option === "string" ? { value: option, label: option } : option;
          return (
            <option key={optionValue} value={optionValue}>
              {label}
            </option>
          );
        })}
      </select>
    </Shell>
  );
}

export function FormSection({ id, title, description, children, action }: { id: string; title: string; description?: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex items-start justify-between gap-4 border-b border-slate-100 px-5 py-4">
        <div>
          <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-sm text-slate-500">{description}</p>}
        </div>
        {action}
      </div>
      <div className="space-y-4 p-5">{children}</div>
    </section>
  );
}

/** Move up / move down / remove for a repeating row: buttons, so the keyboard reorders too. */
export function RowControls({ label, index, count, onMove, onRemove }: { label: string; index: number; count: number; onMove: (delta: -1 | 1) => void; onRemove: () => void }) {
  const button = "rounded-md px-2 py-1 text-xs font-medium text-slate-600 ring-1 ring-inset ring-slate-200 hover:bg-slate-50 disabled:opacity-40";
  return (
    <div className="flex shrink-0 gap-1">
      <button type="button" className={button} onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move ${label} up`}>
        ↑
      </button>
      <button type="button" className={button} onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move ${label} down`}>
        ↓
      </button>
      <button type="button" className={`${button} text-rose-700`} onClick={onRemove} aria-label={`Remove ${label}`}>
        Remove
      </button>
    </div>
  );
}

/** One entry of a repeating list (a port, a field): a titled card with its reorder and remove buttons. */
export function RowCard({ label, heading, mono, index, count, onMove, onRemove, children }: { label: string; heading: string; mono?: boolean; index: number; count: number; onMove: (delta: -1 | 1) => void; onRemove: () => void; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="rounded-lg border border-slate-200 p-4">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h3 className={`text-sm font-semibold text-slate-800 ${mono ? "font-mono" : ""}`}>{heading || label}</h3>
        <RowControls label={label} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      {children}
    </div>
  );
}

export function AddRowButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} className="rounded-lg px-3 py-1.5 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-brand-100 hover:bg-brand-50">
      {children}
    </button>
  );
}
