import type { WorkspaceView } from '../../engine/types.ts';
import { compareStrings } from '../../engine/compare-strings.ts';
import { joinPath } from './paths.ts';

/**
 * nginx expands `include` masks with glob(3) (ngx_open_glob, flags 0): `*`, `?` and `[…]`
 * within one path segment, `\` escapes, no `{a,b}`, a leading `.` only matched literally,
 * results sorted. A mask that matches nothing is not an error for nginx; a plain path that
 * does not exist is.
 */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** The files of the workspace an absolute mask matches, in nginx's order. */
export function expandGlob(pattern: string, workspace: WorkspaceView): string[] {
  const segments = pattern.split('/');
  let bases = [segments[0] ?? ''];
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment === '') continue;
    const next: string[] = [];
    if (!hasGlobMagic(segment)) {
      const literal = unescapeGlob(segment);
      for (const base of bases) next.push(joinPath(base || '/', literal));
    } else {
      const matcher = segmentMatcher(segment);
      for (const base of bases) {
        for (const name of workspace.listDir(base || '/') ?? [])
          if (matcher(name)) next.push(joinPath(base || '/', name));
      }
    }
    bases = next;
    if (bases.length === 0) return [];
  }
  return bases.sort(compareStrings);
}

/** Whether an absolute path is matched by an absolute mask. */
export function globMatches(pattern: string, path: string): boolean {
  const want = pattern.split('/').filter((s) => s.length > 0);
  const have = path.split('/').filter((s) => s.length > 0);
  if (want.length !== have.length) return false;
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    const name = have[i]!;
    if (hasGlobMagic(segment) ? !segmentMatcher(segment)(name) : unescapeGlob(segment) !== name) return false;
  }
  return true;
}

function unescapeGlob(segment: string): string {
  return segment.replace(/\\(.)/g, '$1');
}

const matcherCache = new Map<string, (name: string) => boolean>();

function segmentMatcher(segment: string): (name: string) => boolean {
  let matcher = matcherCache.get(segment);
  if (!matcher) {
    const regex = new RegExp(`^${segmentToRegex(segment)}$`, 's');
    const explicitDot = segment.startsWith('.') || segment.startsWith('\\.');
    matcher = (name) => (explicitDot || !name.startsWith('.')) && regex.test(name);
    if (matcherCache.size > 500) matcherCache.clear();
    matcherCache.set(segment, matcher);
  }
  return matcher;
}

function segmentToRegex(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '\\' && i + 1 < segment.length) out += escapeRegex(segment.charAt(++i));
    else if (c === '[') {
      const end = classEnd(segment, i);
      if (end === -1) out += '\\[';
      else {
        out += classToRegex(segment.slice(i + 1, end));
        i = end;
      }
    } else out += escapeRegex(c);
  }
  return out;
}

/** Index of the `]` closing the class opened at `open`, or -1 (then `[` is literal). */
function classEnd(segment: string, open: number): number {
  let i = open + 1;
  if (segment.charAt(i) === '!' || segment.charAt(i) === '^') i++;
  if (segment.charAt(i) === ']') i++;
  const end = segment.indexOf(']', i);
  return end;
}

/** A glob class as a regex class; every character is written as `\uXXXX`, so no input can make it invalid. */
function classToRegex(body: string): string {
  let negate = false;
  let i = 0;
  if (body.startsWith('!') || body.startsWith('^')) {
    negate = true;
    i = 1;
  }
  let items = '';
  while (i < body.length) {
    const from = body.charCodeAt(i);
    if (body.charAt(i + 1) === '-' && i + 2 < body.length) {
      const to = body.charCodeAt(i + 2);
      // A reversed range matches nothing, as in fnmatch(3).
      if (from <= to) items += `${unicodeEscape(from)}-${unicodeEscape(to)}`;
      i += 3;
    } else {
      items += unicodeEscape(from);
      i++;
    }
  }
  if (items === '') return negate ? '[^]' : '[]';
  return `[${negate ? '^' : ''}${items}]`;
}

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
