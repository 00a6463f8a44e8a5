import type { Arg } from './ast.ts';
import { samePlace, type EffectiveNode } from './effective.ts';
import { compileNginxRegex, matchCaptures, type CompiledRegex } from './regex.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * `location` blocks and the way nginx picks one for a request (ngx_http_core_find_location and
 * ngx_http_core_find_static_location, as the `location` documentation describes):
 * 1. among the prefix locations of a level, an exact (`=`) match ends the search;
 * 2. otherwise the longest matching prefix is remembered and its nested locations are searched
 *    the same way (a nested exact match or nested regex match wins);
 * 3. then the level's regex locations are tried in file order, unless the remembered prefix
 *    has `^~`; the first match wins and its own nested locations are searched;
 * 4. if no regex matches, the remembered prefix is used.
 * The URI must be nginx's normalised URI (decoded, `.`/`..` resolved, slashes merged).
 * Prefix comparison is case-sensitive (as on Linux); `~*` regexes ignore case.
 * Not modelled: the 301 that a prefix location ending in `/` with a `*_pass` sends for the URI
 * without that slash.
 */
export type LocationModifier = '=' | '^~' | '~' | '~*' | '' | '@';

export interface LocationInfo {
  node: EffectiveNode;
  modifier: LocationModifier;
  /** The URI prefix, the regex source, or the name of a named location (without `@`). */
  pattern: string;
  patternArg: Arg;
  isRegex: boolean;
  /** For regex locations; undefined when the expression cannot be compiled (see regex.ts). */
  compiled?: CompiledRegex;
  /** Whether the regex can backtrack catastrophically, once semantics-probe-safety.ts has asked. */
  risky?: boolean;
}

const MODIFIERS = new Set(['=', '^~', '~', '~*']);

/** The parts of a `location` block, or undefined when it is not one nginx would accept. */
export function locationInfo(node: EffectiveNode): LocationInfo | undefined {
  if (node.name !== 'location' || node.directive.kind !== 'block') return undefined;
  return locationInfos.answer(node, readLocationOrNull) ?? undefined;
}

const readLocationOrNull = (node: EffectiveNode): LocationInfo | null => readLocation(node) ?? null;

/** `locationInfo`'s answers (null: not a location nginx accepts). */
const locationInfos = new NodeMemo<LocationInfo | null>();

function readLocation(node: EffectiveNode): LocationInfo | undefined {
  const args = node.args;
  let modifier: LocationModifier;
  let pattern: string;
  const patternArg = args[args.length - 1];
  if (!patternArg) return undefined;
  if (args.length === 2) {
    const first = args[0]!.value;
    if (!MODIFIERS.has(first)) return undefined;
    modifier = first as LocationModifier;
    pattern = patternArg.value;
  } else if (args.length === 1) {
    // nginx also reads the modifier glued to the URI: `location =/x`, `location ~*\.php$`.
    const value = patternArg.value;
    if (value.startsWith('=')) [modifier, pattern] = ['=', value.slice(1)];
    else if (value.startsWith('^~')) [modifier, pattern] = ['^~', value.slice(2)];
    else if (value.startsWith('~*')) [modifier, pattern] = ['~*', value.slice(2)];
    else if (value.startsWith('~')) [modifier, pattern] = ['~', value.slice(1)];
    else if (value.startsWith('@')) [modifier, pattern] = ['@', value.slice(1)];
    else [modifier, pattern] = ['', value];
  } else return undefined;
  const isRegex = modifier === '~' || modifier === '~*';
  const info: LocationInfo = { node, modifier, pattern, patternArg, isRegex };
  if (isRegex) {
    const compiled = compileRegexCached(pattern, modifier === '~*');
    if (compiled) info.compiled = compiled;
  }
  return info;
}

const compiledCache = new Map<string, CompiledRegex | null>();

/** `compileNginxRegex`, kept by pattern and flag: every server of a configuration repeats the same few regexes. */
export function compileRegexCached(pattern: string, caseInsensitive: boolean): CompiledRegex | undefined {
  const key = `${caseInsensitive ? 'i' : 's'}${pattern}`;
  let hit = compiledCache.get(key);
  if (hit === undefined) {
    hit = compileNginxRegex(pattern, caseInsensitive) ?? null;
    if (compiledCache.size > 2000) compiledCache.clear();
    compiledCache.set(key, hit);
  }
  return hit ?? undefined;
}

const NO_LOCATIONS: readonly LocationInfo[] = Object.freeze([]);

/**
 * The `location` blocks directly inside a server or location (includes expanded), in order.
 * Kept per block: every probe of a server (a dozen rules ask where `/.env` or
 * `/uploads/h.php` goes) reads the same lists.
 */
export function locationsOf(block: EffectiveNode): readonly LocationInfo[] {
  let known = locationLists.get(block);
  if (!known) {
    const children = block.childrenNamed('location');
    const out: LocationInfo[] = [];
    for (let i = 0; i < children.length; i++) {
      const info = locationInfo(children[i]!);
      if (info) out.push(info);
    }
    known = out.length === 0 ? NO_LOCATIONS : out;
    locationLists.set(block, known);
  }
  return known;
}

const locationLists = new NodeMemo<readonly LocationInfo[]>();

/**
 * A level's locations arranged for `searchFrom`: a server (or location) with thousands of
 * prefix locations is probed for each of them (private-paths-exposed tries ten requests below
 * each `alias`), and scanning them all for every probe was quadratic.
 */
interface LevelIndex {
  /** `=` locations by URI: the first written of equal patterns (the scan returned the first). */
  exact: Map<string, LocationInfo>;
  /**
   * Prefix locations (no modifier, or `^~`) by prefix: the first written of equal patterns (the
   * scan kept it: only a longer prefix replaced the one found).
   */
  prefix: Map<string, LocationInfo>;
  /** The lengths of the prefixes, longest first. */
  lengths: number[];
  /** The regex locations, in file order. */
  regexes: LocationInfo[];
}

const levelIndexes = new NodeMemo<LevelIndex>();

/** Levels with at most this many locations are scanned (see `searchFrom`). */
const SCAN_LIMIT = 16;

function levelIndex(level: EffectiveNode): LevelIndex {
  let index = levelIndexes.get(level);
  if (!index) {
    index = { exact: new Map(), prefix: new Map(), lengths: [], regexes: [] };
    const lengths = new Set<number>();
    for (const loc of locationsOf(level)) {
      if (loc.modifier === '=') {
        if (!index.exact.has(loc.pattern)) index.exact.set(loc.pattern, loc);
      } else if (loc.modifier === '' || loc.modifier === '^~') {
        if (!index.prefix.has(loc.pattern)) index.prefix.set(loc.pattern, loc);
        lengths.add(loc.pattern.length);
      } else if (loc.isRegex) index.regexes.push(loc);
    }
    index.lengths = [...lengths].sort((a, b) => b - a);
    levelIndexes.set(level, index);
  }
  return index;
}

/**
 * The longest prefix location of a level that `uri` starts with (case-sensitively): a prefix
 * that matches is `uri`'s own first characters, so each length is one lookup.
 */
function longestPrefix(index: LevelIndex, uri: string): LocationInfo | undefined {
  for (const length of index.lengths) {
    if (length > uri.length) continue;
    const loc = index.prefix.get(length === uri.length ? uri : uri.slice(0, length));
    if (loc) return loc;
  }
  return undefined;
}

export interface LocationMatch {
  /** The location that serves the URI, or undefined when none matches (the server level serves it). */
  location: LocationInfo | undefined;
  kind: 'exact' | 'prefix' | 'regex' | 'none';
  /** Captures of the deciding regex (`$1`…), when a regex location matched. */
  captures?: readonly string[];
  /**
   * True when a regex with nested quantifiers was not run on a URI longer than
   * `SAFE_NESTED_QUANTIFIER_LENGTH`: the answer assumes it does not match.
   */
  uncertain: boolean;
}

/**
 * Whether a regex location inserted among the locations of `level` (a server, or a location for
 * its nested ones), before the one nginx now chooses for `uri`, would be tried for it: not when
 * the chosen location is `=` or `^~` or sits inside one (nginx tries no regex then), nor when a
 * regex location nested deeper than `level` takes it (the longest prefix's nested locations are
 * searched, and their first matching regex wins, before the regexes of `level`). Fixes that
 * insert a deny location ask it first.
 */
export function insertedRegexReaches(server: EffectiveNode, level: EffectiveNode, uri: string): boolean {
  const chosen = matchLocation(server, uri).location;
  if (!chosen) return true;
  for (
    let node: EffectiveNode | undefined = chosen.node;
    node && !samePlace(node, level);
    node = node.parent
  ) {
    if (node.name !== 'location') continue;
    const info = locationInfo(node);
    if (!info || info.modifier === '=' || info.modifier === '^~') return false;
    if (info.isRegex && !(node.parent && samePlace(node.parent, level))) return false;
  }
  return true;
}

/** Regexes with nested quantifiers can take exponential time: they are only run on URIs this short. */
export const SAFE_NESTED_QUANTIFIER_LENGTH = 24;

/** The location of `server` (or of a location, for its nested ones) that nginx uses for `uri`. */
export function matchLocation(server: EffectiveNode, uri: string): LocationMatch {
  const search: Search = { location: undefined, kind: 'none', captures: undefined, uncertain: false };
  let start = server;
  // A matched regex location's nested locations are searched in turn (iteration, not recursion).
  for (let rounds = 0; rounds < 10_000; rounds++) {
    if (!searchFrom(start, uri, search) || search.kind !== 'regex') break;
    start = search.location!.node;
  }
  for (let i = 0; i < slotsUsed; i++) levels[i] = prefixes[i] = undefined;
  slotsUsed = 0;
  const match: LocationMatch = { location: search.location, kind: search.kind, uncertain: search.uncertain };
  if (search.captures) match.captures = search.captures;
  return match;
}

/** What `searchFrom` found so far: the last location found wins (a nested regex search may find none). */
interface Search {
  location: LocationInfo | undefined;
  kind: LocationMatch['kind'];
  captures: readonly string[] | undefined;
  uncertain: boolean;
}

/**
 * The prefix levels of one search, reused: matchLocation runs thousands of times per lint and
 * never re-enters itself, and two fresh arrays per search were a tenth of what a lint allocated.
 * Their used lengths are counted apart: `levels.length = 0` would drop their storage, and each
 * search would allocate it again.
 */
const levels: (EffectiveNode | undefined)[] = [];
const prefixes: (LocationInfo | undefined)[] = [];
/** How many slots of the two lists the last search filled: emptied after it, so no tree stays alive through them. */
let slotsUsed = 0;

/** Searches the locations of `start` for `uri`; records and returns true when one matches. */
function searchFrom(start: EffectiveNode, uri: string, search: Search): boolean {
  // Descend through the longest prefix matches; levels[k + 1] is the prefix found in levels[k].
  let depth = 1;
  levels[0] = start;
  if (slotsUsed === 0) slotsUsed = 1;
  for (;;) {
    const level = levels[depth - 1]!;
    const all = locationsOf(level);
    let longest: LocationInfo | undefined;
    if (all.length <= SCAN_LIMIT) {
      // A server or location holds a handful: a scan costs less than an index per level.
      // Index loops: for-of over these lists allocated an iterator per search when V8 did not
      // inline it (the lists are of several kinds, the frozen empty one among them).
      for (let i = 0; i < all.length; i++) {
        const loc = all[i]!;
        if (loc.modifier === '=') {
          if (loc.pattern === uri) return found(search, loc, 'exact', undefined);
        } else if ((loc.modifier === '' || loc.modifier === '^~') && uri.startsWith(loc.pattern)) {
          if (!longest || loc.pattern.length > longest.pattern.length) longest = loc;
        }
      }
    } else {
      const index = levelIndex(level);
      const exact = index.exact.get(uri);
      if (exact) return found(search, exact, 'exact', undefined);
      longest = longestPrefix(index, uri);
    }
    if (!longest) break;
    prefixes[depth - 1] = longest;
    levels[depth++] = longest.node;
    if (depth > slotsUsed) slotsUsed = depth;
  }
  // Regexes: the deepest level first; a level's regexes are skipped when its prefix has `^~`.
  // prefixes[k] is the prefix chosen among levels[k]'s locations (none for the deepest level).
  for (let k = depth - 1; k >= 0; k--) {
    if (k < depth - 1 && prefixes[k]!.modifier === '^~') continue;
    const all = locationsOf(levels[k]!);
    const candidates = all.length <= SCAN_LIMIT ? all : levelIndex(levels[k]!).regexes;
    for (let i = 0; i < candidates.length; i++) {
      const loc = candidates[i]!;
      if (!loc.isRegex || !loc.compiled) continue;
      if (loc.compiled.nestedQuantifier && uri.length > SAFE_NESTED_QUANTIFIER_LENGTH) {
        search.uncertain = true;
        continue;
      }
      const captures = matchCaptures(loc.compiled, uri);
      if (captures) return found(search, loc, 'regex', captures);
    }
  }
  return depth > 1 ? found(search, prefixes[depth - 2]!, 'prefix', undefined) : false;
}

function found(
  search: Search,
  location: LocationInfo,
  kind: LocationMatch['kind'],
  captures: readonly string[] | undefined,
): true {
  search.location = location;
  search.kind = kind;
  search.captures = captures;
  return true;
}
