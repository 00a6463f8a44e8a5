import type { LineIndex } from '../../engine/line-index.ts';
import type { Position, Range } from '../../engine/types.ts';
import type { NormalizedText } from './normalized-text.ts';

/**
 * Positions of offsets in the normalised text, for a scanner that asks mostly in order and mostly
 * within one line. A line of the normalised text holds no line break, so its offsets map to the
 * document linearly: the line is looked up once (through `NormalizedText` and `LineIndex`) and
 * every other position on it is an addition.
 *
 * Ranges that meet share their `Position` object (the key's end is the `=`'s start): a large
 * file's tree is mostly positions, and like the rest of the tree they are read-only.
 */
export class SourcePositions {
  /** The normalised line last looked up: `[start, end]` (end = its `\n` or the end of the text). */
  private lineStart = 0;
  private lineEnd = -1;
  private documentLine = 0;
  /** Document character of `lineStart`. */
  private characterBase = 0;
  private readonly recentOffsets = [-1, -1, -1, -1];
  private readonly recentPositions: Position[] = [];
  private next = 0;

  constructor(
    private readonly source: NormalizedText,
    private readonly index: LineIndex,
  ) {}

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The document line of an offset (what `positionAt(offset).line` says, without a new object). */
  lineOf(offset: number): number {
    const recent = this.recentOffsets.indexOf(offset);
    if (recent !== -1) return this.recentPositions[recent]!.line;
    if (offset < this.lineStart || offset > this.lineEnd) this.lookUpLine(offset);
    return this.documentLine;
  }

  positionAt(offset: number): Position {
    const recent = this.recentOffsets.indexOf(offset);
    if (recent !== -1) return this.recentPositions[recent]!;
    if (offset < this.lineStart || offset > this.lineEnd) this.lookUpLine(offset);
    const position = { line: this.documentLine, character: this.characterBase + offset - this.lineStart };
    this.recentOffsets[this.next] = offset;
    this.recentPositions[this.next] = position;
    this.next = (this.next + 1) & 3;
    return position;
  }

  private lookUpLine(offset: number): void {
    const data = this.source.data;
    const start = offset === 0 ? 0 : data.lastIndexOf('\n', offset - 1) + 1;
    const end = data.indexOf('\n', offset);
    this.lineStart = start;
    this.lineEnd = end === -1 ? data.length : end;
    const documentOffset = this.source.documentOffset(start);
    const starts = this.index.lineStarts;
    // The document line holding it: near the previous one, usually the next.
    let line = this.documentLine;
    if (starts[line]! > documentOffset) line = 0;
    let steps = 0;
    while (line + 1 < starts.length && starts[line + 1]! <= documentOffset) {
      if (++steps > 8) {
        line = this.lineAt(documentOffset, line);
        break;
      }
      line++;
    }
    this.documentLine = line;
    this.characterBase = documentOffset - starts[line]!;
  }

  /** The last document line starting at or before `offset`, searched from `low` on. */
  private lineAt(offset: number, low: number): number {
    const starts = this.index.lineStarts;
    let lo = low;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
