/**
 * Turns whatever a person typed into safe search inputs. Only letters and digits survive into the
 * tsquery we build ourselves, so quotes, operators, backslashes or SQL never reach the parser as
 * syntax; the raw text still goes to the title comparison and the trigram functions as a bound value.
 */
export const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 8;
const MAX_TOKEN_LENGTH = 40;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

export interface QueryText {
  /** trimmed, whitespace collapsed, at most MAX_QUERY_LENGTH characters */
  text: string;
  /** lower-case words of letters and digits, from which search_words_query builds the tsquery */
  tokens: string[];
  /** the words joined by hyphens, which is how product names are written: "customer-360" */
  slug: string;
}

export function parseQueryText(raw: string | null | undefined): QueryText {
  const text = Array.from((raw ?? "").replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim()).slice(0, MAX_QUERY_LENGTH).join("").trim();
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const tokens = [...new Set(words.map((word) => word.slice(0, MAX_TOKEN_LENGTH)))].slice(0, MAX_TOKENS);
  return { text, tokens, slug: tokens.join("-") };
}
