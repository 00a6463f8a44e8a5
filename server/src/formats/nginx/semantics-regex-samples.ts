import { ObjectMemo } from '../../engine/object-memo.ts';
import type { LocationInfo } from './locations.ts';
import { parseRegex, type RegexNode } from './semantics-regex.ts';

/**
 * A few strings a regex may match, read off its syntax tree: one representative character per
 * character set, every branch of an alternation, a repeat taken zero times (when it may) and
 * once. Lookarounds, anchors and backreferences are not honoured, so a sample is only a
 * candidate: callers run the real expression on what they build from it. Used to ask "can this
 * location take a path of that shape" of a location regex that fixed probe paths miss
 * (`^/wp-content/.+\.php$` never matches `/upload/a.jpg/x.php`).
 */

/** Characters picked first from a set: plain letters and digits keep samples readable paths. */
const PREFERRED = 'axb0/.-_';
/** Samples kept per node and in all: a location regex has a handful of branches, not thousands. */
export const SAMPLE_LIMIT = 64;
/** Samples longer than this are dropped (nginx's own limit on a request line is far lower by default). */
const MAX_SAMPLE_LENGTH = 4096;
/** A repeat's minimum is honoured up to this (a token route `[A-Za-z0-9]{32}` needs 32 characters). */
const MAX_REPEAT = 256;
/** Deeper trees give no samples (PCRE2 allows 250 nested groups; paths never need that). */
const MAX_DEPTH = 64;

export function sampleMatches(root: RegexNode): string[] {
  return samplesOf(root, 0) ?? [];
}

const samplesBySource = new Map<string, readonly string[]>();

/**
 * Sample matches of a regex given by its source (a location's pattern); none when it does not
 * parse. Kept per source: several rules ask, for every server, about the same few patterns.
 */
export function sampleMatchesOfSource(source: string, caseInsensitive: boolean): readonly string[] {
  const key = `${caseInsensitive ? 'i' : 's'}${source}`;
  let samples = samplesBySource.get(key);
  if (!samples) {
    const root = parseRegex(source, caseInsensitive).root;
    samples = root ? sampleMatches(root) : [];
    if (samplesBySource.size >= 4096) samplesBySource.clear();
    samplesBySource.set(key, samples);
  }
  return samples;
}

/** Undefined when the node cannot be sampled (a backreference, something the reader does not model). */
function samplesOf(node: RegexNode, depth: number): string[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'char': {
      const code = node.set.pick(PREFERRED);
      return code === undefined ? undefined : [String.fromCharCode(code)];
    }
    case 'seq': {
      let out: string[] = [''];
      for (const item of node.items) {
        const tails = samplesOf(item, depth + 1);
        if (!tails) return undefined;
        out = combine(out, tails);
      }
      return out;
    }
    case 'alt': {
      const out: string[] = [];
      for (const branch of node.branches) {
        for (const sample of samplesOf(branch, depth + 1) ?? []) {
          if (out.length >= SAMPLE_LIMIT) return out;
          if (!out.includes(sample)) out.push(sample);
        }
      }
      return out.length > 0 ? out : undefined;
    }
    case 'group':
      // A lookaround consumes nothing; the real expression decides whether it holds.
      return node.kind === 'capture' || node.kind === 'group' || node.kind === 'atomic'
        ? samplesOf(node.body, depth + 1)
        : [''];
    case 'repeat': {
      if (node.max === 0) return [''];
      const body = samplesOf(node.body, depth + 1);
      if (!body) return node.min === 0 ? [''] : undefined;
      const times = Math.max(node.min, 1);
      let once: string[] = [''];
      for (let i = 0; i < times && i < MAX_REPEAT && once.length > 0; i++) once = combine(once, body);
      return node.min === 0 ? ['', ...once].slice(0, SAMPLE_LIMIT) : once;
    }
    case 'assert':
      return [''];
    case 'backref':
    case 'opaque':
      return undefined;
  }
}

function combine(heads: readonly string[], tails: readonly string[]): string[] {
  const out: string[] = [];
  for (const head of heads) {
    for (const tail of tails) {
      if (out.length >= SAMPLE_LIMIT) return out;
      // Nested repeats (`((a{256}){256}){256}`) would grow without bound: no request is that long.
      if (head.length + tail.length > MAX_SAMPLE_LENGTH) continue;
      out.push(head + tail);
    }
  }
  return out;
}

/** How many sample matches of a regex location are read as request paths. */
const REGEX_PATHS = 8;

/**
 * The request paths a location is written for: its prefix, or sample matches of its regex (as
 * paths, lower case for a `~*` regex), read once per location: several rules ask for every
 * restricted or serving location of every server.
 */
export function requestPathsOf(info: LocationInfo): readonly string[] {
  if (!info.isRegex) return [info.pattern];
  const known = regexPaths.get(info);
  if (known) return known;
  const paths: string[] = [];
  for (const sample of sampleMatchesOfSource(info.pattern, info.modifier === '~*')) {
    // A `~*` regex samples mixed case (`/xMLRPC.PHP`): clients, and the PHP location, use lower case.
    const lower = info.modifier === '~*' ? sample.toLowerCase() : sample;
    const path = lower.startsWith('/') ? lower : `/${lower}`;
    if (!namesAFile(path)) continue;
    if (!paths.includes(path)) paths.push(path);
    if (paths.length >= REGEX_PATHS) break;
  }
  regexPaths.set(info, paths);
  return paths;
}

const regexPaths = new ObjectMemo<LocationInfo, readonly string[]>('regexPaths');

/**
 * Whether a sample can be a request path naming a file: nginx merges `//` and resolves `/./` and
 * `/../` before it looks for a location, and no application keeps a folder named `\`. Webinoly's
 * traversal guard, `location ~* (\.\./|\.\.\\|//|\\) { deny all; }`, samples only such paths:
 * nothing of the site lies behind it (blind case webinoly).
 */
function namesAFile(path: string): boolean {
  return !/\/\/|\/\.\.?(?:\/|$)|\\/.test(path);
}
