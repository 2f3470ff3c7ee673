/**
 * Moves focus to the input for a spec path, or to the nearest enclosing part the form shows
 * (`spec.schema.fields[2].description` → the field row, → the schema section).
 */
export function focusPath(path: string) {
  let current = path;
  while (current) {
    const target = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(current)}"]`);
    if (target) {
      const input = target.querySelector<HTMLElement>("input, select, textarea, button") ?? target;
      input.scrollIntoView({ block: "center", behavior: "smooth" });
      input.focus({ preventScroll: true });
      return;
    }
    current = current.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, "");
  }
}
