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

  /** An argument on one line whose source text is `raw`: its end is `raw.length` after its start. */
  constructor(
    public value: string,
    public raw: string,
    public quote: Quote,
    readonly startLine: number,
    readonly startCharacter: number,
  ) {}

  get endLine(): number {
    return this.startLine;
  }

  get endCharacter(): number {
    return this.startCharacter + this.raw.length;
  }

  get range(): Range {
    return (this.cachedRange ??= makeRange(
      this.startLine,
      this.startCharacter,
      this.endLine,
      this.endCharacter,
    ));
  }
}

/**
 * An argument whose end cannot be told from its text: a quoted string over several lines, or a
 * token cut short of its source (an escaped CR before LF, an unterminated quote). Rare, so the
 * common argument does not carry two more numbers for it.
 */
class SpanningSourceArg extends SourceArg {
  constructor(
    value: string,
    raw: string,
    quote: Quote,
    startLine: number,
    startCharacter: number,
    private readonly spanEndLine: number,
    private readonly spanEndCharacter: number,
  ) {
    super(value, raw, quote, startLine, startCharacter);
  }

  override get endLine(): number {
    return this.spanEndLine;
  }

  override get endCharacter(): number {
    return this.spanEndCharacter;
  }
}

/** The argument for a token from its value, source text, quote and both ends. */
export function sourceArg(
  value: string,
  raw: string,
  quote: Quote,
  startLine: number,
  startCharacter: number,
  endLine: number,
  endCharacter: number,
): SourceArg {
  return endLine === startLine && endCharacter === startCharacter + raw.length
    ? new SourceArg(value, raw, quote, startLine, startCharacter)
    : new SpanningSourceArg(value, raw, quote, startLine, startCharacter, endLine, endCharacter);
}

/** What a directive reads of its name token. */
export interface NameToken {
  value: string;
  raw: string;
  quote: Quote;
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

/** `SourceDirective.flags`: its kind in the low bits, then how its name is quoted and whether it ended with `;`. */
const KINDS: readonly DirectiveKind[] = ['simple', 'block', 'raw'];
/** The codes of `KINDS`' entries (a simple directive is 0). */
const BLOCK = 1;
const RAW = 2;
const KIND_MASK = 3;
const DOUBLE_QUOTED = 4;
const SINGLE_QUOTED = 8;
const TERMINATED = 16;

/**
 * A directive of the parsed tree. A 10,000-line configuration keeps some 10,000 of them for the
 * whole lint, and the garbage collector copies each while it is young: the fields are what the
 * tree cannot do without. The kind, the name's quote and the `;` share one number, a block and
 * a raw body one field, and the name's end is told from its source text (as `SourceArg` does).
 */
export class SourceDirective implements Directive {
  name: string;
  nameRaw: string;
  private body: SourceBlock | RawBody | undefined = undefined;
  private flags: number;
  private readonly nameStartLine: number;
  private readonly nameStartCharacter: number;
  private endLine: number;
  private endCharacter: number;
  private cachedNameRange: Range | undefined = undefined;
  private cachedRange: Range | undefined = undefined;

  /** A directive from its name to `endLine`/`endCharacter` (its `;`, its `{` until `setEnd`, or its last token). */
  constructor(
    name: NameToken,
    public args: Arg[],
    public parent: Directive | undefined,
    endLine: number,
    endCharacter: number,
    terminated: boolean,
    /** False for the entries of `map`, `geo`… blocks: their keys are data (possibly secret), not names to keep. */
    intern = true,
  ) {
    this.name = intern ? internedName(name.value) : name.value;
    this.nameRaw = name.raw;
    this.flags =
      (name.quote === '"' ? DOUBLE_QUOTED : name.quote === "'" ? SINGLE_QUOTED : 0) |
      (terminated ? TERMINATED : 0);
    this.nameStartLine = name.startLine;
    this.nameStartCharacter = name.startCharacter;
    this.endLine = endLine;
    this.endCharacter = endCharacter;
    // A name whose end its text does not tell (over several lines, or cut short) keeps its range now.
    if (name.endLine !== name.startLine || name.endCharacter !== name.startCharacter + name.raw.length)
      this.cachedNameRange = makeRange(name.startLine, name.startCharacter, name.endLine, name.endCharacter);
  }

  get kind(): DirectiveKind {
    return KINDS[this.flags & KIND_MASK]!;
  }

  get nameQuote(): Quote {
    return this.flags & DOUBLE_QUOTED ? '"' : this.flags & SINGLE_QUOTED ? "'" : null;
  }

  get terminated(): boolean {
    return (this.flags & TERMINATED) !== 0;
  }

  get block(): SourceBlock | undefined {
    return (this.flags & KIND_MASK) === BLOCK ? (this.body as SourceBlock) : undefined;
  }

  get rawBody(): RawBody | undefined {
    return (this.flags & KIND_MASK) === RAW ? (this.body as RawBody) : undefined;
  }

  /** Makes the directive a block with this body. */
  openBlock(block: SourceBlock): void {
    this.body = block;
    this.flags = (this.flags & ~KIND_MASK) | BLOCK;
  }

  /** Makes the directive a raw block (`content_by_lua_block { … }`) with this body. */
  setRawBody(body: RawBody): void {
    this.body = body;
    this.flags = (this.flags & ~KIND_MASK) | RAW;
  }

  get nameRange(): Range {
    return (this.cachedNameRange ??= makeRange(
      this.nameStartLine,
      this.nameStartCharacter,
      this.nameStartLine,
      this.nameStartCharacter + this.nameRaw.length,
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

/**
 * A block body: its `{` and `}` positions are kept as integers too (a 10,000-line configuration
 * has some 2,000 blocks, and two ranges each were 12,000 objects kept for the whole lint).
 */
export class SourceBlock implements Block {
  directives: Directive[] = [];
  private closeLine = -1;
  private closeCharacter = 0;
  private closeEndLine = 0;
  private closeEndCharacter = 0;
  private cachedOpenRange: Range | undefined = undefined;
  private cachedCloseRange: Range | undefined = undefined;

  constructor(
    private readonly openLine: number,
    private readonly openCharacter: number,
    private readonly openEndLine: number,
    private readonly openEndCharacter: number,
  ) {}

  get openRange(): Range {
    return (this.cachedOpenRange ??= makeRange(
      this.openLine,
      this.openCharacter,
      this.openEndLine,
      this.openEndCharacter,
    ));
  }

  /** The `}`; undefined while the block is not closed. */
  get closeRange(): Range | undefined {
    if (this.closeLine < 0) return undefined;
    return (this.cachedCloseRange ??= makeRange(
      this.closeLine,
      this.closeCharacter,
      this.closeEndLine,
      this.closeEndCharacter,
    ));
  }

  /** Records the `}` that closes the block; the body is complete, so its list is cut to its length. */
  close(line: number, character: number, endLine: number, endCharacter: number): void {
    // A list grown by `push` keeps room for 17 entries; the tree keeps one per block.
    this.directives = this.directives.slice();
    this.closeLine = line;
    this.closeCharacter = character;
    this.closeEndLine = endLine;
    this.closeEndCharacter = endCharacter;
    this.cachedCloseRange = undefined;
  }
}

/**
 * The directive name as an internalized string: rules compare names with literals (`'location'`,
 * `'add_header'`) hundreds of thousands of times per lint, and two internalized strings compare
 * by identity where the parser's slices of the text compared character by character.
 */
function internedName(value: string): string {
  let name = internedNames.get(value);
  if (name === undefined) {
    // V8 internalizes property keys: the key read back is the internalized copy.
    name = Object.keys({ [value]: 0 })[0] ?? value;
    if (internedNames.size < 4096) internedNames.set(name, name);
  }
  return name;
}

const internedNames = new Map<string, string>();

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
