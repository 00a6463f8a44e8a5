import type { Position, Range } from '../../engine/types.ts';
import type { Quote, RawLanguage } from './ast.ts';
import type { ProblemList } from './problem-list.ts';
import { makeRange } from './source-nodes.ts';

/**
 * nginx's lexer, as `ngx_conf_read_token` (src/core/ngx_conf_file.c) reads a configuration:
 * - a token ends at a space, tab, CR, LF, `;` or `{`; `}` and `#` end nothing inside a token
 *   (`a}b` and `a#b` are one token) and only mean something where a token starts;
 * - `\` makes the next character part of the token, whatever it is (`A\;B` is one token);
 * - `{` right after `$` belongs to the token (`${var}`);
 * - a quote starts a quoted token only where a token starts, and after the closing quote
 *   nginx wants a space, `;`, `{` or `)` (the `)` of `if ($a = "b")`).
 * Where nginx stops with an error, this lexer records a problem and goes on, so that the rest
 * of the file is still read. Positions are tracked while scanning (no search per token).
 */

export type TokenKind = 'word' | 'semicolon' | 'open' | 'close' | 'comment' | 'eof';

/**
 * The current token. The lexer reuses one object for every token, and keeps its position as
 * numbers (`tokenRange` makes a `Range`), so that parsing allocates only what the tree keeps:
 * read it before calling `next()` again.
 */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  /** For a `word`: its value (quotes removed, escapes resolved). */
  value: string;
  /** For a `word`: its source text, quotes included. */
  raw: string;
  /** For a `word`: how it is quoted. */
  quote: Quote;
  /** For a `comment`: the text after `#`. */
  text: string;
  /** No other token precedes this one on its line. */
  firstOnLine: boolean;
  /** A quoted token whose closing quote is missing (it was cut at the end of its first line). */
  unterminated: boolean;
}

/** The range of a token, as a new object. */
export function tokenRange(token: Token): Range {
  return makeRange(token.startLine, token.startCharacter, token.endLine, token.endCharacter);
}

export interface RawScan {
  bodyStart: number;
  bodyEnd: number;
  bodyRange: Range;
  /** Range of the closing `}`, undefined when the end of the text came first. */
  closeRange: Range | undefined;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const SQUOTE = 39;
const RPAREN = 41;
const SEMI = 59;
const BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;
const BOM = 0xfeff;

/** A `{n}`, `{n,}`, `{n,m}` or `{,m}` regex quantifier (bounded lengths keep the test constant-time). */
const QUANTIFIER = /\{(?:\d{1,6}(?:,\d{0,6})?|,\d{1,6})\}/y;

export class Tokenizer {
  private pos: number;
  private line: number;
  private lineStart: number;
  private lastTokenLine = -1;

  /**
   * Reads `text` from `start` to `end`; `line`/`lineStart` are the line of `start` and the
   * offset where that line begins (a dump is read one part at a time).
   */
  constructor(
    readonly text: string,
    start: number,
    readonly end: number,
    line: number,
    lineStart: number,
    private readonly problems: ProblemList,
  ) {
    this.pos = start;
    this.line = line;
    this.lineStart = lineStart;
    if (start === 0 && text.charCodeAt(0) === BOM) this.pos = 1;
  }

  next(): Token {
    const { text, end } = this;
    let i = this.pos;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) this.lineBreakAt(i);
      else if (c !== SPACE && c !== TAB) break;
    }
    if (i >= end) {
      this.pos = end;
      return this.token('eof', end, end);
    }
    const c = text.charCodeAt(i);
    switch (c) {
      case SEMI:
        return this.punctuation('semicolon', i);
      case LBRACE:
        return this.punctuation('open', i);
      case RBRACE:
        return this.punctuation('close', i);
      case HASH:
        return this.comment(i);
      case DQUOTE:
      case SQUOTE:
        return this.quoted(i, c);
      default:
        return this.word(i);
    }
  }

  /**
   * Skips the body of a raw block whose `{` was just read, to its matching `}`, with the
   * string and comment syntax of its language (so a `}` in a Lua string does not end it).
   */
  scanRawBody(language: RawLanguage): RawScan {
    const { text, end } = this;
    const bodyStart = this.pos;
    const startPosition = this.position(bodyStart);
    let depth = 1;
    let i = bodyStart;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        this.lineBreakAt(i);
        i++;
      } else if (c === LBRACE) {
        depth++;
        i++;
      } else if (c === RBRACE) {
        depth--;
        if (depth === 0) break;
        i++;
      } else if (c === DQUOTE || c === SQUOTE || (c === 96 && language !== 'lua')) {
        i = this.skipCodeString(i, c, language === 'lua');
      } else if (language === 'lua') {
        i = this.skipLuaSpecial(i, c);
      } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
        i = this.skipToLineEnd(i);
      } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
        const close = text.indexOf('*/', i + 2);
        i = this.advanceTo(i, close === -1 || close + 2 > end ? end : close + 2);
      } else {
        i++;
      }
    }
    const bodyEnd = Math.min(i, end);
    const bodyRange = { start: startPosition, end: this.position(bodyEnd) };
    let closeRange: Range | undefined;
    if (i < end) {
      closeRange = { start: this.position(i), end: this.position(i + 1) };
      this.pos = i + 1;
      this.lastTokenLine = this.line;
    } else {
      this.pos = end;
    }
    return { bodyStart, bodyEnd, bodyRange, closeRange };
  }

  /** The position of an offset at or after the start of the current line. */
  position(offset: number): Position {
    return { line: this.line, character: offset - this.lineStart };
  }

  private newline(offset: number): void {
    this.line++;
    this.lineStart = offset + 1;
  }

  /**
   * Counts the line break at `offset` if there is one: an LF, or a CR that no LF follows. nginx
   * itself reads a lone CR as a blank, but positions are LSP's, where a lone CR ends a line (an
   * editor shows it so, and LineIndex counts it), so ranges stay on the line the user sees.
   */
  private lineBreakAt(offset: number): void {
    const c = this.text.charCodeAt(offset);
    if (c === LF || (c === CR && this.text.charCodeAt(offset + 1) !== LF)) this.newline(offset);
  }

  /** The offset of the first LF or CR at or after `from` (the end of its line for an editor), or `end`. */
  private lineBreakFrom(from: number): number {
    const { text, end } = this;
    for (let k = from; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === LF || c === CR) return k;
    }
    return end;
  }

  private readonly current: Token = {
    kind: 'eof',
    start: 0,
    end: 0,
    startLine: 0,
    startCharacter: 0,
    endLine: 0,
    endCharacter: 0,
    value: '',
    raw: '',
    quote: null,
    text: '',
    firstOnLine: false,
    unterminated: false,
  };

  /**
   * Fills the shared token. `fromLine`/`fromCharacter` are the start's position when it was
   * taken before scanning moved to later lines (a quoted string over several lines); by default
   * the start is on the current line.
   */
  private token(
    kind: TokenKind,
    start: number,
    end: number,
    fromLine = this.line,
    fromCharacter = start - this.lineStart,
  ): Token {
    const token = this.current;
    token.kind = kind;
    token.start = start;
    token.end = end;
    // An escaped CR before LF belongs to the token for nginx, but a position cannot sit inside a
    // CRLF line ending: the range stops before the CR.
    const text = this.text;
    const endsInCrlf = end > start && text.charCodeAt(end - 1) === CR && text.charCodeAt(end) === LF;
    token.startLine = fromLine;
    token.startCharacter = fromCharacter;
    token.endLine = this.line;
    token.endCharacter = (endsInCrlf ? end - 1 : end) - this.lineStart;
    token.text = '';
    token.firstOnLine = fromLine > this.lastTokenLine;
    token.unterminated = false;
    // A comment does not count as a token of its line for `firstOnLine`.
    if (kind !== 'comment') this.lastTokenLine = this.line;
    return token;
  }

  private wordToken(
    start: number,
    end: number,
    value: string,
    raw: string,
    quote: Quote,
    fromLine: number,
    fromCharacter: number,
  ): Token {
    const token = this.token('word', start, end, fromLine, fromCharacter);
    token.value = value;
    token.raw = raw;
    token.quote = quote;
    return token;
  }

  private punctuation(kind: TokenKind, i: number): Token {
    this.pos = i + 1;
    return this.token(kind, i, i + 1);
  }

  private comment(i: number): Token {
    const { text, end } = this;
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    this.pos = lineEnd;
    let stop = lineEnd;
    if (stop > i && text.charCodeAt(stop - 1) === CR) stop--;
    // nginx ends a comment at LF only: a lone CR inside it is still comment, over several lines.
    const fromLine = this.line;
    const fromCharacter = i - this.lineStart;
    for (let k = text.indexOf('\r', i); k !== -1 && k < stop; k = text.indexOf('\r', k + 1))
      this.lineBreakAt(k);
    const token = this.token('comment', i, stop, fromLine, fromCharacter);
    token.text = text.slice(i + 1, stop);
    // A CR that ends the text (or a dump part) right after the comment is a line end too.
    if (stop < lineEnd) this.lineBreakAt(stop);
    return token;
  }

  private word(i: number): Token {
    const { text, end } = this;
    const fromLine = this.line;
    const fromCharacter = i - this.lineStart;
    let variable = false;
    let escaped = false;
    let j = i;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === SPACE || c === TAB || c === CR || c === LF || c === SEMI) break;
      if (c === LBRACE) {
        if (variable) {
          j++;
          continue;
        }
        if (j > i && this.quantifierAt(j)) {
          j = QUANTIFIER.lastIndex;
          continue;
        }
        break;
      }
      variable = false;
      if (c === BACKSLASH) {
        escaped = true;
        j++;
        if (j < end) {
          this.lineBreakAt(j);
          j++;
        }
        continue;
      }
      if (c === DOLLAR) variable = true;
      j++;
    }
    this.pos = j;
    const raw = text.slice(i, j);
    return this.wordToken(i, j, escaped ? resolveEscapes(raw) : raw, raw, null, fromLine, fromCharacter);
  }

  /** A regex quantifier glued to a token: nginx would open a block here, which is never meant. */
  private quantifierAt(j: number): boolean {
    QUANTIFIER.lastIndex = j;
    if (!QUANTIFIER.test(this.text) || QUANTIFIER.lastIndex > this.end) return false;
    if (this.problems.full) this.problems.drop();
    else {
      this.problems.add(
        'nginx reads this "{" as the start of a block, not as part of the regular expression: quote the expression ("…").',
        { start: this.position(j), end: this.position(QUANTIFIER.lastIndex) },
      );
    }
    return true;
  }

  private quoted(i: number, quote: number): Token {
    const { text, end } = this;
    const savedLine = this.line;
    const savedLineStart = this.lineStart;
    let escaped = false;
    let j = i + 1;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === quote) break;
      if (c === LF || c === CR) this.lineBreakAt(j);
      else if (c === BACKSLASH) {
        escaped = true;
        j++;
        if (j < end) this.lineBreakAt(j);
      }
      j++;
    }
    const quoteChar: Quote = quote === DQUOTE ? '"' : "'";
    if (j >= end) return this.unterminated(i, quoteChar, savedLine, savedLineStart);
    // A string over several lines whose closing quote is glued to a word is almost always a
    // stray quote that paired with the opening quote of a later string: cut it at its line.
    if (this.line !== savedLine && !this.spaceAllowedAfterQuote(j + 1)) {
      return this.unterminated(i, quoteChar, savedLine, savedLineStart);
    }
    this.pos = j + 1;
    const inner = text.slice(i + 1, j);
    const raw = text.slice(i, j + 1);
    const value = escaped ? resolveEscapes(inner) : inner;
    const token = this.wordToken(i, j + 1, value, raw, quoteChar, savedLine, i - savedLineStart);
    this.checkAfterQuote(j + 1);
    return token;
  }

  /**
   * An unterminated quote: nginx reads to the end of the file (or pairs it with the next quote)
   * and fails. Here the string ends at the end of its first line, and so does its directive, so
   * the lines after it are still read as directives.
   */
  private unterminated(i: number, quote: Quote, line: number, lineStart: number): Token {
    const { text } = this;
    this.line = line;
    this.lineStart = lineStart;
    const stop = this.lineBreakFrom(i);
    this.pos = stop;
    const value = resolveEscapes(text.slice(i + 1, stop));
    const token = this.wordToken(i, stop, value, text.slice(i, stop), quote, line, i - lineStart);
    token.unterminated = true;
    this.problems.add(`Unterminated string: the closing ${quote} is missing.`, tokenRange(token));
    return token;
  }

  private spaceAllowedAfterQuote(k: number): boolean {
    if (k >= this.end) return true;
    const c = this.text.charCodeAt(k);
    return c === SPACE || c === TAB || c === CR || c === LF || c === SEMI || c === LBRACE || c === RPAREN;
  }

  private checkAfterQuote(k: number): void {
    if (this.spaceAllowedAfterQuote(k)) return;
    if (this.problems.full) {
      this.problems.drop();
      return;
    }
    const shown = String.fromCodePoint(this.text.codePointAt(k) ?? 0);
    this.problems.add(
      `Unexpected "${shown}" after a quoted string: nginx expects a space, ";" or "{" there.`,
      {
        start: this.position(k),
        end: this.position(k + shown.length),
      },
    );
  }

  private skipCodeString(i: number, quote: number, lua: boolean): number {
    const { text, end } = this;
    let j = i + 1;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === quote) return j + 1;
      if (c === LF || c === CR) {
        // Lua and JavaScript strings (but not template literals) stop at a line end.
        if (lua || quote !== 96) return j;
        this.lineBreakAt(j);
      } else if (c === BACKSLASH) {
        j++;
        if (j < end) this.lineBreakAt(j);
      }
      j++;
    }
    return end;
  }

  /** Lua comments (`--`, `--[[ ]]`) and long strings (`[[ ]]`, `[==[ ]==]`). */
  private skipLuaSpecial(i: number, c: number): number {
    const { text } = this;
    if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
      const level = longBracketLevel(text, i + 2);
      if (level >= 0) return this.skipLongBracket(i + 2, level);
      return this.skipToLineEnd(i);
    }
    if (c === 91 /* [ */) {
      const level = longBracketLevel(text, i);
      if (level >= 0) return this.skipLongBracket(i, level);
    }
    return i + 1;
  }

  private skipLongBracket(open: number, level: number): number {
    const closing = `]${'='.repeat(level)}]`;
    const close = this.text.indexOf(closing, open + level + 2);
    return this.advanceTo(
      open,
      close === -1 || close + closing.length > this.end ? this.end : close + closing.length,
    );
  }

  /** Lua and JavaScript line comments end at a CR as well as at an LF. */
  private skipToLineEnd(i: number): number {
    return this.lineBreakFrom(i);
  }

  /** Moves from `from` to `to`, counting the line ends in between. */
  private advanceTo(from: number, to: number): number {
    const { text } = this;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === LF || c === CR) this.lineBreakAt(k);
    }
    return to;
  }
}

/** `[[` → 0, `[==[` → 2, anything else → -1. */
function longBracketLevel(text: string, i: number): number {
  if (text.charCodeAt(i) !== 91) return -1;
  let j = i + 1;
  while (text.charCodeAt(j) === 61 /* = */) j++;
  return text.charCodeAt(j) === 91 ? j - i - 1 : -1;
}

/**
 * The escapes nginx resolves when it copies a token: `\"`, `\'`, `\\`, `\t`, `\r`, `\n`.
 * Any other backslash stays in the value (`A\;B` keeps its backslash).
 */
export function resolveEscapes(raw: string): string {
  let out = '';
  let from = 0;
  for (let i = raw.indexOf('\\'); i !== -1 && i < raw.length - 1; i = raw.indexOf('\\', i)) {
    const next = raw.charCodeAt(i + 1);
    let replacement: string | undefined;
    if (next === DQUOTE || next === SQUOTE || next === BACKSLASH) replacement = raw.charAt(i + 1);
    else if (next === 116) replacement = '\t';
    else if (next === 114) replacement = '\r';
    else if (next === 110) replacement = '\n';
    if (replacement === undefined) {
      i += 1;
      continue;
    }
    out += raw.slice(from, i) + replacement;
    from = i + 2;
    i += 2;
  }
  return from === 0 ? raw : out + raw.slice(from);
}
