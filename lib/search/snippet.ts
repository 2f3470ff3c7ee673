/**
 * A result's description as one line of plain text. Headings go: a description usually opens with
 * one repeating the title, which the result already shows above it. Links keep their text; emphasis,
 * code and quote markers go. `#` and `_` inside the text stay: they are channels and column names.
 */
export function plainSnippet(markdown: string | null): string | null {
  if (!markdown) return null;
  const text = markdown
    .replace(/^ {0,3}#{1,6}(?:\s.*)?$/gm, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*`>|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text || null;
}
