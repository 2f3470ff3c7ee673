/** `titleAs="h1"` when the empty state is the whole page (a not-found message), so the page has its heading. */
export function EmptyState({
  title,
  titleAs: Title = "p",
  children,
  action,
}: {
  title: string;
  titleAs?: "p" | "h1";
  children?: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <Title className="text-sm font-semibold text-slate-900">{title}</Title>
      {children && <div className="mx-auto mt-1 max-w-md text-sm text-slate-500">{children}</div>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}
