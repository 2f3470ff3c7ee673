/**
 * Turns whatever a person typed into safe search inputs. Only letters and digits survive into the
 * tsquery we build ourselves, so quotes, operators, backslashes or SQL never reach the parser as
 * syntax; the raw text still goes to plainto_tsquery and trigram functions as a bound value.
 */
export const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 8;
const MAX_TOKEN_LENGTH = 40;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

export interface QueryText {
  /** trimmed, whitespace collapsed, at most MAX_QUERY_LENGTH characters */
  text: string;
  /** lower-case words of letters and digits */
  tokens: string[];
  /**
   * "customer & 360:*", or "" when there are no usable words. Only the last word is a prefix: the
   * words before it were finished (a space followed), and a prefix on a common word ("customer:*")
   * makes the index merge every lexeme that starts with it, the costliest step of a search.
   */
  prefixQuery: string;
  /** "customer & 360": every word complete, for when the words as typed already match plenty */
  wordQuery: string;
  /**
   * "customer & 360:* & !360": what the prefix adds to the complete words. Written with the other
   * words required rather than as prefixQuery AND NOT wordQuery: with an OR at the top a GIN scan
   * can skip nothing, which doubled its time for "customer mast".
   */
  prefixOnlyQuery: string;
  /** the words joined by hyphens, which is how product names are written: "customer-360" */
  slug: string;
}

export function parseQueryText(raw: string | null | undefined): QueryText {
  const text = Array.from((raw ?? "").replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim()).slice(0, MAX_QUERY_LENGTH).join("").trim();
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const tokens = [...new Set(words.map((word) => word.slice(0, MAX_TOKEN_LENGTH)))].slice(0, MAX_TOKENS);
  return {
    text,
    tokens,
    prefixQuery: tokens.map((token, index) => (index === tokens.length - 1 ? `${token}:*` : token)).join(" & "),
    wordQuery: tokens.join(" & "),
    prefixOnlyQuery: tokens.length ? [...tokens.slice(0, -1), `${tokens[tokens.length - 1]}:*`, `!${tokens[tokens.length - 1]}`].join(" & ") : "",
    slug: tokens.join("-"),
  };
}
