export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits text into plain and matched parts: a word matches when it starts with one of the query's
 * tokens, which is how the prefix search found it. Pure, so the UI and the API highlight alike.
 */
export function highlight(text: string, tokens: string[]): HighlightSegment[] {
  if (!text) return [];
  if (!tokens.length) return [{ text, match: false }];
  const segments: HighlightSegment[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    const lower = part.toLowerCase();
    const match = /[\p{L}\p{N}]/u.test(part) && tokens.some((token) => lower.startsWith(token));
    const last = segments.at(-1);
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  }
  return segments;
}
