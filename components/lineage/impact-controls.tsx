import { MAX_DEPTH } from "@/lib/lineage/params";

/** Depth and (optional) field of the impact analysis, as a GET form so results are linkable. */
export function ImpactControls({ depth, field, fields }: { depth: number; field: string | null; fields: string[] }) {
  const select = "rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Depth
        <select name="depth" defaultValue={depth} className={select}>
          {Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((value) => <option key={value} value={value}>{value} hop{value === 1 ? "" : "s"}</option>)}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Field
        <select name="field" defaultValue={field ?? ""} className={select} disabled={fields.length === 0}>
          <option value="">Whole product</option>
          {fields.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">Analyse</button>
    </form>
  );
}
