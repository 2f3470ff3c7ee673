/** What the colours and marks on the canvas mean. */
export function LineageLegend() {
  const item = "flex items-center gap-2";
  return (
    <details className="rounded-lg border border-slate-200 bg-white/95 p-3 text-xs text-slate-700 shadow-sm">
      <summary className="cursor-pointer font-semibold text-slate-900">Legend</summary>
      <ul className="mt-2 space-y-1.5">
        <li className={item}><span className="h-3 w-1.5 rounded-sm bg-blue-600" aria-hidden /> left bar: the product&apos;s domain colour</li>
        <li className={item}><span className="h-3 w-5 rounded border-2 border-brand-600" aria-hidden /> the product in focus</li>
        <li className={item}><span className="h-3 w-5 rounded border-2 border-amber-500" aria-hidden /> risk: active product reading a deprecated or retired input</li>
        <li className={item}><span className="h-3 w-5 rounded border-2 border-dashed border-rose-500" aria-hidden /> broken: the input product was deleted</li>
        <li className={item}><span className="h-0.5 w-5 bg-violet-500" aria-hidden /> cross-domain edge</li>
        <li className={item}><span className="h-0.5 w-5 border-t-2 border-dashed border-slate-400" aria-hidden /> declared in lineage only (no input port)</li>
        <li className={item}><span className="h-0.5 w-5 bg-sky-500" aria-hidden /> path from the focus to the selected node</li>
      </ul>
      <p className="mt-2 text-slate-500">Keys: + / − zoom, 0 fits the view.</p>
    </details>
  );
}
