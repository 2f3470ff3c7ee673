import { MAX_DEPTH } from "@/lib/lineage/params";

const OPTIONS = Array.from({ length: MAX_DEPTH + 1 }, (_, i) => i);

/** Upstream and downstream depth, as a plain GET form so it works before hydration and is linkable. */
export function DepthControls({ focus, up, down }: { focus: string; up: number; down: number }) {
  const select = "rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" action="/lineage" className="mb-3 flex flex-wrap items-end gap-3">
      <input type="hidden" name="focus" value={focus} />
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Upstream hops
        <select name="up" defaultValue={up} className={select}>
          {OPTIONS.map((value) => <option key={value} value={value}>{value}</option>)}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Downstream hops
        <select name="down" defaultValue={down} className={select}>
          {OPTIONS.map((value) => <option key={value} value={value}>{value}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">Show</button>
    </form>
  );
}
