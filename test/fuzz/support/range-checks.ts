import { LineIndex } from '../../../server/src/engine/line-index.ts';
import type { Position, Range } from '../../../server/src/engine/types.ts';

function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return typeof p['line'] === 'number' && typeof p['character'] === 'number';
}

export function isRange(value: unknown): value is Range {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return isPosition(r['start']) && isPosition(r['end']);
}

/**
 * Why a position does not denote a place in the text, or undefined when it does. A real
 * position survives the round trip offset → position (past the end of a line, inside a CRLF
 * or after the last line it would not).
 */
export function positionProblem(index: LineIndex, p: Position): string | undefined {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return 'not an integer';
  if (p.line < 0 || p.character < 0) return 'negative';
  if (p.line >= index.lineCount) return `line ${p.line} past the last line ${index.lineCount - 1}`;
  const back = index.positionAt(index.offsetAt(p));
  if (back.line !== p.line || back.character !== p.character) {
    return `character ${p.character} past the end of line ${p.line} (length ${index.lineText(p.line).length})`;
  }
  return undefined;
}

/** Why a range is not a range of the text (start inside, end inside, start ≤ end), or undefined. */
export function rangeProblem(index: LineIndex, r: Range): string | undefined {
  const start = positionProblem(index, r.start);
  if (start) return `start: ${start}`;
  const end = positionProblem(index, r.end);
  if (end) return `end: ${end}`;
  if (index.offsetAt(r.start) > index.offsetAt(r.end)) return 'start after end';
  return undefined;
}

/**
 * Every range anywhere in a parser's tree (any object with `start`/`end` positions), with the
 * property path that leads to it. Format-agnostic on purpose: a new format or a new AST field
 * is checked without touching this file. Back-links (`parent`) are followed once.
 */
export function collectRanges(root: unknown, limit = 200_000): { path: string; range: Range }[] {
  const found: { path: string; range: Range }[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: string }[] = [{ value: root, path: 'ast' }];
  while (stack.length > 0 && found.length < limit) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (isRange(value)) {
      found.push({ path, range: value });
      continue;
    }
    if (value instanceof Map) {
      for (const [key, item] of value) stack.push({ value: item, path: `${path}.get(${String(key)})` });
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'object' && item !== null) stack.push({ value: item, path: `${path}.${key}` });
    }
  }
  return found;
}

/** The first range of a tree (or list of problems) that is not inside `text`, described; undefined when all are. */
export function firstBadRange(text: string, roots: readonly unknown[]): string | undefined {
  const index = new LineIndex(text);
  for (const root of roots) {
    for (const { path, range } of collectRanges(root)) {
      const problem = rangeProblem(index, range);
      if (problem) return `${path} ${JSON.stringify(range)}: ${problem}`;
    }
  }
  return undefined;
}
