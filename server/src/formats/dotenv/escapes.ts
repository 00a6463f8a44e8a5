import { OffsetMap } from './offset-map.ts';

export interface Derived {
  text: string;
  map: OffsetMap;
}

/**
 * Replaces every occurrence of a two-character sequence, left to right and without overlaps,
 * the way PHP's `str_replace` does.
 */
function replacePairs(text: string, pair: string, replacement: string): Derived {
  const map = new OffsetMap();
  let at = text.indexOf(pair);
  if (at === -1) return { text, map };
  const out: string[] = [];
  let from = 0;
  let length = 0;
  while (at !== -1) {
    out.push(text.slice(from, at), replacement);
    length += at - from + 1;
    map.shrink(length, 1);
    from = at + 2;
    at = text.indexOf(pair, from);
  }
  out.push(text.slice(from));
  return { text: out.join(''), map };
}

/**
 * The escapes Symfony Dotenv decodes in a double-quoted value, in its order: `\"`, then `\r`,
 * then `\n`, each pass over the previous one's result. Nothing else is an escape at this stage
 * (`\t` stays two characters); `\\` and `\$` are decoded later, with the variables.
 */
export function decodeDoubleQuoted(content: string): Derived[] {
  const quotes = replacePairs(content, '\\"', '"');
  const returns = replacePairs(quotes.text, '\\r', '\r');
  const newlines = replacePairs(returns.text, '\\n', '\n');
  return [quotes, returns, newlines];
}

/** Symfony's last step on every non-literal part: each `\\` becomes `\` (left to right). */
export function collapseBackslashPairs(text: string): string {
  return text.includes('\\\\') ? text.replaceAll('\\\\', '\\') : text;
}
