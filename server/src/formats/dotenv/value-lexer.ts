import { scanCommands, type Span } from './commands.ts';
import { decodeDoubleQuoted } from './escapes.ts';
import { expandVariables, type FoundProblem, type FoundReference } from './expansion.ts';
import { isBlank, isPcreSpace } from './name-syntax.ts';
import { OffsetChain, OffsetMap } from './offset-map.ts';
import { SYMFONY_MESSAGES } from './problems.ts';
import type { DotenvQuote } from './ast.ts';

const LF = 10;
const HASH = 35;
const DOUBLE = 34;
const SINGLE = 39;
const BACKSLASH = 92;
const DOLLAR = 36;
const OPEN = 40;
const CLOSE = 41;

/** One quoted or unquoted stretch of a value; positions are offsets in the normalised text. */
export interface LexedPart {
  quote: DotenvQuote;
  start: number;
  end: number;
  value: string;
  literal: string;
  references: readonly FoundReference[];
  commands: readonly Span[];
}

/** Shared by the many parts without references or commands (read-only: the parser copies out). */
const NONE: readonly never[] = Object.freeze([]);
const NO_MAPS: readonly OffsetMap[] = NONE;

export interface LexedValue {
  /** Non-empty parts only (an unquoted stretch of blanks between quoted ones adds nothing). */
  parts: LexedPart[];
  start: number;
  end: number;
  value: string;
  literal: string;
  comment?: Span;
  /** The first problem Symfony Dotenv would throw for (later ones are not reported). */
  problem?: FoundProblem;
  /** Where scanning goes on: the end of the value's last line. */
  next: number;
}

function lineEnd(data: string, from: number): number {
  const at = data.indexOf('\n', from);
  return at === -1 ? data.length : at;
}

/**
 * A quoted stretch whose closing quote is missing: Symfony Dotenv stops there with an error;
 * the rest of the line is kept as its value, read literally, so the rules still see it.
 */
function unterminatedPart(quote: 'single' | 'double', data: string, open: number, eol: number): LexedPart {
  const rest = data.slice(open + 1, eol);
  return { quote, start: open, end: eol, value: rest, literal: rest, references: NONE, commands: NONE };
}

/** Index of the `)` closing the `(` at `open`, or -1 when the line or the text ends first. */
function nestedExpressionEnd(data: string, open: number): number {
  let depth = 0;
  for (let i = open; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === LF) return -1;
    if (c === OPEN) depth++;
    else if (c === CLOSE && --depth === 0) return i;
  }
  return -1;
}

/** PHP's `rtrim` default set: space, tab, LF, CR, NUL, vertical tab (not form feed). */
function isRtrimmed(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0 || code === 11;
}

function firstPcreSpace(data: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isPcreSpace(data.charCodeAt(i))) return i;
  return -1;
}

/**
 * Expands a decoded double-quoted or unquoted stretch. `text` maps back through `decoding` to the
 * normalised text from `base`, so references, commands and problems get their offsets there.
 */
function expandPart(
  quote: DotenvQuote,
  text: string,
  decoding: readonly OffsetMap[],
  base: number,
  start: number,
  end: number,
  env: Map<string, string>,
): ExpandedPart {
  if (!text.includes('$') && !text.includes('\\')) {
    return {
      quote,
      start,
      end,
      value: text,
      literal: text,
      references: NONE,
      commands: NONE,
      changed: false,
    };
  }
  const scanned = scanCommands(text);
  const chain = new OffsetChain();
  for (const map of decoding) chain.add(map);
  if (scanned.map) chain.add(scanned.map);
  const expansion = expandVariables(scanned.text, scanned.commands, env);
  const toData = (position: number) => base + chain.original(position);
  // Both lists are fresh: their positions are moved to the normalised text in place.
  for (const found of expansion.references) {
    found.start = toData(found.start);
    found.end = toData(found.end);
  }
  for (const found of scanned.commands) {
    found.start = toData(found.start);
    found.end = toData(found.end);
  }
  const part: ExpandedPart = {
    quote,
    start,
    end,
    value: expansion.value,
    literal: expansion.literal,
    references: expansion.references,
    commands: scanned.commands,
    changed: scanned.commands.length > 0 || expansion.value !== text,
  };
  if (expansion.problem) {
    part.problem = {
      message: expansion.problem.message,
      start: toData(expansion.problem.start),
      end: toData(expansion.problem.end),
    };
  }
  return part;
}

interface ExpandedPart extends LexedPart {
  /** Symfony's "resolved value differs" test, which lets an unquoted value contain blanks. */
  changed: boolean;
  problem?: FoundProblem;
}

/**
 * Symfony Dotenv's `lexValue` from just after `=`: quoted and unquoted stretches follow each other
 * until the line ends (`A="foo"'bar'baz` is `foobarbaz`); quoted stretches may span lines.
 * Where Symfony throws, this records the problem and reads on to the end of the line so the
 * entry keeps a best-effort value; an unterminated quote ends at the end of its line.
 */
export function lexValue(data: string, valueStart: number, env: Map<string, string>): LexedValue {
  const end = data.length;
  let problem: FoundProblem | undefined;
  let cur = valueStart;
  while (cur < end && isBlank(data.charCodeAt(cur))) cur++;
  if (cur >= end || data.charCodeAt(cur) === LF || data.charCodeAt(cur) === HASH) {
    const empty: LexedValue = {
      parts: [],
      start: valueStart,
      end: valueStart,
      value: '',
      literal: '',
      next: cur,
    };
    if (data.charCodeAt(cur) === HASH) {
      empty.next = lineEnd(data, cur);
      empty.comment = { start: cur, end: empty.next };
    }
    return empty;
  }
  if (cur > valueStart)
    problem ??= { message: SYMFONY_MESSAGES.spaceBeforeValue, start: valueStart, end: cur };
  const start = cur;
  const parts: LexedPart[] = [];
  let comment: Span | undefined;

  while (cur < end && data.charCodeAt(cur) !== LF) {
    const c = data.charCodeAt(cur);
    if (c === SINGLE) {
      const close = data.indexOf("'", cur + 1);
      if (close === -1) {
        const eol = lineEnd(data, cur);
        problem ??= { message: SYMFONY_MESSAGES.missingQuote, start: cur, end: eol };
        parts.push(unterminatedPart('single', data, cur, eol));
        cur = eol;
        break;
      }
      const content = data.slice(cur + 1, close);
      parts.push({
        quote: 'single',
        start: cur,
        end: close + 1,
        value: content,
        literal: content,
        references: NONE,
        commands: NONE,
      });
      cur = close + 1;
    } else if (c === DOUBLE) {
      let close = data.indexOf('"', cur + 1);
      while (
        close !== -1 &&
        data.charCodeAt(close - 1) === BACKSLASH &&
        data.charCodeAt(close - 2) !== BACKSLASH
      ) {
        close = data.indexOf('"', close + 1);
      }
      if (close === -1) {
        const eol = lineEnd(data, cur);
        problem ??= { message: SYMFONY_MESSAGES.missingQuote, start: cur, end: eol };
        parts.push(unterminatedPart('double', data, cur, eol));
        cur = eol;
        break;
      }
      let text = data.slice(cur + 1, close);
      let decoding: readonly OffsetMap[] = NO_MAPS;
      if (text.includes('\\')) {
        const decoded = decodeDoubleQuoted(text);
        decoding = decoded.map((step) => step.map);
        text = decoded[decoded.length - 1]!.text;
      }
      const part = expandPart('double', text, decoding, cur + 1, cur, close + 1, env);
      if (part.problem) problem ??= part.problem;
      parts.push(part);
      cur = close + 1;
    } else {
      const lexed = lexUnquoted(data, cur);
      if (lexed.problem) problem ??= lexed.problem;
      let kept = lexed.text.length;
      while (kept > 0 && isRtrimmed(lexed.text.charCodeAt(kept - 1))) kept--;
      const text = lexed.text.slice(0, kept);
      if (text !== '') {
        const partEnd = cur + (lexed.map ? lexed.map.original(kept) : kept);
        const part = expandPart('none', text, lexed.map ? [lexed.map] : NO_MAPS, cur, cur, partEnd, env);
        if (part.problem) problem ??= part.problem;
        if (!part.changed && lexed.firstSpace !== -1 && lexed.firstSpace < kept) {
          problem ??= { message: SYMFONY_MESSAGES.unquotedSpaces, start: cur, end: partEnd };
        }
        parts.push(part);
      }
      cur = lexed.stop;
      if (lexed.problem?.message === SYMFONY_MESSAGES.missingParenthesis) break;
      if (cur < end && data.charCodeAt(cur) === HASH) {
        const eol = lineEnd(data, cur);
        comment = { start: cur, end: eol };
        cur = eol;
        break;
      }
    }
  }
  const last = parts[parts.length - 1];
  const lexedValue: LexedValue = {
    parts,
    start,
    end: last ? last.end : start,
    value: parts.length === 1 ? last!.value : parts.map((p) => p.value).join(''),
    literal: parts.length === 1 ? last!.literal : parts.map((p) => p.literal).join(''),
    next: cur,
  };
  if (comment) lexedValue.comment = comment;
  if (problem) lexedValue.problem = problem;
  return lexedValue;
}

interface UnquotedStretch {
  /** The stretch with the backslash of `\"` and `\'` removed. */
  text: string;
  /** Absent when nothing was removed. */
  map?: OffsetMap;
  /** Where it stopped: a quote, a comment's `#`, the end of the line or of the text. */
  stop: number;
  /** Index in `text` of its first PCRE blank, or -1. */
  firstSpace: number;
  problem?: FoundProblem;
}

/**
 * An unquoted stretch: up to a quote, a `#` that follows a blank, or the end of the line.
 * `$(…)` is taken whole, whatever it contains, up to its balancing `)` on the same line.
 */
function lexUnquoted(data: string, start: number): UnquotedStretch {
  let map: OffsetMap | undefined;
  let text = '';
  let length = 0;
  let pieceStart = start;
  let previous = data.charCodeAt(start - 1);
  let cur = start;
  let firstSpace = -1;
  while (cur < data.length) {
    const c = data.charCodeAt(cur);
    if (c === LF || c === DOUBLE || c === SINGLE) break;
    if (c === HASH && isBlank(previous)) break;
    if (firstSpace === -1 && isPcreSpace(c)) firstSpace = length + cur - pieceStart;
    const next = data.charCodeAt(cur + 1);
    if (c === BACKSLASH && (next === DOUBLE || next === SINGLE)) {
      text += data.slice(pieceStart, cur);
      length += cur - pieceStart;
      map ??= new OffsetMap();
      map.shrink(length + 1, 1);
      pieceStart = cur + 1;
      previous = next;
      cur += 2;
      continue;
    }
    previous = c;
    if (c === DOLLAR && next === OPEN) {
      const close = nestedExpressionEnd(data, cur + 1);
      if (close === -1) {
        const eol = lineEnd(data, cur);
        const space = firstSpace === -1 ? firstPcreSpace(data, cur, eol) : -1;
        if (space !== -1) firstSpace = length + space - pieceStart;
        const stretch: UnquotedStretch = {
          text: text + data.slice(pieceStart, eol),
          stop: eol,
          firstSpace,
          problem: { message: SYMFONY_MESSAGES.missingParenthesis, start: cur, end: eol },
        };
        if (map) stretch.map = map;
        return stretch;
      }
      const space = firstSpace === -1 ? firstPcreSpace(data, cur, close) : -1;
      if (space !== -1) firstSpace = length + space - pieceStart;
      cur = close + 1;
      continue;
    }
    cur++;
  }
  const stretch: UnquotedStretch = { text: text + data.slice(pieceStart, cur), stop: cur, firstSpace };
  if (map) stretch.map = map;
  return stretch;
}
