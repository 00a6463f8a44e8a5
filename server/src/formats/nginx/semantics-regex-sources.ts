import { ObjectMemo } from '../../engine/object-memo.ts';
import type { Range } from '../../engine/types.ts';
import type { Arg, Directive, NginxFile } from './ast.ts';
import { ifCondition } from './conditions.ts';
import { parseRegex, type ParsedRegex } from './semantics-regex.ts';
import { allDirectives } from './walk.ts';

/**
 * Where nginx compiles a regular expression, read from one file's directives: `location ~`,
 * `if (… ~ …)`, `rewrite`, `map` keys, `server_name ~`, `valid_referers ~`, `proxy_redirect ~`,
 * `proxy_cookie_domain/path ~`, `fastcgi_split_path_info`, `gzip_disable`. Each usage carries
 * the argument that holds it, so findings can point inside the pattern.
 */

export type RegexSite =
  | 'location'
  | 'if'
  | 'rewrite'
  | 'map'
  | 'server_name'
  | 'valid_referers'
  | 'proxy_redirect'
  | 'proxy_cookie'
  | 'fastcgi_split_path_info'
  | 'gzip_disable';

/**
 * Patterns longer than this are only checked for syntax: the analyses (ReDoS, origins, captures)
 * are bounded but not free, and no real configuration writes such a regex.
 */
export const ANALYSED_PATTERN_LIMIT = 2048;

export interface RegexUsage {
  site: RegexSite;
  directive: Directive;
  /** The token holding the pattern (for a `map` key: the entry's name token). */
  arg: Arg;
  /** Characters of the token's value before the pattern (`~`, `~*`). */
  prefixLength: number;
  pattern: string;
  caseInsensitive: boolean;
  parsed: ParsedRegex;
}

export type LocationModifier = '' | '=' | '^~' | '~' | '~*' | '@';

export interface LocationParts {
  modifier: LocationModifier;
  /** The prefix, the regex, or the named location's name (without `@`). */
  pattern: string;
  arg: Arg;
  /** Characters of `arg.value` before the pattern (`location ~*\.php$` glues the modifier on). */
  prefixLength: number;
}

const MODIFIERS = new Set(['=', '^~', '~', '~*']);

/** The modifier and pattern of a `location`, as ngx_http_core_location reads them; undefined when nginx would refuse it. */
export function locationParts(directive: Directive): LocationParts | undefined {
  if (directive.name !== 'location') return undefined;
  const { args } = directive;
  if (args.length === 2) {
    const modifier = args[0]!.value;
    if (!MODIFIERS.has(modifier) || args[0]!.quote !== null) return undefined;
    return {
      modifier: modifier as LocationModifier,
      pattern: args[1]!.value,
      arg: args[1]!,
      prefixLength: 0,
    };
  }
  if (args.length !== 1) return undefined;
  const arg = args[0]!;
  const value = arg.value;
  for (const modifier of ['=', '~*', '~', '@'] as const) {
    if (value.startsWith(modifier) && (modifier !== '~' || !value.startsWith('~*')))
      return { modifier, pattern: value.slice(modifier.length), arg, prefixLength: modifier.length };
  }
  return { modifier: '', pattern: value, arg, prefixLength: 0 };
}

export function isRegexLocation(parts: LocationParts | undefined): boolean {
  return parts !== undefined && (parts.modifier === '~' || parts.modifier === '~*');
}

/** The token of a `map` entry's key as an argument. */
export function nameArg(directive: Directive): Arg {
  return {
    value: directive.name,
    raw: directive.nameRaw,
    range: directive.nameRange,
    quote: directive.nameQuote,
  };
}

function usage(
  site: RegexSite,
  directive: Directive,
  arg: Arg,
  prefixLength: number,
  caseInsensitive: boolean,
): RegexUsage {
  const pattern = arg.value.slice(prefixLength);
  return {
    site,
    directive,
    arg,
    prefixLength,
    pattern,
    caseInsensitive,
    parsed: parseRegex(pattern, caseInsensitive),
  };
}

/** A `~regex` / `~*regex` argument (server_name, proxy_redirect…), or undefined. */
function tildeUsage(
  site: RegexSite,
  directive: Directive,
  arg: Arg | undefined,
  caseless: boolean,
): RegexUsage | undefined {
  if (!arg || !arg.value.startsWith('~')) return undefined;
  const star = arg.value.startsWith('~*');
  return usage(site, directive, arg, star ? 2 : 1, caseless || star);
}

const NO_USAGES: readonly RegexUsage[] = Object.freeze([]);

/** The regexes of one directive (most have none: asked of every child of some blocks, they cost no list). */
export function regexUsagesOf(directive: Directive): readonly RegexUsage[] {
  if (!mayHoldRegex(directive)) return NO_USAGES;
  const out: RegexUsage[] = [];
  const { args } = directive;
  const parentName = directive.parent?.name;
  if (parentName === 'map' && directive.parent?.kind === 'block') {
    const key = nameArg(directive);
    const found = tildeUsage('map', directive, key, false);
    if (found) out.push(found);
    return out;
  }
  if (directive.parent && (parentName === 'types' || parentName === 'geo' || parentName === 'split_clients'))
    return out;
  switch (directive.name) {
    case 'location': {
      const parts = locationParts(directive);
      if (parts && isRegexLocation(parts))
        out.push(usage('location', directive, parts.arg, parts.prefixLength, parts.modifier === '~*'));
      break;
    }
    case 'if': {
      const condition = ifCondition(directive);
      if (condition?.isRegex && condition.operand)
        out.push(usage('if', directive, condition.operand, 0, condition.caseInsensitive));
      break;
    }
    case 'rewrite':
      if (args[0]) out.push(usage('rewrite', directive, args[0], 0, false));
      break;
    case 'fastcgi_split_path_info':
      if (args[0]) out.push(usage('fastcgi_split_path_info', directive, args[0], 0, false));
      break;
    case 'server_name':
      // nginx compiles server name regexes caseless (host names are case-insensitive).
      for (const arg of args) {
        const found = tildeUsage('server_name', directive, arg, true);
        if (found) out.push(found);
      }
      break;
    case 'valid_referers':
      for (const arg of args) {
        const found = tildeUsage('valid_referers', directive, arg, true);
        if (found) out.push(found);
      }
      break;
    case 'proxy_redirect': {
      const found = tildeUsage('proxy_redirect', directive, args[0], false);
      if (found) out.push(found);
      break;
    }
    case 'proxy_cookie_domain':
    case 'proxy_cookie_path': {
      const found = tildeUsage('proxy_cookie', directive, args[0], false);
      if (found) out.push(found);
      break;
    }
    case 'gzip_disable':
      for (const arg of args) {
        if (arg.value === 'msie6' || arg.value === 'degradation') continue;
        out.push(usage('gzip_disable', directive, arg, 0, true));
      }
      break;
  }
  return out;
}

const regexIndexes = new ObjectMemo<NginxFile, readonly RegexUsage[]>('regexIndexes');

/** Every regex of the file (every part of a dump, data-block keys included), in source order. */
export function regexUsages(file: NginxFile): readonly RegexUsage[] {
  let regexes = regexIndexes.get(file);
  if (!regexes) {
    const found: RegexUsage[] = [];
    for (const directive of allDirectives(file))
      if (mayHoldRegex(directive)) found.push(...regexUsagesOf(directive));
    regexes = found;
    regexIndexes.set(file, regexes);
  }
  return regexes;
}

const REGEX_DIRECTIVES = new Set([
  'location',
  'if',
  'rewrite',
  'fastcgi_split_path_info',
  'server_name',
  'valid_referers',
  'proxy_redirect',
  'proxy_cookie_domain',
  'proxy_cookie_path',
  'gzip_disable',
]);

function mayHoldRegex(directive: Directive): boolean {
  return (
    REGEX_DIRECTIVES.has(directive.name) ||
    (directive.parent?.name === 'map' && directive.name.startsWith('~'))
  );
}

/**
 * Offset in `arg.raw` of offset `valueOffset` of `arg.value`, when the token is written without
 * escapes (the usual case); undefined when the two cannot be lined up.
 */
export function rawOffset(arg: Arg, valueOffset: number): number | undefined {
  const quoteLength = arg.quote === null ? 0 : 1;
  const body = arg.raw.slice(quoteLength, arg.raw.length - quoteLength);
  if (body !== arg.value) return undefined;
  return quoteLength + valueOffset;
}

/**
 * The range of pattern offsets [start, end) inside the document, or the token's range when the
 * token spans lines or has escapes.
 */
export function patternRange(
  use: Pick<RegexUsage, 'arg' | 'prefixLength'>,
  start: number,
  end: number,
): Range {
  const { arg } = use;
  const from = rawOffset(arg, use.prefixLength + start);
  const to = rawOffset(arg, use.prefixLength + end);
  if (from === undefined || to === undefined || arg.range.start.line !== arg.range.end.line) return arg.range;
  const line = arg.range.start.line;
  const base = arg.range.start.character;
  return { start: { line, character: base + from }, end: { line, character: base + to } };
}
