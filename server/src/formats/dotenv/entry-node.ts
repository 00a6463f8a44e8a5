import type { Range } from '../../engine/types.ts';
import type { DotenvComment, DotenvEntry, DotenvQuote, DotenvReference, DotenvValuePart } from './ast.ts';
import type { SourcePositions } from './positions.ts';

/** Offsets of an entry's pieces in the normalised text. */
export interface EntryOffsets {
  /** Where the line's content starts (`export` included). */
  start: number;
  keyStart: number;
  keyEnd: number;
  /** The `=`, or -1 for a bare `KEY` line. */
  equals: number;
  valueStart: number;
  valueEnd: number;
  /** The end of `range`. */
  end: number;
}

export interface EntryValues {
  key: string;
  exported: boolean;
  rawValue: string;
  quote: DotenvQuote;
  literalValue: string;
  value: string;
}

/**
 * A parsed entry that keeps the offsets of its key, `=`, value and whole declaration and makes
 * their ranges when first read (then keeps them). Rules read the ranges of the entries they
 * report and little else: a 260-line file has about a thousand of them, and building them all
 * was a quarter of the time of linting such a file.
 */
export class SourceEntry implements DotenvEntry {
  readonly key: string;
  readonly exported: boolean;
  readonly rawValue: string;
  readonly quote: DotenvQuote;
  readonly literalValue: string;
  readonly value: string;
  readonly references: DotenvReference[] = [];
  readonly startLine: number;
  readonly endLine: number;
  declare inlineComment?: DotenvComment;
  declare parts?: DotenvValuePart[];
  declare commands?: Range[];
  private readonly start: number;
  private readonly keyStart: number;
  private readonly keyEnd: number;
  private readonly equals: number;
  private readonly valueStart: number;
  private readonly valueEnd: number;
  private readonly end: number;
  private cachedKeyRange: Range | undefined = undefined;
  private cachedExportRange: Range | undefined = undefined;
  private cachedDelimiterRange: Range | undefined = undefined;
  private cachedValueRange: Range | undefined = undefined;
  private cachedRange: Range | undefined = undefined;

  constructor(
    private readonly positions: SourcePositions,
    offsets: EntryOffsets,
    values: EntryValues,
  ) {
    this.key = values.key;
    this.exported = values.exported;
    this.rawValue = values.rawValue;
    this.quote = values.quote;
    this.literalValue = values.literalValue;
    this.value = values.value;
    this.start = offsets.start;
    this.keyStart = offsets.keyStart;
    this.keyEnd = offsets.keyEnd;
    this.equals = offsets.equals;
    this.valueStart = offsets.valueStart;
    this.valueEnd = offsets.valueEnd;
    this.end = offsets.end;
    this.startLine = positions.lineOf(offsets.start);
    this.endLine = positions.lineOf(offsets.end);
  }

  get keyRange(): Range {
    return (this.cachedKeyRange ??= this.positions.range(this.keyStart, this.keyEnd));
  }

  get exportRange(): Range | undefined {
    if (!this.exported) return undefined;
    return (this.cachedExportRange ??= this.positions.range(this.start, this.start + 6));
  }

  get delimiterRange(): Range | undefined {
    if (this.equals === -1) return undefined;
    return (this.cachedDelimiterRange ??= this.positions.range(this.equals, this.equals + 1));
  }

  get valueRange(): Range {
    return (this.cachedValueRange ??= this.positions.range(this.valueStart, this.valueEnd));
  }

  get range(): Range {
    return (this.cachedRange ??= this.positions.range(this.start, this.end));
  }
}
