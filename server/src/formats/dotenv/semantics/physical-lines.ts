import type { LineIndex } from '../../../engine/line-index.ts';
import type { DotenvEntry, DotenvFile, DotenvLineKind } from '../ast.ts';

/**
 * The file as line-oriented checks (the dotenv-linter family) see it: every physical line, with
 * the parser's verdict on what it is, so a blank line inside a multi-line quoted value is not
 * taken for a blank line and `KEY="a\nb"` is one entry.
 */
export interface PhysicalLine {
  /** 0-based. */
  line: number;
  /** The line without its line ending (and without a byte-order mark on the first line). */
  text: string;
  /** Offset in `text`'s line where `text` starts: 1 when a BOM precedes it, else 0. */
  column: number;
  kind: DotenvLineKind;
  entry?: DotenvEntry;
}

function fallbackKind(text: string): DotenvLineKind {
  const trimmed = text.trim();
  if (trimmed === '') return 'blank';
  return trimmed.startsWith('#') ? 'comment' : 'invalid';
}

/** One record per line of the text (the empty line after a final newline included, as LineIndex counts it). */
export function physicalLines(ast: DotenvFile, index: LineIndex): PhysicalLine[] {
  const result: PhysicalLine[] = [];
  for (let line = 0; line < index.lineCount; line++) {
    let text = index.lineText(line);
    let column = 0;
    if (line === 0 && text.startsWith('\uFEFF')) {
      text = text.slice(1);
      column = 1;
    }
    // The parser lists one record per line, in order (checked: a record out of place is ignored).
    const record = ast.lines[line];
    const parsed = record?.line === line ? record : undefined;
    let kind = parsed?.kind ?? fallbackKind(text);
    // The parser may not list the empty line after the final newline; it is blank either way.
    if (kind !== 'continuation' && text.trim() === '') kind = 'blank';
    const entry = parsed?.entryIndex !== undefined ? ast.entries[parsed.entryIndex] : undefined;
    result.push(entry ? { line, text, column, kind, entry } : { line, text, column, kind });
  }
  return result;
}

/** Lines that start a key/value pair as a line-oriented linter reads them: entries and lines the parser rejected. */
export function isKeyLine(line: PhysicalLine): boolean {
  return line.kind === 'entry' || line.kind === 'invalid';
}

/**
 * A key line split at its first `=`, the way dotenv-linter splits it:
 * `[indent][export ]KEY[spaces]=[value]`. Offsets are relative to `PhysicalLine.text`.
 */
export interface KeyLineParts {
  /** First non-blank character. */
  contentStart: number;
  keyStart: number;
  /** End of the key: before the spaces that precede `=`, or the end of the first word when there is no `=`. */
  keyEnd: number;
  key: string;
  /** Offset of the first `=`, or undefined. */
  equals?: number;
}

export function splitKeyLine(text: string): KeyLineParts {
  const contentStart = text.length - text.trimStart().length;
  let keyStart = contentStart;
  const exported = /^export[ \t]+(?=\S)/.exec(text.slice(contentStart));
  if (exported) keyStart += exported[0].length;
  const equalsAt = text.indexOf('=', keyStart);
  let keyEnd: number;
  if (equalsAt === -1) {
    keyEnd = keyStart;
    while (keyEnd < text.length && !/[\s#]/.test(text[keyEnd]!)) keyEnd++;
  } else {
    keyEnd = equalsAt;
    while (keyEnd > keyStart && /\s/.test(text[keyEnd - 1]!)) keyEnd--;
  }
  const parts: KeyLineParts = { contentStart, keyStart, keyEnd, key: text.slice(keyStart, keyEnd) };
  if (equalsAt !== -1) parts.equals = equalsAt;
  return parts;
}

const keyParts = new WeakMap<PhysicalLine, KeyLineParts>();

/** `splitKeyLine` of a physical line, computed once per parse for all the parity rules. */
export function keyLineParts(line: PhysicalLine): KeyLineParts {
  let parts = keyParts.get(line);
  if (!parts) {
    parts = splitKeyLine(line.text);
    keyParts.set(line, parts);
  }
  return parts;
}
