import type { EffectiveNode } from './effective.ts';
import { locationInfo, SAFE_NESTED_QUANTIFIER_LENGTH, type LocationInfo } from './locations.ts';
import { findRedos } from './semantics-regex-redos.ts';
import { parseRegex } from './semantics-regex.ts';
import { locationsOfServer } from './semantics-tree-index.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * Rules that ask nginx's location choice about request paths (`/uploads/h.php`,
 * `/.git/config`…) run the configuration's own regexes on them. A regex that backtracks
 * catastrophically (`^/(a|a)*$`, `([a-z/]|[a-z/])*`) can take hours on a path a few dozen
 * characters long; locations.ts only skips the nested-quantifier shape. Such a server is only
 * probed with paths short enough to be harmless; nginx/regex-redos reports the regex itself.
 */

const riskyPatterns = new Map<string, boolean>();

/** Whether a regex location can backtrack catastrophically (kept on the location, and by pattern). */
export function isRiskyRegexLocation(info: LocationInfo): boolean {
  if (!info.isRegex) return false;
  if (info.compiled?.nestedQuantifier) return true;
  if (info.risky !== undefined) return info.risky;
  info.risky = isRiskyPattern(info.pattern, info.modifier === '~*');
  return info.risky;
}

/** Whether a regex of the configuration can backtrack catastrophically (cached by pattern). */
function isRiskyPattern(pattern: string, caseInsensitive: boolean): boolean {
  const key = `${caseInsensitive ? '~*' : '~'}${pattern}`;
  let known = riskyPatterns.get(key);
  if (known === undefined) {
    const parsed = parseRegex(pattern, caseInsensitive);
    known = parsed.root !== undefined && findRedos(parsed.root) !== undefined;
    if (riskyPatterns.size > 4096) riskyPatterns.clear();
    riskyPatterns.set(key, known);
  }
  return known;
}

/**
 * Whether a regex of the configuration that is not a location's (a `rewrite`'s) can safely be
 * run on `probe`: as for locations, a risky one only on a short path.
 */
export function canRunPattern(pattern: string, nestedQuantifier: boolean, probe: string): boolean {
  if (probe.length <= SAFE_NESTED_QUANTIFIER_LENGTH) return true;
  return !nestedQuantifier && !isRiskyPattern(pattern, false);
}

const risky = new NodeMemo<boolean>();

/** Whether one of the server's regex locations can backtrack catastrophically. */
function hasRiskyRegex(server: EffectiveNode): boolean {
  let known = risky.get(server);
  if (known === undefined) {
    known = locationsOfServer(server).some((location) => {
      const info = locationInfo(location);
      return info !== undefined && isRiskyRegexLocation(info);
    });
    risky.set(server, known);
  }
  return known;
}

/** Whether a location's own regex can safely be run on `probe`. */
export function canTestPattern(info: LocationInfo, probe: string): boolean {
  return probe.length <= SAFE_NESTED_QUANTIFIER_LENGTH || !isRiskyRegexLocation(info);
}

/** Whether the server's locations can safely be matched against `uri`. */
export function canProbe(server: EffectiveNode, uri: string): boolean {
  return uri.length <= SAFE_NESTED_QUANTIFIER_LENGTH || !hasRiskyRegex(server);
}
