/**
 * Sets of bytes, as nginx's PCRE sees characters: nginx compiles regexes without UTF mode, so a
 * character is one byte (0–255) and a non-ASCII letter of the config is several of them.
 * Immutable; every operation returns a new set. 256 bits in eight 32-bit words.
 */
export class CharSet {
  private constructor(private readonly words: Uint32Array) {}

  static empty(): CharSet {
    return new CharSet(new Uint32Array(8));
  }

  static all(): CharSet {
    return new CharSet(new Uint32Array(8).fill(0xffffffff));
  }

  static of(...codes: number[]): CharSet {
    const words = new Uint32Array(8);
    for (const code of codes) setBit(words, code);
    return new CharSet(words);
  }

  static range(from: number, to: number): CharSet {
    const words = new Uint32Array(8);
    for (let c = Math.max(0, from); c <= Math.min(255, to); c++) setBit(words, c);
    return new CharSet(words);
  }

  static fromString(chars: string): CharSet {
    const words = new Uint32Array(8);
    for (let i = 0; i < chars.length; i++) setBit(words, chars.charCodeAt(i));
    return new CharSet(words);
  }

  has(code: number): boolean {
    if (code < 0 || code > 255) return false;
    return (this.words[code >>> 5]! & (1 << (code & 31))) !== 0;
  }

  hasChar(char: string): boolean {
    return this.has(char.charCodeAt(0));
  }

  union(other: CharSet): CharSet {
    const words = new Uint32Array(8);
    for (let i = 0; i < 8; i++) words[i] = this.words[i]! | other.words[i]!;
    return new CharSet(words);
  }

  intersect(other: CharSet): CharSet {
    const words = new Uint32Array(8);
    for (let i = 0; i < 8; i++) words[i] = this.words[i]! & other.words[i]!;
    return new CharSet(words);
  }

  complement(): CharSet {
    const words = new Uint32Array(8);
    for (let i = 0; i < 8; i++) words[i] = ~this.words[i]! >>> 0;
    return new CharSet(words);
  }

  intersects(other: CharSet): boolean {
    for (let i = 0; i < 8; i++) if ((this.words[i]! & other.words[i]!) !== 0) return true;
    return false;
  }

  isEmpty(): boolean {
    for (let i = 0; i < 8; i++) if (this.words[i] !== 0) return false;
    return true;
  }

  /** Whether every member of this set is in `other`. */
  isSubsetOf(other: CharSet): boolean {
    for (let i = 0; i < 8; i++) if ((this.words[i]! & ~other.words[i]!) !== 0) return false;
    return true;
  }

  size(): number {
    let n = 0;
    for (let i = 0; i < 8; i++) {
      let w = this.words[i]!;
      while (w !== 0) {
        w &= w - 1;
        n++;
      }
    }
    return n;
  }

  /** The smallest member, or undefined for the empty set. */
  first(): number | undefined {
    for (let i = 0; i < 8; i++) {
      const w = this.words[i]!;
      // The lowest set bit of the word: 31 - clz32(w & -w).
      if (w !== 0) return i * 32 + 31 - Math.clz32(w & -w);
    }
    return undefined;
  }

  /** A member, preferring the characters of `preferred` in their order. */
  pick(preferred: string): number | undefined {
    for (let i = 0; i < preferred.length; i++) {
      const code = preferred.charCodeAt(i);
      if (this.has(code)) return code;
    }
    return this.first();
  }

  /** The same set plus the other case of every ASCII letter in it (PCRE's caseless matching without UTF). */
  caseFolded(): CharSet {
    const words = this.words.slice();
    for (let c = 65; c <= 90; c++) {
      if (this.has(c) || this.has(c + 32)) {
        setBit(words, c);
        setBit(words, c + 32);
      }
    }
    return new CharSet(words);
  }
}

function setBit(words: Uint32Array, code: number): void {
  if (code < 0 || code > 255) return;
  words[code >>> 5] = (words[code >>> 5]! | (1 << (code & 31))) >>> 0;
}

const DIGITS = CharSet.range(48, 57);
/** PCRE's default (C locale) tables: `\w` is ASCII letters, digits and `_`. */
const WORD = CharSet.range(65, 90).union(CharSet.range(97, 122)).union(DIGITS).union(CharSet.of(95));
/** `\s`: space, \t, \n, \v, \f, \r (PCRE2 includes VT). */
const SPACE = CharSet.of(32, 9, 10, 11, 12, 13);
/** `\h`: horizontal space in non-UTF mode: tab, space, NBSP. */
const HSPACE = CharSet.of(9, 32, 0xa0);
/** `\v`: vertical space in non-UTF mode: LF, VT, FF, CR, NEL. */
const VSPACE = CharSet.of(10, 11, 12, 13, 0x85);

export const CHAR_CLASSES = {
  digit: DIGITS,
  word: WORD,
  space: SPACE,
  hspace: HSPACE,
  vspace: VSPACE,
  /** `.` without `(?s)`: anything but a line feed. */
  dot: CharSet.of(10).complement(),
  any: CharSet.all(),
} as const;

const POSIX: Record<string, CharSet> = {
  alpha: CharSet.range(65, 90).union(CharSet.range(97, 122)),
  digit: DIGITS,
  alnum: CharSet.range(65, 90).union(CharSet.range(97, 122)).union(DIGITS),
  upper: CharSet.range(65, 90),
  lower: CharSet.range(97, 122),
  space: SPACE,
  blank: CharSet.of(9, 32),
  cntrl: CharSet.range(0, 31).union(CharSet.of(127)),
  graph: CharSet.range(33, 126),
  print: CharSet.range(32, 126),
  punct: CharSet.range(33, 47)
    .union(CharSet.range(58, 64))
    .union(CharSet.range(91, 96))
    .union(CharSet.range(123, 126)),
  xdigit: DIGITS.union(CharSet.range(65, 70)).union(CharSet.range(97, 102)),
  word: WORD,
  ascii: CharSet.range(0, 127),
};

/** A POSIX class of a bracket expression (`[:alpha:]`), or undefined for a name PCRE does not know. */
export function posixClass(name: string): CharSet | undefined {
  return POSIX[name];
}
