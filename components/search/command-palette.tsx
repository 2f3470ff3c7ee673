"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { Suggestion } from "@/lib/search/typeahead";

const KIND_LABEL = { product: "Product", domain: "Domain", team: "Team", search: "Search" } as const;
const DEBOUNCE_MS = 120;

type Option = Suggestion | { kind: "search"; label: string; detail: string; href: string };

/**
 * The ⌘K / Ctrl-K palette: typeahead over products, domains and teams, keyboard navigable
 * (arrows, Enter, Escape). Mounted once in the top bar so it works on every page.
 */
export function CommandPalette() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setOpen((value) => !value);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open || !query.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/search/suggest?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (response.ok) {
          setSuggestions(((await response.json()) as { suggestions: Suggestion[] }).suggestions);
          setActive(0);
        }
      } catch {
        // aborted by the next keystroke, or offline: the "search for" option still works
      }
    }, DEBOUNCE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query, open]);

  const options: Option[] = query.trim()
    ? [...suggestions, { kind: "search", label: `Search for “${query.trim()}”`, detail: "all data products", href: `/search?q=${encodeURIComponent(query.trim())}` }]
    : [];

  function close() {
    setOpen(false);
    setQuery("");
    setSuggestions([]);
  }

  function go(option: Option | undefined) {
    if (!option) return;
    close();
    router.push(option.href);
  }

  function onInputKey(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(options[active]);
    } else if (event.key === "Escape") {
      close();
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="hidden items-center gap-2 rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-500 hover:border-slate-400 lg:inline-flex"
        aria-label="Open the command palette"
      >
        Jump to…
        <kbd className="rounded border border-slate-200 bg-slate-50 px-1 font-sans text-xs">Ctrl K</kbd>
      </button>
      {open && (
        <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/40 px-4 pt-[12vh]" onMouseDown={close}>
          <div role="dialog" aria-modal="true" aria-label="Command palette" className="w-full max-w-xl overflow-hidden rounded-xl bg-white shadow-2xl" onMouseDown={(event) => event.stopPropagation()}>
            <input
              ref={inputRef}
              role="combobox"
              aria-expanded={options.length > 0}
              aria-controls={listId}
              aria-activedescendant={options.length ? `${listId}-${active}` : undefined}
              aria-label="Search products, domains and teams"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                if (!event.target.value.trim()) setSuggestions([]);
              }}
              onKeyDown={onInputKey}
              maxLength={1000}
              placeholder="Search products, domains and teams…"
              className="w-full border-b border-slate-200 px-4 py-3 text-base focus:outline-none"
            />
            <ul id={listId} role="listbox" aria-label="Suggestions" className="max-h-96 overflow-y-auto py-1">
              {options.map((option, index) => (
                <li
                  key={`${option.kind}:${option.href}`}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  onMouseEnter={() => setActive(index)}
                  onClick={() => go(option)}
                  className={`flex cursor-pointer items-center justify-between gap-3 px-4 py-2 text-sm ${index === active ? "bg-brand-50" : ""}`}
                >
                  <span className="min-w-0">
                    <span className="block truncate font-medium text-slate-900">{option.label}</span>
                    <span className="block truncate font-mono text-xs text-slate-500">{option.detail}</span>
                  </span>
                  <span className="shrink-0 text-xs text-slate-500">{KIND_LABEL[option.kind]}</span>
                </li>
              ))}
              {!options.length && <li className="px-4 py-6 text-center text-sm text-slate-500">Type a product, domain or team name. Esc closes.</li>}
            </ul>
          </div>
        </div>
      )}
    </>
  );
}
