"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import type { OutputPortMatch } from "@/lib/catalog/product-form-port-search";

export type SearchPorts = (query: string, exclude?: string) => Promise<OutputPortMatch[]>;

/**
 * Search-as-you-type over existing products' output ports (WAI-ARIA combobox: arrows move,
 * Enter chooses, Escape closes). Choosing one binds the input port, which becomes a lineage edge.
 */
export function PortCombobox({ context, search, exclude, onChoose, error }: { context: string; search: SearchPorts; exclude?: string; onChoose: (match: OutputPortMatch) => void; error?: string }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<OutputPortMatch[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [pending, startTransition] = useTransition();
  const latest = useRef(0);

  useEffect(() => {
    const term = query.trim();
    if (!term) return;
    const ticket = ++latest.current;
    // Waits for a pause in typing so each keystroke does not hit the server.
    const timer = setTimeout(() => {
      startTransition(async () => {
        const found = await search(term, exclude).catch(() => []);
        if (ticket !== latest.current) return;
        setMatches(found);
        setActive(0);
        setOpen(true);
      });
    }, 200);
    return () => clearTimeout(timer);
  }, [query, search, exclude]);

  const choose = (match: OutputPortMatch) => {
    onChoose(match);
    setQuery("");
    setMatches([]);
    setOpen(false);
  };

  const listId = `${id}-list`;
  const showList = open && query.trim() !== "";
  return (
    <div className="relative" data-path="spec.inputPorts">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        <span className="sr-only">{context} </span>Find an upstream output port
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && matches[active] ? `${listId}-${active}` : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={query}
        placeholder="Type a product or port name, e.g. customer"
        onChange={(event) => {
          setQuery(event.target.value);
          if (!event.target.value.trim()) setOpen(false);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((index) => Math.min(index + 1, matches.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === "Enter" && showList && matches[active]) {
            event.preventDefault();
            choose(matches[active]);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
        className={`mt-1 block w-full rounded-lg border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-brand-500 ${error ? "ring-rose-400" : "ring-slate-300"}`}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-rose-700">
          {error}
        </p>
      )}
      {showList && (
        <ul id={listId} role="listbox" aria-label="Matching output ports" className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg">
          {matches.length === 0 ? (
            <li className="px-3 py-2 text-sm text-slate-500">{pending ? "Searching…" : "No output port matches; try another name."}</li>
          ) : (
            matches.map((match, index) => (
              <li
                key={`${match.product}:${match.port}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(match);
                }}
                onMouseEnter={() => setActive(index)}
                className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-brand-50" : ""}`}
              >
                <span className="font-medium text-slate-900">{match.product}</span>
                <span className="text-slate-500"> · {match.port}</span>
                <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{match.technology}</span>
                {match.status !== "active" && <span className="ml-1 text-xs text-amber-700">({match.status})</span>}
                <span className="block truncate text-xs text-slate-500">{match.productTitle}</span>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
