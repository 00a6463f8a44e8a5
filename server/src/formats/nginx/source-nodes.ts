import type { Range } from '../../engine/types.ts';
import type { Arg, Block, Directive, DirectiveKind, Quote, RawBody } from './ast.ts';

/**
 * The parser's arguments and directives keep their positions as integers and build their LSP
 * `Range` objects when first read (then keep them, so a range read twice is the same object).
 * A 10,000-line configuration has some 40,000 ranges and a lint reads a few thousand (those of
 * its findings and fixes): building them all made every parse allocate ~4 MB more, which the
 * garbage collector then copied again and again while the rules ran.
 */
export class SourceArg implements Arg {
  private cachedRange: Range | undefined = undefined;

  constructor(
    public value: string,
    public raw: string,
    public quote: Quote,
    readonly startLine: number,
    readonly startCharacter: number,
    readonly endLine: number,
    readonly endCharacter: number,
  ) {}

  get range(): Range {
    return (this.cachedRange ??= makeRange(
      this.startLine,
      this.startCharacter,
      this.endLine,
      this.endCharacter,
    ));
  }
}

export class SourceDirective implements Directive {
  kind: DirectiveKind = 'simple';
  name: string;
  nameRaw: string;
  nameQuote: Quote;
  block: Block | undefined = undefined;
  rawBody: RawBody | undefined = undefined;
  private readonly nameStartLine: number;
  private readonly nameStartCharacter: number;
  private readonly nameEndLine: number;
  private readonly nameEndCharacter: number;
  private endLine: number;
  private endCharacter: number;
  private cachedNameRange: Range | undefined = undefined;
  private cachedRange: Range | undefined = undefined;

  /** A directive from its name to `endLine`/`endCharacter` (its `;`, its `{` until `setEnd`, or its last token). */
  constructor(
    name: SourceArg,
    public args: Arg[],
    public parent: Directive | undefined,
    endLine: number,
    endCharacter: number,
    public terminated: boolean,
  ) {
    this.name = name.value;
    this.nameRaw = name.raw;
    this.nameQuote = name.quote;
    this.nameStartLine = name.startLine;
    this.nameStartCharacter = name.startCharacter;
    this.nameEndLine = name.endLine;
    this.nameEndCharacter = name.endCharacter;
    this.endLine = endLine;
    this.endCharacter = endCharacter;
  }

  get nameRange(): Range {
    return (this.cachedNameRange ??= makeRange(
      this.nameStartLine,
      this.nameStartCharacter,
      this.nameEndLine,
      this.nameEndCharacter,
    ));
  }

  get range(): Range {
    if (!this.cachedRange) {
      // The start is the name's: the same position object, as a literal tree would share it.
      this.cachedRange = {
        start: this.nameRange.start,
        end: { line: this.endLine, character: this.endCharacter },
      };
    }
    return this.cachedRange;
  }

  /** Moves the end (a block's `}`, the end of a raw body or of the file); a range read before keeps its old end. */
  setEnd(line: number, character: number): void {
    this.endLine = line;
    this.endCharacter = character;
    this.cachedRange = undefined;
  }
}

/** A new `Range` from the line and character of both ends. */
export function makeRange(
  startLine: number,
  startCharacter: number,
  endLine: number,
  endCharacter: number,
): Range {
  return {
    start: { line: startLine, character: startCharacter },
    end: { line: endLine, character: endCharacter },
  };
}
