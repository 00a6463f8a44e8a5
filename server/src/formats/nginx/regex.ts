/**
 * nginx regular expressions are PCRE. These helpers read them without running them where
 * possible (capture groups, whether a group can match a line feed, nested quantifiers), and
 * translate the common PCRE syntax to JavaScript where a match must really be computed.
 */

export interface CompiledRegex {
  regex: RegExp;
  /** A quantified group containing a quantifier (`(a+)+`): may backtrack exponentially. */
  nestedQuantifier: boolean;
}

const matchMemo = new ObjectMemo<CompiledRegex, Map<string, readonly string[] | null>>('matchMemo');
const NO_CAPTURES: readonly string[] = Object.freeze([]);

/**
 * The captures (`$1`…, unset ones as '') of a compiled location regex on a request path, or
 * null when it does not match. Kept per expression and path: a configuration repeats the same
 * few regex locations (`\.php$`, `/\.`) in every server, and the rules probe each server with
 * the same paths (`/.env`, `/uploads/h.php`…), so most answers are already known.
 */
export function matchCaptures(compiled: CompiledRegex, uri: string): readonly string[] | null {
  let known = matchMemo.get(compiled);
  if (!known) {
    known = new Map();
    matchMemo.set(compiled, known);
  }
  let answer = known.get(uri);
  if (answer === undefined) {
    const m = compiled.regex.exec(uri);
    answer = m === null ? null : m.length === 1 ? NO_CAPTURES : Object.freeze(m.slice(1).map((c) => c ?? ''));
    if (known.size >= 512) known.clear();
    known.set(uri, answer);
  }
  return answer;
}

/**
 * The PCRE source as a JavaScript RegExp, or undefined when it uses syntax JavaScript has no
 * equivalent for or is invalid. Translated: `(?P<n>`/`(?'n'` named groups, leading `(?i)`/`(?s)`/
 * `(?m)`, `\A`, `\z`, `\Z`, `\Q…\E`, `\h`; atomic groups and possessive quantifiers become
 * ordinary ones (same matches, different backtracking).
 */
export function compileNginxRegex(source: string, caseInsensitive: boolean): CompiledRegex | undefined {
  let flags = caseInsensitive ? 'i' : '';
  let body = source;
  const leading = /^\(\?([imsx]+)\)/.exec(body);
  if (leading) {
    const letters = leading[1]!;
    if (letters.includes('x')) return undefined;
    for (const letter of letters) if (!flags.includes(letter)) flags += letter;
    body = body.slice(leading[0].length);
  }
  const translated = translate(body);
  if (translated === undefined) return undefined;
  return compile(translated, flags, hasNestedQuantifier(source));
}

/**
 * The only place a workspace regex is handed to the JavaScript engine: an invalid expression
 * is an expected input (a typo in a config), reported by the caller as "cannot be read".
 */
function compile(source: string, flags: string, nestedQuantifier: boolean): CompiledRegex | undefined {
  try {
    return { regex: new RegExp(source, flags), nestedQuantifier };
  } catch {
    return undefined;
  }
}

/** PCRE's POSIX classes (ASCII, as PCRE has them without UCP), as members of a JavaScript class. */
const POSIX_CLASSES: Record<string, string> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7f',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '\\x21-\\x7e',
  lower: 'a-z',
  print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '\\w',
  xdigit: '0-9A-Fa-f',
};

/** A letter as a class of both its cases (`[aA]`), for the part of a pattern `(?i)` makes caseless. */
function bothCases(c: string, inClass: boolean): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower === upper || !/^[a-z]$/i.test(c)) return c;
  return inClass ? `${lower}${upper}` : `[${lower}${upper}]`;
}

function translate(body: string): string | undefined {
  let out = '';
  let inClass = false;
  // Groups open around the current position, and the depth whose group ends a caseless part
  // (`(?i)` in the middle of a pattern, Ibexa's `^/var/.*(?i)\.(php|…)`: PCRE makes the rest of
  // its group caseless; JavaScript has no such switch, so its letters become `[xX]`).
  let depth = 0;
  let caselessUntil = -1;
  const caseless = () => caselessUntil >= 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === '\\') {
      const next = body.charAt(i + 1);
      if (next === 'Q') {
        const end = body.indexOf('\\E', i + 2);
        const literal = body.slice(i + 2, end === -1 ? body.length : end);
        const escaped = literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
        out += caseless() ? escaped.replace(/[a-z]/gi, (letter) => bothCases(letter, inClass)) : escaped;
        i = end === -1 ? body.length : end + 1;
        continue;
      }
      if (!inClass && next === 'A') out += '^';
      else if (!inClass && (next === 'z' || next === 'Z')) out += '$';
      else if (next === 'h') out += inClass ? ' \\t' : '[ \\t]';
      else out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && body.charAt(i + 1) === ':') {
        // A POSIX class inside brackets (`[[:alnum:]_-]`): JavaScript would read `[:alnum:` as
        // characters and end the class at its `]`.
        const posix = /^\[:(\^?)([a-z]+):\]/.exec(body.slice(i, i + 12));
        if (posix) {
          const members = POSIX_CLASSES[posix[2]!];
          if (members === undefined || posix[1] === '^') return undefined;
          out += members;
          i += posix[0].length - 1;
          continue;
        }
      }
      if (c === ']') inClass = false;
      else if (caseless() && /[a-z]/i.test(c)) {
        // A range of letters (`a-f`) gets its other case's range too.
        const end = body.charAt(i + 2);
        if (body.charAt(i + 1) === '-' && /[a-z]/i.test(end)) {
          out += `${c}-${end}`;
          if (c.toLowerCase() !== c.toUpperCase() && end.toLowerCase() !== end.toUpperCase())
            out += `${bothCases(c, true).replace(c, '')}-${bothCases(end, true).replace(end, '')}`;
          i += 2;
          continue;
        }
        out += bothCases(c, true);
        continue;
      }
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in PCRE.
      if (body.charAt(i + 1) === '^') out += body.charAt(++i);
      if (body.charAt(i + 1) === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === ')') {
      if (depth === caselessUntil) caselessUntil = -1;
      depth = Math.max(0, depth - 1);
    }
    if (c === '(') depth++;
    if (c === '(' && body.charAt(i + 1) === '?') {
      const rest = body.slice(i + 2);
      // `(?i)` in the middle: the rest of the enclosing group is caseless; `(?i:…)`: that group.
      if (rest.startsWith('i)') || rest.startsWith('i:')) {
        const group = rest.charAt(1) === ':';
        depth--;
        if (!caseless()) caselessUntil = group ? depth + 1 : depth === 0 ? Number.MAX_SAFE_INTEGER : depth;
        if (group) {
          depth++;
          out += '(?:';
        }
        i += 3;
        continue;
      }
      // A group's name is copied as it is, caseless part or not.
      const named = /^P?<([A-Za-z_]\w*)>/.exec(rest);
      if (named) {
        out += `(?<${named[1]}>`;
        i += 1 + named[0].length;
        continue;
      }
      if (rest.startsWith("'")) {
        const close = rest.indexOf("'", 1);
        if (close === -1) return undefined;
        out += `(?<${rest.slice(1, close)}>`;
        i += 2 + close;
        continue;
      }
      if (rest.startsWith('>')) {
        out += '(?:';
        i += 2;
        continue;
      }
      if (
        /^[imsx-]+[:)]/.test(rest) ||
        rest.startsWith('#') ||
        rest.startsWith('P=') ||
        rest.startsWith('P>')
      ) {
        return undefined;
      }
    }
    // Possessive quantifiers: `a*+`, `a++`, `a?+`, `a{2}+`.
    if (c === '+' && i > 0 && /[*+?}]/.test(body.charAt(i - 1)) && body.charAt(i - 2) !== '\\') continue;
    out += caseless() ? bothCases(c, false) : c;
  }
  return out;
}

export interface RegexGroup {
  /** 1-based capture number. */
  index: number;
  name?: string;
  /** Source text inside the parentheses (after `?<name>` for named groups). */
  body: string;
  /** Offset of the `(` in the source. */
  start: number;
}

/** The capturing groups of a PCRE source, in capture order (numbered as PCRE numbers them). */
export function captureGroupsOf(source: string): RegexGroup[] {
  const groups: RegexGroup[] = [];
  const open: { group: RegexGroup | undefined; bodyStart: number }[] = [];
  forEachOutsideClasses(source, (c, i) => {
    if (c === '(') {
      const named = /^\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(source.slice(i, i + 40));
      if (named) {
        const group: RegexGroup = {
          index: groups.length + 1,
          name: named[1] ?? named[2],
          body: '',
          start: i,
        };
        groups.push(group);
        open.push({ group, bodyStart: i + named[0].length });
      } else if (source.charAt(i + 1) === '?') {
        open.push({ group: undefined, bodyStart: i + 1 });
      } else {
        const group: RegexGroup = { index: groups.length + 1, body: '', start: i };
        groups.push(group);
        open.push({ group, bodyStart: i + 1 });
      }
    } else if (c === ')') {
      const top = open.pop();
      if (top?.group) top.group.body = source.slice(top.bodyStart, i);
    }
    return undefined;
  });
  for (const top of open) if (top.group) top.group.body = source.slice(top.bodyStart);
  return groups;
}

/**
 * Visits the characters of a PCRE source that are neither escaped nor inside a character class
 * (`[^]…]` and `[]…]` included), the only places where `(`, `)` and quantifiers have their
 * meaning. `visit` may return an offset to go on from, or `false` to stop.
 */
function forEachOutsideClasses(
  source: string,
  visit: (c: string, i: number) => number | false | undefined,
): void {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (source.charAt(i + 1) === '^') i++;
      if (source.charAt(i + 1) === ']') i++;
      continue;
    }
    const next = visit(c, i);
    if (next === false) return;
    if (next !== undefined) i = next;
  }
}

/**
 * Whether a PCRE fragment can match a string containing a line feed: `.` only with `(?s)`,
 * negated classes that do not exclude `\n`, `\s`, `\v`, `\R`, `\D`, `\W`, `\H`, `\n` itself,
 * hex/octal escapes of 0x0a, classes holding one of those or a range over 0x0a.
 */
export function canMatchNewline(fragment: string, dotAll = false): boolean {
  for (let i = 0; i < fragment.length; i++) {
    const c = fragment.charAt(i);
    if (c === '\\') {
      const escape = readEscape(fragment, i);
      if (escape.matchesNewline) return true;
      i = escape.end - 1;
      continue;
    }
    if (c === '.') {
      if (dotAll) return true;
      continue;
    }
    if (c === '[') {
      const cls = readClass(fragment, i);
      if (cls.matchesNewline) return true;
      i = cls.end - 1;
    }
  }
  return false;
}

/** Whether the source sets `(?s)` at its start (then `.` matches a line feed). */
export function isDotAll(source: string): boolean {
  const leading = /^\(\?([imsx]+)\)/.exec(source);
  return leading !== null && leading[1]!.includes('s');
}

const LF_CLASS_ESCAPES = new Set(['n', 's', 'v', 'R', 'D', 'W', 'H']);

interface EscapeRead {
  end: number;
  matchesNewline: boolean;
  /** The single code point the escape stands for, when it is one. */
  code?: number;
}

function readEscape(text: string, i: number): EscapeRead {
  const next = text.charAt(i + 1);
  if (next === '') return { end: i + 1, matchesNewline: false, code: 92 };
  if (next === 'x') {
    const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 2, i + 12));
    if (braced) {
      const code = parseInt(braced[1]!, 16);
      return { end: i + 2 + braced[0].length, matchesNewline: code === 10, code };
    }
    const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2, i + 4));
    const code = hex ? parseInt(hex[0], 16) : 0;
    return { end: i + 2 + (hex ? hex[0].length : 0), matchesNewline: code === 10, code };
  }
  // `\0`, `\01`, `\012` and three-digit `\123` are octal; `\1`…`\9` alone are back-references.
  const octal = /^(?:0[0-7]{0,2}|[1-7][0-7]{2})/.exec(text.slice(i + 1, i + 4))?.[0];
  if (octal !== undefined) {
    const code = parseInt(octal, 8);
    return { end: i + 1 + octal.length, matchesNewline: code === 10, code };
  }
  if (next === 'c') {
    const code = (text.charCodeAt(i + 2) ^ 0x40) & 0x7f;
    return { end: i + 3, matchesNewline: code === 10, code };
  }
  if (LF_CLASS_ESCAPES.has(next))
    return { end: i + 2, matchesNewline: true, ...(next === 'n' ? { code: 10 } : {}) };
  const simple: Record<string, number> = { r: 13, t: 9, f: 12, e: 27, a: 7 };
  const code = simple[next] ?? (/[A-Za-z0-9]/.test(next) ? undefined : next.charCodeAt(0));
  return { end: i + 2, matchesNewline: false, ...(code !== undefined ? { code } : {}) };
}

function readClass(text: string, open: number): { end: number; matchesNewline: boolean } {
  let i = open + 1;
  let negated = false;
  if (text.charAt(i) === '^') {
    negated = true;
    i++;
  }
  let includesNewline = false;
  let first = true;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === ']' && !first) {
      i++;
      break;
    }
    first = false;
    if (c === '[' && text.charAt(i + 1) === ':') {
      const close = text.indexOf(':]', i + 2);
      if (close !== -1) {
        const name = text.slice(i + 2, close).replace(/^\^/, '');
        const posixNegated = text.charAt(i + 2) === '^';
        const holds = name === 'space' || name === 'cntrl' || name === 'ascii';
        if (holds !== posixNegated) includesNewline = true;
        i = close + 2;
        continue;
      }
    }
    let code: number | undefined;
    if (c === '\\') {
      const escape = readEscape(text, i);
      if (escape.matchesNewline) includesNewline = true;
      code = escape.code;
      i = escape.end;
    } else {
      code = text.charCodeAt(i);
      i++;
    }
    if (code === 10) includesNewline = true;
    if (text.charAt(i) === '-' && text.charAt(i + 1) !== ']' && code !== undefined) {
      let to: number | undefined;
      if (text.charAt(i + 1) === '\\') {
        const escape = readEscape(text, i + 1);
        to = escape.code;
        i = escape.end;
      } else {
        to = text.charCodeAt(i + 1);
        i += 2;
      }
      if (to !== undefined && code <= 10 && to >= 10) includesNewline = true;
    }
  }
  return { end: i, matchesNewline: negated ? !includesNewline : includesNewline };
}

/**
 * A quantified group whose body is itself quantified (`(a+)+`, `(\w*)*`, `(a|a+)*`): the shape
 * of most catastrophic-backtracking expressions. A heuristic, not a proof either way.
 */
export function hasNestedQuantifier(source: string): boolean {
  // For each open group: whether its body holds a quantifier.
  const stack: boolean[] = [];
  let found = false;
  forEachOutsideClasses(source, (c, i) => {
    if (c === '(') {
      stack.push(false);
      return source.charAt(i + 1) === '?' ? i + 1 : undefined;
    }
    if (c === ')') {
      const innerQuantified = stack.pop() ?? false;
      const after = source.charAt(i + 1);
      const quantified =
        after === '*' || after === '+' || (after === '{' && /^\{\d*,\d*\}/.test(source.slice(i + 1)));
      if (innerQuantified && quantified) {
        found = true;
        return false;
      }
      if (innerQuantified && stack.length > 0) stack[stack.length - 1] = true;
      if (quantified && stack.length > 0) stack[stack.length - 1] = true;
      return undefined;
    }
    if ((c === '*' || c === '+' || c === '{') && stack.length > 0) {
      if (c !== '{' || /^\{\d*,?\d*\}/.test(source.slice(i))) stack[stack.length - 1] = true;
    }
    return undefined;
  });
  return found;
}

/** Request paths of different shapes: a regex that matches them all is taken to match every URI. */
const ANY_URI_PROBES = ['/', '/index.php', '/harden-probe/x', '/wp-admin/', '/a.b/c/'];
const everyUriMemo = new Map<string, boolean>();

/**
 * Whether a `rewrite` regex matches every request path (`^`, `^(.*)$`, `^/(.*)`):
 * `rewrite ^(/[^/]+)?/wp-admin$ https://… permanent;` takes one path, not the site.
 */
export function matchesEveryUri(pattern: string): boolean {
  let known = everyUriMemo.get(pattern);
  if (known === undefined) {
    const compiled = compileNginxRegex(pattern, false);
    // A lookaround excludes what the samples cannot show (`^/(?!uploads/)` leaves /uploads/ out).
    known =
      compiled !== undefined &&
      !/\(\?<?[=!]/.test(pattern) &&
      ANY_URI_PROBES.every((uri) => matchCaptures(compiled, uri) !== null);
    if (everyUriMemo.size > 1024) everyUriMemo.clear();
    everyUriMemo.set(pattern, known);
  }
  return known;
}
import { ObjectMemo } from '../../engine/object-memo.ts';
