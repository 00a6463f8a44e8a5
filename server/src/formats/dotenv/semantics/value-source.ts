import type { LineIndex } from '../../../engine/line-index.ts';
import type { Range, TextEdit } from '../../../engine/types.ts';
import type { DotenvEntry } from '../ast.ts';

/**
 * The source text of an entry's value without its surrounding quotes, with document offsets, so
 * a rule can underline or replace a part of the value (the password inside a URL) and keep the
 * quoting style the file already uses.
 */
export interface ValueSource {
  /** The text between the quotes (or the whole unquoted or glued value), as written in the file. */
  text: string;
  /** Document offset of `text`'s first character. */
  start: number;
  end: number;
  /** The quote character around the value, or '' when unquoted. */
  quote: '' | '"' | "'";
  /** False for a multi-line value: offsets are still right but a one-line edit is not. */
  singleLine: boolean;
}

export function valueSource(entry: DotenvEntry, index: LineIndex): ValueSource {
  const rawStart = index.offsetAt(entry.valueRange.start);
  const rawEnd = index.offsetAt(entry.valueRange.end);
  const raw = index.text.slice(rawStart, rawEnd);
  const first = raw[0];
  let quote: ValueSource['quote'] = '';
  let start = rawStart;
  let end = rawEnd;
  // A value glued from several stretches (`"dev"x`, `'fal'se`) has no surrounding quotes: the
  // whole source is its text, and a replacement rewrites all of it.
  const glued = (entry.parts?.length ?? 0) > 1;
  if ((first === '"' || first === "'") && entry.quote !== 'none' && !glued) {
    quote = first;
    start += 1;
    if (raw.length >= 2 && raw.endsWith(first)) end -= 1;
  }
  return {
    text: index.text.slice(start, end),
    start,
    end,
    quote,
    singleLine: entry.startLine === entry.endLine,
  };
}

/** Range of `[from, to)`, offsets relative to the start of `source.text`. */
export function valuePartRange(source: ValueSource, index: LineIndex, from: number, to: number): Range {
  return index.range(source.start + from, source.start + to);
}

/** Replaces the value's text between its quotes (quotes kept). */
export function replaceValueText(source: ValueSource, index: LineIndex, newText: string): TextEdit {
  return { range: index.range(source.start, source.end), newText };
}
