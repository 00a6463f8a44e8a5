import { CharSet, CHAR_CLASSES, posixClass } from './semantics-regex-charset.ts';

/**
 * A reader of nginx's regular expressions as PCRE2 (10.3x/10.42, the library of current
 * distributions) compiles them: nginx passes the pattern with no option but PCRE2_CASELESS for
 * `~*`, so the pattern is read byte by byte (no UTF unless it starts with `(*UTF)`), `{,n}` is
 * a literal, lookbehinds must have a fixed length and an unknown `\letter` is an error.
 *
 * The result is a syntax tree for the analyses (ReDoS, origin checks, capture groups, alias
 * captures) and, when PCRE2 would refuse the pattern, the reason with its offset, worded like
 * PCRE2's own message so that it matches what `nginx -t` prints. The reader runs in time linear
 * in the pattern and never throws; it is never used to match anything.
 */

export interface RegexError {
  message: string;
  /** Offset in the pattern (UTF-16 units of the source string). */
  offset: number;
}

interface NodeBase {
  /** Offsets in the pattern source (UTF-16 units). */
  start: number;
  end: number;
}

/** One character from a set: a literal, `.`, a class, `\d`… */
export interface CharNode extends NodeBase {
  type: 'char';
  set: CharSet;
  /** Written as one literal character (`a`, `\.`, `\x41`), not as a class or a wildcard. */
  literal: boolean;
}
export interface SeqNode extends NodeBase {
  type: 'seq';
  items: RegexNode[];
}
export interface AltNode extends NodeBase {
  type: 'alt';
  branches: RegexNode[];
}
export type GroupKind =
  | 'capture'
  | 'group'
  | 'atomic'
  | 'lookahead'
  | 'negative-lookahead'
  | 'lookbehind'
  | 'negative-lookbehind'
  | 'conditional';
export interface GroupNode extends NodeBase {
  type: 'group';
  kind: GroupKind;
  /** Capture number, for capturing groups. */
  index?: number;
  name?: string;
  body: RegexNode;
}
export interface RepeatNode extends NodeBase {
  type: 'repeat';
  body: RegexNode;
  min: number;
  /** `Infinity` for `*`, `+`, `{n,}`. */
  max: number;
  possessive: boolean;
}
export interface AssertNode extends NodeBase {
  type: 'assert';
  /** `^`/`\A` = start, `$`/`\z`/`\Z` = end, `\b`/`\B` = word, `\G`, `\K` = other. */
  kind: 'start' | 'end' | 'word' | 'other';
}
export interface BackrefNode extends NodeBase {
  type: 'backref';
}
/** Matches something the analyses do not model: `\R`, `\X`, recursion, verbs. */
export interface OpaqueNode extends NodeBase {
  type: 'opaque';
  /** True when it may consume characters (`\R`, `\X`, recursion); false for verbs. */
  consumes: boolean;
}
export type RegexNode =
  CharNode | SeqNode | AltNode | GroupNode | RepeatNode | AssertNode | BackrefNode | OpaqueNode;

export interface ParsedRegex {
  source: string;
  caseInsensitive: boolean;
  /** Undefined when PCRE2 refuses the pattern. */
  root: RegexNode | undefined;
  error: RegexError | undefined;
  /** Number of capture groups (the highest `$n` a directive can use). */
  groupCount: number;
  /** Named groups and their numbers. */
  names: ReadonlyMap<string, number>;
  /** Capturing groups by number. */
  groups: ReadonlyMap<number, GroupNode>;
}

/** PCRE2's default limit on nested parentheses (PARENS_NEST_LIMIT). */
const MAX_NESTING = 250;
const MAX_QUANTIFIER = 65535;
const MAX_NAME_LENGTH = 32;

const VERBS = new Set(['ACCEPT', 'FAIL', 'F', 'COMMIT', 'PRUNE', 'SKIP', 'THEN', 'MARK', '']);
const START_SETTINGS = new Set([
  'UTF',
  'UTF8',
  'UCP',
  'NO_AUTO_POSSESS',
  'NO_DOTSTAR_ANCHOR',
  'NO_JIT',
  'NO_START_OPT',
  'NOTEMPTY',
  'NOTEMPTY_ATSTART',
  'CR',
  'LF',
  'CRLF',
  'ANYCRLF',
  'ANY',
  'NUL',
  'BSR_ANYCRLF',
  'BSR_UNICODE',
]);
const START_LIMITS = /^(LIMIT_MATCH|LIMIT_DEPTH|LIMIT_HEAP|LIMIT_RECURSION)=\d+$/;
const ALPHA_ASSERTIONS: Record<string, GroupKind> = {
  pla: 'lookahead',
  positive_lookahead: 'lookahead',
  nla: 'negative-lookahead',
  negative_lookahead: 'negative-lookahead',
  plb: 'lookbehind',
  positive_lookbehind: 'lookbehind',
  nlb: 'negative-lookbehind',
  negative_lookbehind: 'negative-lookbehind',
  napla: 'lookahead',
  non_atomic_positive_lookahead: 'lookahead',
  naplb: 'lookbehind',
  non_atomic_positive_lookbehind: 'lookbehind',
  atomic: 'atomic',
  sr: 'group',
  script_run: 'group',
  asr: 'atomic',
  atomic_script_run: 'atomic',
};

interface Flags {
  i: boolean;
  x: boolean;
  xx: boolean;
  s: boolean;
  n: boolean;
  J: boolean;
}

class SyntaxProblem {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

type Reference =
  { kind: 'number'; n: number; offset: number } | { kind: 'name'; name: string; offset: number };

/** What one step of a sequence produced. */
type Piece =
  | { kind: 'node'; node: RegexNode; repeatable: boolean }
  /** `\Qab\E`: several literals; a quantifier after it applies to the last one. */
  | { kind: 'many'; nodes: RegexNode[] }
  /** Comments, `\E`, an empty `\Q\E`: a following quantifier applies to what came before. */
  | { kind: 'transparent' }
  /** Option settings `(?i)`, callouts, start-of-pattern settings: nothing may be quantified after them. */
  | { kind: 'barrier' };

/** The escapes `\d`, `\w`, `\s`, `\h`, `\v` by their lower-case letter. */
const ESCAPED_SETS: Readonly<Record<string, CharSet>> = {
  d: CHAR_CLASSES.digit,
  w: CHAR_CLASSES.word,
  s: CHAR_CLASSES.space,
  h: CHAR_CLASSES.hspace,
  v: CHAR_CLASSES.vspace,
};

class Parser {
  pos = 0;
  groupCount = 0;
  readonly names = new Map<string, number>();
  readonly groups = new Map<number, GroupNode>();
  readonly references: Reference[] = [];
  lookaroundDepth = 0;
  /** Inside `\Q…\E` in a bracket expression. */
  classQuoting = false;

  constructor(
    /** The pattern as PCRE2 reads it: one character per byte unless in UTF mode. */
    readonly src: string,
    readonly utf: boolean,
    readonly toSource: (offset: number) => number,
  ) {}

  fail(message: string, offset = this.pos): never {
    throw new SyntaxProblem(message, offset);
  }

  peek(k = 0): string {
    return this.src.charAt(this.pos + k);
  }

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  parsePattern(flags: Flags): RegexNode {
    const root = this.parseAlternation(flags, 0, false);
    if (!this.atEnd()) this.fail('unmatched closing parenthesis');
    for (const ref of this.references) {
      if (ref.kind === 'number' ? ref.n > this.groupCount : !this.names.has(ref.name))
        this.fail('reference to non-existent subpattern', ref.offset);
    }
    return root;
  }

  parseAlternation(flags: Flags, depth: number, branchReset: boolean): RegexNode {
    const start = this.pos;
    const base = this.groupCount;
    let highest = base;
    const branches: RegexNode[] = [];
    for (;;) {
      if (branchReset) this.groupCount = base;
      branches.push(this.parseSequence(flags, depth));
      highest = Math.max(highest, this.groupCount);
      if (this.peek() !== '|') break;
      this.pos++;
    }
    if (branchReset) this.groupCount = highest;
    if (branches.length === 1) return branches[0]!;
    return { type: 'alt', branches, start: this.toSource(start), end: this.toSource(this.pos) };
  }

  parseSequence(flags: Flags, depth: number): RegexNode {
    const start = this.pos;
    const items: RegexNode[] = [];
    /** Index in `items` of the item a quantifier would apply to, or -1. */
    let target = -1;
    for (;;) {
      this.skipExtended(flags);
      if (this.atEnd() || this.peek() === '|' || this.peek() === ')') break;
      const quantifierAt = this.pos;
      const quantifier = this.readQuantifier();
      if (quantifier) {
        if (target < 0) this.fail('quantifier does not follow a repeatable item', quantifierAt);
        const body = items[target]!;
        items[target] = {
          type: 'repeat',
          body,
          min: quantifier.min,
          max: quantifier.max,
          possessive: quantifier.possessive,
          start: body.start,
          end: this.toSource(this.pos),
        };
        target = -1;
        continue;
      }
      const piece = this.parseAtom(flags, depth);
      if (piece.kind === 'transparent') continue;
      if (piece.kind === 'barrier') {
        target = -1;
        continue;
      }
      if (piece.kind === 'many') {
        items.push(...piece.nodes);
        target = items.length - 1;
        continue;
      }
      items.push(piece.node);
      target = piece.repeatable ? items.length - 1 : -1;
    }
    if (items.length === 1) return items[0]!;
    return { type: 'seq', items, start: this.toSource(start), end: this.toSource(this.pos) };
  }

  /** In `(?x)` mode, whitespace and `#…` comments between items mean nothing. */
  skipExtended(flags: Flags): void {
    if (!flags.x) return;
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') this.pos++;
      else if (c === '#') {
        while (!this.atEnd() && this.peek() !== '\n') this.pos++;
      } else return;
    }
  }

  readQuantifier(): { min: number; max: number; possessive: boolean } | undefined {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 24));
      if (!m) return undefined;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      const close = this.pos + m[0].length - 1;
      if (min > MAX_QUANTIFIER || (max !== Infinity && max > MAX_QUANTIFIER))
        this.fail('number too big in {} quantifier', close);
      if (max < min) this.fail('numbers out of order in {} quantifier', close);
      this.pos += m[0].length - 1;
    } else return undefined;
    this.pos++;
    let possessive = false;
    if (this.peek() === '?') this.pos++;
    else if (this.peek() === '+') {
      possessive = true;
      this.pos++;
    }
    return { min, max, possessive };
  }

  char(set: CharSet, start: number, literal: boolean): Piece {
    return {
      kind: 'node',
      node: { type: 'char', set, literal, start: this.toSource(start), end: this.toSource(this.pos) },
      repeatable: true,
    };
  }

  literalSet(code: number, flags: Flags): CharSet {
    const set = CharSet.of(this.utf && code > 255 ? 255 : code);
    return flags.i ? set.caseFolded() : set;
  }

  parseAtom(flags: Flags, depth: number): Piece {
    const start = this.pos;
    const c = this.peek();
    switch (c) {
      case '(':
        return this.parseGroup(flags, depth);
      case '[':
        return this.parseClass(flags);
      case '.':
        this.pos++;
        return this.char(flags.s ? CHAR_CLASSES.any : CHAR_CLASSES.dot, start, false);
      case '^':
        this.pos++;
        return this.assertion('start', start);
      case '$':
        this.pos++;
        return this.assertion('end', start);
      case '\\':
        return this.parseEscape(flags);
      default:
        this.pos++;
        return this.char(this.literalSet(c.charCodeAt(0), flags), start, true);
    }
  }

  assertion(kind: AssertNode['kind'], start: number): Piece {
    return {
      kind: 'node',
      node: { type: 'assert', kind, start: this.toSource(start), end: this.toSource(this.pos) },
      repeatable: false,
    };
  }

  opaque(start: number, consumes: boolean, repeatable = true): Piece {
    return {
      kind: 'node',
      node: { type: 'opaque', consumes, start: this.toSource(start), end: this.toSource(this.pos) },
      repeatable,
    };
  }

  parseEscape(flags: Flags): Piece {
    const start = this.pos;
    this.pos++;
    if (this.atEnd()) this.fail('\\ at end of pattern', start);
    const c = this.peek();
    const code = this.escapedCharCode(c, false);
    if (code !== undefined) return this.char(this.literalSet(code, flags), start, true);
    const set = this.escapedSet(c);
    if (set) {
      this.pos++;
      return this.char(set, start, false);
    }
    this.pos++;
    switch (c) {
      case 'b':
      case 'B':
        return this.assertion('word', start);
      case 'A':
        return this.assertion('start', start);
      case 'z':
      case 'Z':
        return this.assertion('end', start);
      case 'G':
        return this.assertion('other', start);
      case 'K':
        if (this.lookaroundDepth > 0)
          this.fail('\\K is not allowed in lookarounds (but see PCRE2_EXTRA_ALLOW_LOOKAROUND_BSK)', start);
        return this.assertion('other', start);
      case 'R':
      case 'X':
        return this.opaque(start, true);
      case 'E':
        return { kind: 'transparent' };
      case 'Q':
        return this.parseQuoted(flags);
      case 'g':
        return this.parseGReference(start);
      case 'k':
        return this.parseKReference(start);
    }
    if (c >= '1' && c <= '9') {
      this.pos--;
      return this.parseNumericEscape(flags, start);
    }
    return this.fail('unrecognized character follows \\', start + 1);
  }

  /**
   * The code of an escape that stands for one character (`\n`, `\x41`, `\101`, `\cA`, `\.`),
   * consuming it; undefined (nothing consumed) when the escape is something else.
   */
  escapedCharCode(c: string, inClass: boolean): number | undefined {
    const simple: Record<string, number> = { a: 7, e: 27, f: 12, n: 10, r: 13, t: 9 };
    if (simple[c] !== undefined) {
      this.pos++;
      return simple[c];
    }
    if (inClass && c === 'b') {
      this.pos++;
      return 8;
    }
    if (c === 'x') return this.readHexEscape();
    if (c === 'o') return this.readBracedOctal();
    if (c === 'c') {
      this.pos++;
      if (this.atEnd()) this.fail('\\c at end of pattern');
      const next = this.peek().charCodeAt(0);
      if (next < 32 || next > 126) this.fail('\\c must be followed by a printable ASCII character');
      this.pos++;
      const upper = next >= 97 && next <= 122 ? next - 32 : next;
      return upper ^ 0x40;
    }
    if (c === '0' || (inClass && c >= '1' && c <= '9')) {
      if (inClass && (c === '8' || c === '9')) {
        this.pos++;
        return c.charCodeAt(0);
      }
      const m = /^[0-7]{1,3}/.exec(this.src.slice(this.pos, this.pos + 3))!;
      this.pos += m[0].length;
      return this.checkOctal(parseInt(m[0], 8));
    }
    if (c === 'F' || c === 'L' || c === 'l' || c === 'U' || c === 'u')
      this.fail('PCRE2 does not support \\F, \\L, \\l, \\N{name}, \\U, or \\u');
    if (c === 'N' && this.peek(1) === '{') {
      if (!this.utf) this.fail('\\N{U+dddd} is supported only in Unicode (UTF) mode', this.pos + 1);
      const close = this.src.indexOf('}', this.pos);
      this.pos = close < 0 ? this.src.length : close + 1;
      return 255;
    }
    if (!/[A-Za-z0-9]/.test(c)) {
      this.pos++;
      return c.charCodeAt(0);
    }
    return undefined;
  }

  checkOctal(value: number): number {
    if (!this.utf && value > 255) this.fail('octal value is greater than \\377 in 8-bit non-UTF-8 mode');
    return value;
  }

  readHexEscape(): number {
    this.pos++;
    if (this.peek() === '{') {
      const digitsStart = this.pos + 1;
      let i = digitsStart;
      while (/[0-9a-fA-F]/.test(this.src.charAt(i))) i++;
      if (this.src.charAt(i) !== '}') this.fail('non-hex character in \\x{} (closing brace missing?)', i);
      if (i === digitsStart) this.fail('digits missing in \\x{} or \\o{} or \\N{U+}', i);
      const value = parseInt(this.src.slice(digitsStart, i), 16);
      if (value > (this.utf ? 0x10ffff : 0xff))
        this.fail('character code point value in \\x{} or \\o{} is too large', i);
      this.pos = i + 1;
      return value;
    }
    const m = /^[0-9a-fA-F]{0,2}/.exec(this.src.slice(this.pos, this.pos + 2))!;
    this.pos += m[0].length;
    return m[0] === '' ? 0 : parseInt(m[0], 16);
  }

  readBracedOctal(): number {
    this.pos++;
    if (this.peek() !== '{') this.fail('missing opening brace after \\o', this.pos - 1);
    const digitsStart = this.pos + 1;
    let i = digitsStart;
    while (/[0-7]/.test(this.src.charAt(i))) i++;
    if (this.src.charAt(i) !== '}') this.fail('non-octal character in \\o{} (closing brace missing?)', i);
    if (i === digitsStart) this.fail('digits missing in \\x{} or \\o{} or \\N{U+}', i);
    const value = parseInt(this.src.slice(digitsStart, i), 8);
    if (value > (this.utf ? 0x10ffff : 0xff))
      this.fail('character code point value in \\x{} or \\o{} is too large', i);
    this.pos = i + 1;
    return value;
  }

  /** `\d`, `\w`, `\s`, `\h`, `\v`, `\N`, `\C`, `\p{…}` and their negations; consumes only the letter (and `\p`'s name). */
  escapedSet(c: string): CharSet | undefined {
    const lower = c.toLowerCase();
    const named = ESCAPED_SETS[lower];
    // The upper-case letter is the complement: `\D` is every character `\d` is not.
    if (named) return c === lower ? named : named.complement();
    switch (c) {
      case 'N':
        // `\N` never matches a line feed, whatever `(?s)` says.
        return CHAR_CLASSES.dot;
      case 'C':
        return CHAR_CLASSES.any;
      case 'p':
      case 'P': {
        // Unicode properties: their byte sets are not modelled; any byte may match.
        const next = this.peek(1);
        if (next === '{') {
          const close = this.src.indexOf('}', this.pos + 2);
          if (close < 0 || close === this.pos + 2) this.fail('malformed \\P or \\p sequence');
          this.pos = close;
        } else if (/[A-Za-z]/.test(next)) this.pos++;
        else this.fail('malformed \\P or \\p sequence');
        return CHAR_CLASSES.any;
      }
    }
    return undefined;
  }

  parseQuoted(flags: Flags): Piece {
    const end = this.src.indexOf('\\E', this.pos);
    const textEnd = end < 0 ? this.src.length : end;
    const text = this.src.slice(this.pos, textEnd);
    if (text.length === 0) {
      this.pos = end < 0 ? textEnd : end + 2;
      return { kind: 'transparent' };
    }
    const items: RegexNode[] = [];
    for (let k = 0; k < text.length; k++) {
      const at = this.toSource(this.pos + k);
      items.push({
        type: 'char',
        set: this.literalSet(text.charCodeAt(k), flags),
        literal: true,
        start: at,
        end: this.toSource(this.pos + k + 1),
      });
    }
    this.pos = end < 0 ? textEnd : end + 2;
    return { kind: 'many', nodes: items };
  }

  parseNumericEscape(flags: Flags, start: number): Piece {
    const digits = /^\d+/.exec(this.src.slice(this.pos, this.pos + 12))![0];
    const n = Number(digits);
    const first = digits.charAt(0);
    if (n < 10 || first === '8' || first === '9' || n <= this.groupCount) {
      this.pos += digits.length;
      this.references.push({ kind: 'number', n, offset: start + 1 });
      return {
        kind: 'node',
        node: { type: 'backref', start: this.toSource(start), end: this.toSource(this.pos) },
        repeatable: true,
      };
    }
    const octal = /^[0-7]{1,3}/.exec(digits)![0];
    this.pos += octal.length;
    const code = this.checkOctal(parseInt(octal, 8));
    return this.char(this.literalSet(code, flags), start, true);
  }

  backref(start: number): Piece {
    return {
      kind: 'node',
      node: { type: 'backref', start: this.toSource(start), end: this.toSource(this.pos) },
      repeatable: true,
    };
  }

  /** `\g{n}`, `\g{-n}`, `\gn`, `\g-n`, `\g{name}` (back-references); `\g<…>`, `\g'…'` (subroutine calls). */
  parseGReference(start: number): Piece {
    const rest = this.src.slice(this.pos, this.pos + 40);
    const braced = /^\{(-?\d+|[A-Za-z_]\w*)\}/.exec(rest);
    const plain = /^(-?\d+)/.exec(rest);
    const call = /^(?:<([^>]*)>|'([^']*)')/.exec(rest);
    const target = braced?.[1] ?? plain?.[1];
    if (target !== undefined) {
      this.pos += (braced ?? plain)![0].length;
      this.addReference(target, start + 2);
      return this.backref(start);
    }
    if (call) {
      this.pos += call[0].length;
      const name = call[1] ?? call[2] ?? '';
      if (/^[+-]?\d+$/.test(name)) {
        if (!name.startsWith('+')) this.addReference(name, start + 3);
      } else if (name !== '') this.references.push({ kind: 'name', name, offset: start + 3 });
      return this.opaque(start, true);
    }
    return this.fail(
      '\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number',
      start + 2,
    );
  }

  parseKReference(start: number): Piece {
    const m = /^(?:<([^>]*)>|'([^']*)'|\{([^}]*)\})/.exec(this.src.slice(this.pos, this.pos + 40));
    if (!m) return this.fail('\\k is not followed by a braced, angle-bracketed, or quoted name', start + 2);
    this.pos += m[0].length;
    const name = m[1] ?? m[2] ?? m[3] ?? '';
    this.checkName(name, start + 3);
    this.references.push({ kind: 'name', name, offset: start + 3 });
    return this.backref(start);
  }

  /** A numbered reference: absolute (`2`) or relative to the groups opened so far (`-1`). */
  addReference(target: string, offset: number): void {
    if (!/^-?\d+$/.test(target)) {
      this.references.push({ kind: 'name', name: target, offset });
      return;
    }
    let n = Number(target);
    if (target.startsWith('-')) {
      n = this.groupCount + n + 1;
      if (n <= 0) this.fail('reference to non-existent subpattern', offset);
    }
    if (n === 0 && !target.startsWith('-')) this.fail('a relative value of zero is not allowed', offset);
    this.references.push({ kind: 'number', n, offset });
  }

  checkName(name: string, offset: number): void {
    if (name === '') this.fail('subpattern name expected', offset);
    if (/^\d/.test(name)) this.fail('subpattern name must start with a non-digit', offset);
    if (!/^\w+$/.test(name)) this.fail('syntax error in subpattern name (missing terminator?)', offset);
    if (name.length > MAX_NAME_LENGTH)
      this.fail('subpattern name is too long (maximum 32 code units)', offset);
  }

  parseClass(flags: Flags): Piece {
    const start = this.pos;
    if (this.src.startsWith('[[:<:]]', this.pos) || this.src.startsWith('[[:>:]]', this.pos)) {
      this.pos += 7;
      return this.assertion('word', start);
    }
    if (/^\[([:.=])\^?[A-Za-z]*\1\]/.test(this.src.slice(this.pos, this.pos + 20)))
      this.fail('POSIX named classes are supported only within a class');
    this.pos++;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    let set = CharSet.empty();
    let first = true;
    this.classQuoting = false;
    /** The previous item, when it was a single character that may start a range. */
    let rangeStart: number | undefined;
    /** The previous item was a class (`\d`, `[:alpha:]`): it may not start a range. */
    let previousWasSet = false;
    for (;;) {
      if (this.atEnd()) this.fail('missing terminating ] for character class', this.src.length);
      const c = this.peek();
      if (!this.classQuoting) {
        if (flags.xx && (c === ' ' || c === '\t')) {
          this.pos++;
          continue;
        }
        if (c === ']' && !first) {
          this.pos++;
          break;
        }
      }
      // `[\Q\E]a]`: an empty quote at the start leaves the `]` literal.
      const item = this.readClassItem(flags, true);
      if (item.kind === 'none') continue;
      first = false;
      if (item.kind === 'set') {
        set = set.union(item.set);
        rangeStart = undefined;
        previousWasSet = true;
        continue;
      }
      // A `-` between two single characters makes a range.
      if (
        !item.quoted &&
        item.code === 45 &&
        (rangeStart !== undefined || previousWasSet) &&
        this.peek() !== ']' &&
        !this.atEnd()
      ) {
        const dashAt = this.pos - 1;
        if (previousWasSet) this.fail('invalid range in character class', dashAt);
        let end = this.readClassItem(flags, false);
        while (end.kind === 'none' && this.classQuoting) end = this.readClassItem(flags, false);
        if (end.kind === 'set') this.fail('invalid range in character class', this.pos);
        if (end.kind === 'char') {
          if (end.code < rangeStart!) this.fail('range out of order in character class', this.pos - 1);
          set = set.union(CharSet.range(rangeStart!, end.code));
          rangeStart = undefined;
          continue;
        }
        // `[a-\E]`: nothing after the dash, which is then a literal.
        set = set.union(CharSet.of(45));
        rangeStart = undefined;
        continue;
      }
      set = set.union(CharSet.of(item.code));
      rangeStart = item.code;
      previousWasSet = false;
    }
    if (flags.i) set = set.caseFolded();
    if (negated) set = set.complement();
    return this.char(set, start, false);
  }

  /** One item of a bracket expression: a character, a class (`\d`, `[:alpha:]`), or nothing (`\E`, `\Q`). */
  readClassItem(
    flags: Flags,
    allowPosix: boolean,
  ): { kind: 'char'; code: number; quoted: boolean } | { kind: 'set'; set: CharSet } | { kind: 'none' } {
    if (this.atEnd()) this.fail('missing terminating ] for character class', this.src.length);
    const c = this.peek();
    if (this.classQuoting) {
      if (c === '\\' && this.peek(1) === 'E') {
        this.classQuoting = false;
        this.pos += 2;
        return { kind: 'none' };
      }
      this.pos++;
      return { kind: 'char', code: this.clamp(c.charCodeAt(0)), quoted: true };
    }
    if (c === '[') {
      const next = this.peek(1);
      if ((next === '.' || next === '=') && this.src.indexOf(next + ']', this.pos + 2) >= 0)
        this.fail('POSIX collating elements are not supported');
      if (next === ':') {
        const m = /^\[:(\^?)([A-Za-z]*):\]/.exec(this.src.slice(this.pos, this.pos + 20));
        if (m) {
          const posix = posixClass(m[2]!);
          if (!posix) this.fail('unknown POSIX class name', this.pos + 2);
          if (!allowPosix) this.fail('invalid range in character class', this.pos);
          this.pos += m[0].length;
          return { kind: 'set', set: m[1] ? posix.complement() : posix };
        }
      }
    }
    if (c === '\\') {
      const start = this.pos;
      this.pos++;
      if (this.atEnd()) this.fail('missing terminating ] for character class', this.src.length);
      const e = this.peek();
      if (e === 'B' || e === 'R' || e === 'X') this.fail('escape sequence is invalid in character class');
      if (e === 'N' && this.peek(1) !== '{') {
        this.pos++;
        this.fail('\\N is not supported in a class');
      }
      if (e === 'E' || e === 'Q') {
        this.pos++;
        this.classQuoting = e === 'Q';
        return { kind: 'none' };
      }
      const code = this.escapedCharCode(e, true);
      if (code !== undefined) return { kind: 'char', code: this.clamp(code), quoted: true };
      const set = this.escapedSet(e);
      if (set) {
        this.pos++;
        return { kind: 'set', set };
      }
      return this.fail('unrecognized character follows \\', start + 1);
    }
    this.pos++;
    return { kind: 'char', code: this.clamp(c.charCodeAt(0)), quoted: false };
  }

  /** In UTF mode a code point above 255 stands for "some non-ASCII character" (byte 255). */
  clamp(code: number): number {
    return this.utf && code > 255 ? 255 : code;
  }

  parseGroup(outer: Flags, depth: number): Piece {
    const start = this.pos;
    if (depth + 1 > MAX_NESTING) this.fail('parentheses are too deeply nested', start);
    this.pos++;
    const flags = { ...outer };
    let kind: GroupKind = 'capture';
    let name: string | undefined;
    let branchReset = false;
    if (this.peek() === '*') return this.parseVerb(flags, depth, start);
    if (this.peek() === '?') {
      this.pos++;
      const c = this.peek();
      const c2 = this.peek(1);
      if (c === '#') {
        const close = this.src.indexOf(')', this.pos);
        if (close < 0) this.fail('missing ) after (?# comment', this.src.length);
        this.pos = close + 1;
        return { kind: 'transparent' };
      }
      if (c === ':') {
        kind = 'group';
        this.pos++;
      } else if (c === '|') {
        kind = 'group';
        branchReset = true;
        this.pos++;
      } else if (c === '>') {
        kind = 'atomic';
        this.pos++;
      } else if (c === '=') {
        kind = 'lookahead';
        this.pos++;
      } else if (c === '!') {
        kind = 'negative-lookahead';
        this.pos++;
      } else if (c === '<' && (c2 === '=' || c2 === '!')) {
        kind = c2 === '=' ? 'lookbehind' : 'negative-lookbehind';
        this.pos += 2;
      } else if (c === '<' || c === "'" || (c === 'P' && c2 === '<')) {
        this.pos += c === 'P' ? 2 : 1;
        name = this.readGroupName(c === "'" ? "'" : '>');
      } else if (c === 'P' && (c2 === '=' || c2 === '>')) {
        this.pos += 2;
        const close = this.src.indexOf(')', this.pos);
        const refName = this.src.slice(this.pos, close < 0 ? this.src.length : close);
        this.checkName(refName, this.pos);
        this.references.push({ kind: 'name', name: refName, offset: this.pos });
        if (close < 0) this.fail('missing closing parenthesis', this.src.length);
        this.pos = close + 1;
        return c2 === '=' ? this.backref(start) : this.opaque(start, true);
      } else if (c === '&') {
        this.pos++;
        const close = this.src.indexOf(')', this.pos);
        const refName = this.src.slice(this.pos, close < 0 ? this.src.length : close);
        this.checkName(refName, this.pos);
        this.references.push({ kind: 'name', name: refName, offset: this.pos });
        if (close < 0) this.fail('missing closing parenthesis', this.src.length);
        this.pos = close + 1;
        return this.opaque(start, true);
      } else if (
        c === 'R' ||
        (/[0-9+-]/.test(c) && /^[+-]?\d+\)/.test(this.src.slice(this.pos, this.pos + 12)))
      ) {
        return this.parseRecursion(start);
      } else if (c === '(') {
        return this.parseConditional(flags, depth, start);
      } else if (c === 'C') {
        const close = this.src.indexOf(')', this.pos);
        if (close < 0) this.fail('missing closing parenthesis', this.src.length);
        this.pos = close + 1;
        return { kind: 'barrier' };
      } else {
        const scoped = this.parseOptionLetters(flags);
        if (scoped === 'setting') {
          // `(?i)` changes the rest of the enclosing group (its later alternatives too).
          Object.assign(outer, flags);
          return { kind: 'barrier' };
        }
        kind = 'group';
      }
    } else if (flags.n) kind = 'group';
    return this.finishGroup(flags, depth, start, kind, name, branchReset);
  }

  finishGroup(
    flags: Flags,
    depth: number,
    start: number,
    kind: GroupKind,
    name: string | undefined,
    branchReset: boolean,
  ): Piece {
    let index: number | undefined;
    if (kind === 'capture' || name !== undefined) {
      kind = 'capture';
      index = ++this.groupCount;
      if (name !== undefined) {
        if (this.names.has(name) && !flags.J)
          this.fail('two named subpatterns have the same name (PCRE2_DUPNAMES not set)');
        if (!this.names.has(name)) this.names.set(name, index);
      }
    }
    const lookaround = kind.includes('look');
    if (lookaround) this.lookaroundDepth++;
    const body = this.parseAlternation(flags, depth + 1, branchReset);
    if (lookaround) this.lookaroundDepth--;
    if (this.peek() !== ')') this.fail('missing closing parenthesis', this.src.length);
    this.pos++;
    const node: GroupNode = {
      type: 'group',
      kind,
      body,
      start: this.toSource(start),
      end: this.toSource(this.pos),
    };
    if (index !== undefined) {
      node.index = index;
      this.groups.set(index, node);
    }
    if (name !== undefined) node.name = name;
    if (kind === 'lookbehind' || kind === 'negative-lookbehind') {
      const branches = body.type === 'alt' ? body.branches : [body];
      if (branches.some((b) => widthOf(b) === 'variable'))
        this.fail('lookbehind assertion is not fixed length', start);
    }
    return { kind: 'node', node, repeatable: true };
  }

  readGroupName(terminator: string): string {
    const nameStart = this.pos;
    const m = /^\w*/.exec(this.src.slice(this.pos, this.pos + 64))![0];
    this.pos += m.length;
    if (m === '' && this.peek() === terminator) this.fail('subpattern name expected');
    if (/^\d/.test(m)) this.fail('subpattern name must start with a non-digit', nameStart);
    if (m.length > MAX_NAME_LENGTH) this.fail('subpattern name is too long (maximum 32 code units)');
    if (this.peek() !== terminator) this.fail('syntax error in subpattern name (missing terminator?)');
    this.pos++;
    return m;
  }

  /** `(?i)`, `(?-i)`, `(?^)`: a setting ('setting') or the start of a scoped group `(?i:…)` ('group'). */
  parseOptionLetters(flags: Flags): 'setting' | 'group' {
    let on = true;
    if (this.peek() === '^') {
      Object.assign(flags, { i: false, x: false, xx: false, s: false, n: false });
      this.pos++;
    }
    for (;;) {
      const c = this.peek();
      if (c === ')') {
        this.pos++;
        return 'setting';
      }
      if (c === ':') {
        this.pos++;
        return 'group';
      }
      if (c === '-' && on) {
        on = false;
        this.pos++;
        continue;
      }
      if (this.atEnd()) this.fail('missing closing parenthesis', this.src.length);
      switch (c) {
        case 'i':
          flags.i = on;
          break;
        case 's':
          flags.s = on;
          break;
        case 'n':
          flags.n = on;
          break;
        case 'x':
          if (on && flags.x && this.src.charAt(this.pos - 1) === 'x') flags.xx = true;
          flags.x = on;
          if (!on) flags.xx = false;
          break;
        case 'J':
          flags.J = on;
          break;
        case 'm':
        case 'U':
          break;
        default:
          if (c === 'P' && this.pos + 1 >= this.src.length)
            this.fail('missing closing parenthesis', this.src.length);
          this.fail('unrecognized character after (? or (?-');
      }
      this.pos++;
    }
  }

  parseRecursion(start: number): Piece {
    if (this.peek() === 'R') {
      this.pos++;
      if (this.peek() !== ')')
        this.fail('(?R (recursive pattern call) must be followed by a closing parenthesis');
      this.pos++;
      return this.opaque(start, true);
    }
    const m = /^([+-]?)(\d+)\)/.exec(this.src.slice(this.pos, this.pos + 12))!;
    const offset = this.pos + m[0].length - 1;
    const n = Number(m[2]);
    if (m[1] === '-') {
      if (this.groupCount - n + 1 <= 0) this.fail('reference to non-existent subpattern', offset);
    } else if (m[1] === '') {
      if (n > 0) this.references.push({ kind: 'number', n, offset });
    } else this.references.push({ kind: 'number', n: this.groupCount + n, offset });
    this.pos += m[0].length;
    return this.opaque(start, true);
  }

  parseConditional(flags: Flags, depth: number, start: number): Piece {
    this.pos++;
    const conditionAt = this.pos - 1;
    if (this.peek() === '?' || this.peek() === '*') {
      // An assertion condition: parsed as a group of its own.
      this.pos--;
      this.parseGroup(flags, depth + 1);
    } else {
      const close = this.src.indexOf(')', this.pos);
      if (close < 0) this.fail('missing closing parenthesis', this.src.length);
      const condition = this.src.slice(this.pos, close);
      const number = /^[+-]?\d+$/.test(condition) ? condition : undefined;
      const named = /^<(\w+)>$|^'(\w+)'$/.exec(condition);
      if (number !== undefined && !/^[+-]/.test(number)) {
        this.references.push({ kind: 'number', n: Number(number), offset: conditionAt });
      } else if (named) {
        this.references.push({ kind: 'name', name: named[1] ?? named[2]!, offset: conditionAt });
      } else if (/^\w+$/.test(condition) && condition !== 'DEFINE' && !/^R(\d+|&\w+)?$/.test(condition)) {
        this.references.push({ kind: 'name', name: condition, offset: conditionAt });
      }
      this.pos = close + 1;
    }
    const body = this.parseAlternation(flags, depth + 1, false);
    if (body.type === 'alt' && body.branches.length > 2)
      this.fail('conditional subpattern contains more than two branches', start);
    if (this.peek() !== ')') this.fail('missing closing parenthesis', this.src.length);
    this.pos++;
    const node: GroupNode = {
      type: 'group',
      kind: 'conditional',
      body,
      start: this.toSource(start),
      end: this.toSource(this.pos),
    };
    return { kind: 'node', node, repeatable: true };
  }

  /** `(*VERB)`, `(*VERB:arg)`, start-of-pattern settings, and alpha assertions `(*pla:…)`. */
  parseVerb(flags: Flags, depth: number, start: number): Piece {
    this.pos++;
    const m = /^[A-Za-z_]*/.exec(this.src.slice(this.pos, this.pos + 40))![0];
    this.pos += m.length;
    if (m !== '' && m === m.toLowerCase() && this.peek() === ':') {
      const kind = ALPHA_ASSERTIONS[m];
      if (!kind) this.fail('(*alpha_assertion) not recognized');
      this.pos++;
      return this.finishGroup(flags, depth, start, kind, undefined, false);
    }
    const close = this.src.indexOf(')', this.pos);
    if (close < 0) this.fail('missing closing parenthesis', this.src.length);
    const argument = this.src.slice(this.pos, close);
    this.pos = close + 1;
    if (start === 0 || this.src.slice(0, start).match(/^(\(\*[A-Z_0-9=]+\))+$/)) {
      if (START_SETTINGS.has(m) && argument === '') return { kind: 'barrier' };
      if (START_LIMITS.test(m + argument)) return { kind: 'barrier' };
    }
    if (!VERBS.has(m)) this.fail('(*VERB) not recognized or malformed', close);
    if ((m === 'MARK' || m === '') && !argument.startsWith(':'))
      this.fail('(*MARK) must have an argument', close);
    return this.opaque(start, false);
  }
}

/** Fixed width of a node in characters, 'variable', or 'unknown' (back-references, recursion). */
export function widthOf(node: RegexNode): number | 'variable' | 'unknown' {
  switch (node.type) {
    case 'char':
      return 1;
    case 'assert':
      return 0;
    case 'backref':
      return 'unknown';
    case 'opaque':
      return node.consumes ? 'variable' : 0;
    case 'seq': {
      let total = 0;
      let unknown = false;
      for (const item of node.items) {
        const w = widthOf(item);
        if (w === 'variable') return 'variable';
        if (w === 'unknown') unknown = true;
        else total += w;
      }
      return unknown ? 'unknown' : total;
    }
    case 'alt': {
      let width: number | undefined;
      let unknown = false;
      for (const branch of node.branches) {
        const w = widthOf(branch);
        if (w === 'variable') return 'variable';
        if (w === 'unknown') unknown = true;
        else if (width === undefined) width = w;
        else if (w !== width) return 'variable';
      }
      return unknown || width === undefined ? 'unknown' : width;
    }
    case 'group':
      if (node.kind.includes('look')) return 0;
      if (node.kind === 'conditional') return 'unknown';
      return widthOf(node.body);
    case 'repeat': {
      if (node.max === 0) return 0;
      if (node.min !== node.max) return 'variable';
      const w = widthOf(node.body);
      return typeof w === 'number' ? w * node.min : w;
    }
  }
}

/**
 * PCRE2 reads the pattern as bytes: a non-ASCII character of the config is its UTF-8 bytes.
 * Returns that byte string and a map from byte offsets back to source offsets.
 */
function asBytes(source: string): { text: string; toSource: (offset: number) => number } {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(source)) return { text: source, toSource: (o) => o };
  const encoder = new TextEncoder();
  const bytes = encoder.encode(source);
  let text = '';
  const back: number[] = [];
  let sourceIndex = 0;
  for (const ch of source) {
    const length = encoder.encode(ch).length;
    for (let k = 0; k < length; k++) back.push(sourceIndex);
    sourceIndex += ch.length;
  }
  for (let k = 0; k < bytes.length; k++) text += String.fromCharCode(bytes[k]!);
  back.push(sourceIndex);
  return { text, toSource: (o) => back[Math.min(o, back.length - 1)] ?? source.length };
}

function parseUncached(source: string, caseInsensitive: boolean): ParsedRegex {
  const utf = /^(\(\*[A-Z_0-9=]+\))*\(\*UTF8?\)/.test(source);
  const { text, toSource } = utf ? { text: source, toSource: (o: number) => o } : asBytes(source);
  const parser = new Parser(text, utf, toSource);
  const flags: Flags = { i: caseInsensitive, x: false, xx: false, s: false, n: false, J: false };
  const result: ParsedRegex = {
    source,
    caseInsensitive,
    root: undefined,
    error: undefined,
    groupCount: 0,
    names: parser.names,
    groups: parser.groups,
  };
  try {
    result.root = parser.parsePattern(flags);
  } catch (problem) {
    if (!(problem instanceof SyntaxProblem)) throw problem;
    result.error = { message: problem.message, offset: toSource(Math.min(problem.offset, text.length)) };
  }
  result.groupCount = parser.groupCount;
  return result;
}

const cache = new Map<string, ParsedRegex>();
const CACHE_LIMIT = 4000;

/**
 * The pattern read as PCRE2 reads it. Several rules ask about the same regexes in one lint:
 * results are cached (the cache is dropped whole when it grows past a few thousand patterns).
 */
export function parseRegex(source: string, caseInsensitive = false): ParsedRegex {
  const key = (caseInsensitive ? 'i:' : 's:') + source;
  let hit = cache.get(key);
  if (!hit) {
    hit = parseUncached(source, caseInsensitive);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

/** Visits every node depth-first (explicit stack). Returning false skips the node's children. */
export function walkRegex(root: RegexNode, visit: (node: RegexNode) => boolean | void): void {
  const stack: RegexNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    switch (node.type) {
      case 'seq':
        for (let k = node.items.length - 1; k >= 0; k--) stack.push(node.items[k]!);
        break;
      case 'alt':
        for (let k = node.branches.length - 1; k >= 0; k--) stack.push(node.branches[k]!);
        break;
      case 'group':
      case 'repeat':
        stack.push(node.body);
        break;
    }
  }
}
