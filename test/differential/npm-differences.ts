import { LineIndex } from '../../server/src/engine/line-index.ts';
import type { DotenvEntry, DotenvFile } from '../../server/src/formats/dotenv/ast.ts';

/**
 * The documented ways the `dotenv` npm package reads a file differently from Symfony Dotenv
 * (server/src/formats/dotenv/README.md has an example of each). Harden follows Symfony.
 */
export type NpmDifference =
  /** Symfony throws a FormatException; npm reads what it can and skips the rest. */
  | 'symfony-rejects'
  /** Symfony expands `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME:=default}` and unescapes `\$`; npm keeps the text. */
  | 'expansion'
  /** Symfony decodes `\"` and `\\` in double quotes and `\"`, `\'`, `\\` unquoted; npm keeps the backslashes. */
  | 'escapes'
  /** Symfony joins quoted and unquoted stretches (`"a"'b'c`); npm reads the raw text or stops at the quote. */
  | 'concatenation'
  /** Symfony starts a comment only at a `#` after a blank; npm at any `#` of an unquoted value. */
  | 'inline-hash'
  /** npm also strips backtick quotes; Symfony keeps them as text. */
  | 'backtick'
  /** The two trim different characters: npm also Unicode blanks (no-break space…), Symfony also NUL. */
  | 'trimmed-characters';

export const NPM_DIFFERENCES: readonly NpmDifference[] = [
  'symfony-rejects',
  'expansion',
  'escapes',
  'concatenation',
  'inline-hash',
  'backtick',
  'trimmed-characters',
];

const ASCII_BLANK = /[\t\n\v\f\r ]/u;

/** A character only one of the two trims: a Unicode blank (npm's `trim`) or NUL (PHP's `rtrim`). */
function hasUnevenlyTrimmed(text: string): boolean {
  for (const ch of text) {
    if (ch === '\0' || (/\s/u.test(ch) && !ASCII_BLANK.test(ch))) return true;
  }
  return false;
}

/** The differences an entry's source can cause, judged from the constructs it uses. */
export function entryDifferences(entry: DotenvEntry, index: LineIndex): Set<NpmDifference> {
  const found = new Set<NpmDifference>();
  const parts =
    entry.parts ?? (entry.rawValue === '' ? [] : [{ quote: entry.quote, range: entry.valueRange }]);
  if (parts.length > 1) found.add('concatenation');
  for (const part of parts) {
    if (part.quote === 'single') continue;
    const source = index.text.slice(index.offsetAt(part.range.start), index.offsetAt(part.range.end));
    if (source.includes('$')) found.add('expansion');
    if (source.includes('\\')) found.add('escapes');
    if (part.quote === 'none' && source.includes('#')) found.add('inline-hash');
  }
  if (entry.rawValue.includes('`')) found.add('backtick');
  for (let line = entry.startLine; line <= entry.endLine; line++) {
    if (hasUnevenlyTrimmed(index.lineText(line))) found.add('trimmed-characters');
  }
  return found;
}

/**
 * Why npm's value for `key` can differ from Harden's (= Symfony's): the differences of the last
 * entry that defines it, of the entries its value references, and, for a key npm reads from inside
 * one of Harden's multi-line values, of that entry. Empty when nothing documented explains it.
 */
export function explainDifference(text: string, file: DotenvFile, key: string): Set<NpmDifference> {
  const index = new LineIndex(text);
  const differences = new Set<NpmDifference>();
  const byKey = new Map<string, DotenvEntry>();
  for (const entry of file.entries) byKey.set(entry.key, entry);
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const entry = byKey.get(name);
    // A name only `${NAME:=default}` defines: npm never expands, so it never has it.
    if (!entry) {
      if (file.variables?.has(name)) differences.add('expansion');
      return;
    }
    for (const d of entryDifferences(entry, index)) differences.add(d);
    for (const reference of entry.references) visit(reference.name);
  };
  visit(key);
  if (!byKey.has(key)) {
    // Lines as both libraries split them (a lone CR ends one too), by document offset.
    const lineBreak = /\r\n|\r|\n/g;
    let lineStart = 0;
    for (;;) {
      const found = lineBreak.exec(text);
      const lineEnd = found ? found.index : text.length;
      const declared = /^\s*(?:export\s+)?([\w.-]+)\s*[=:]/u.exec(text.slice(lineStart, lineEnd))?.[1];
      if (declared === key) {
        const covering = file.entries.find(
          (e) => index.offsetAt(e.range.start) < lineStart && lineStart <= index.offsetAt(e.range.end),
        );
        if (covering) for (const d of entryDifferences(covering, index)) differences.add(d);
      }
      if (!found) break;
      lineStart = found.index + found[0].length;
    }
  }
  return differences;
}
