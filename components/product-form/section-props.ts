import { moveRow, type ProductFormState } from "@/lib/catalog/product-form-state";

export type Update = (change: (state: ProductFormState) => ProductFormState) => void;

export interface SectionProps {
  state: ProductFormState;
  update: Update;
  /** Messages by dotted spec path, from the shared schema (live) or the last save attempt. */
  errors: Record<string, string>;
}

/** Replaces row `index` of a list with `patch` applied: rows are edited immutably so React re-renders. */
export function patchRow<T>(rows: T[], index: number, patch: Partial<NoInfer<T>>): T[] {
  return rows.map((row, position) => (position === index ? { ...row, ...patch } : row));
}

type RowList = "outputPorts" | "inputPorts" | "fields" | "tests";

/** The reorder and remove handlers of row `index` in one of the form's repeating lists. */
export function rowActions(update: Update, list: RowList, index: number) {
  return {
    onMove: (delta: -1 | 1) => update((current) => ({ ...current, [list]: moveRow<unknown>(current[list], index, delta) })),
    onRemove: () => update((current) => ({ ...current, [list]: (current[list] as unknown[]).filter((_, position) => position !== index) })),
  };
}
