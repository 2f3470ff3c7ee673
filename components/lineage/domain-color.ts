/** A stable colour per domain (hash into a palette of distinct, readable hues). */
const PALETTE = ["#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#dc2626", "#65a30d", "#c026d3", "#0d9488", "#ea580c", "#4f46e5"];

export function domainColor(domain: string | null): string {
  if (!domain) return "#64748b";
  let hash = 0;
  for (const char of domain) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}
