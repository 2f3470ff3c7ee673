import type { ReactNode } from "react";

export interface Column {
  label: string;
  /** Shown to screen readers only, for columns of buttons or badges that need no visible heading. */
  hidden?: boolean;
  align?: "left" | "right";
}

/**
 * The catalog's one table look: scrolls sideways on narrow screens instead of squeezing columns,
 * headings are real `th scope="col"` cells so screen readers announce them with each value.
 */
export function Table({
  columns,
  caption,
  className = "",
  tableClassName = "",
  children,
}: {
  columns: (string | Column)[];
  caption?: string;
  /** e.g. a max height: the heading row then stays in view while the rows scroll. */
  className?: string;
  /** e.g. a min width, below which the table scrolls sideways rather than wrapping every cell. */
  tableClassName?: string;
  children: ReactNode;
}) {
  return (
    // relative: screen-reader-only text in a cell is absolutely positioned, and would otherwise
    // escape the scroll box and widen the whole page on a phone.
    <div className={`relative overflow-auto ${className}`}>
      <table className={`w-full text-left text-sm ${tableClassName}`}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="sticky top-0 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((column) => {
              const { label, hidden, align } = typeof column === "string" ? { label: column } : column;
              return (
                <th key={label} scope="col" className={`px-5 py-2 font-medium ${align === "right" ? "text-right" : ""}`}>
                  {hidden ? <span className="sr-only">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Cell({ children, className = "text-slate-600" }: { children: ReactNode; className?: string }) {
  return <td className={`px-5 py-2.5 align-top ${className}`}>{children}</td>;
}
