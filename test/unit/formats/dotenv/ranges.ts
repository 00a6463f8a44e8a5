import { LineIndex } from '../../../../server/src/engine/line-index.ts';
import type { Range } from '../../../../server/src/engine/types.ts';

/** `[startLine, startCharacter, endLine, endCharacter]`: ranges written compactly in tables. */
export type RangeTuple = [number, number, number, number];

export function tuple(range: Range | undefined): RangeTuple | undefined {
  return range && [range.start.line, range.start.character, range.end.line, range.end.character];
}

/** The document text a range covers. */
export function textAt(text: string, range: Range | undefined): string | undefined {
  if (!range) return undefined;
  const index = new LineIndex(text);
  return text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
}
