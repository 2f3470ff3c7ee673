"use client";

import { useState, type ReactNode } from "react";

/** On a phone the filters fold away above the results, behind one button; beside the results (lg and up) they are always shown. */
export function FiltersDisclosure({ selected, children }: { selected: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="search-filters"
        onClick={() => setOpen((value) => !value)}
        className="flex w-full items-center justify-between rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-700 hover:border-brand-500 lg:hidden"
      >
        <span>
          Filters{selected > 0 && <> <span className="ml-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700">{selected} selected</span></>}
        </span>
        <span aria-hidden="true" className="text-slate-400">
          {open ? "▴" : "▾"}
        </span>
      </button>
      <div id="search-filters" className={open ? "mt-4" : "hidden lg:block"}>
        {children}
      </div>
    </div>
  );
}
