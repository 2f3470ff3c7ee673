import type { SpecChange } from "@/lib/spec/diff";

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
const KIND_STYLE = { added: "bg-emerald-50 text-emerald-800", removed: "bg-rose-50 text-rose-800", changed: "bg-amber-50 text-amber-900" } as const;

/** A readable list of spec changes (path, before → after), shared by history, conflicts and edits. */
export function SpecChanges({ changes, empty = "No differences." }: { changes: SpecChange[]; empty?: string }) {
  if (!changes.length) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {changes.map((change) => (
        <li key={`${change.kind}:${change.path}`} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:gap-3">
          <span className={`w-20 shrink-0 rounded px-1.5 py-0.5 text-center text-xs font-semibold ${KIND_STYLE[change.kind]}`}>{change.kind}</span>
          <span className="min-w-0 flex-1">
            <span className="block break-all font-mono text-xs text-slate-700">{change.path}</span>
            {change.kind !== "added" && (
              <span className="mt-0.5 block break-words text-slate-500 line-through decoration-rose-400">{show(change.before)}</span>
            )}
            {change.kind !== "removed" && <span className="mt-0.5 block break-words text-slate-900">{show(change.after)}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
