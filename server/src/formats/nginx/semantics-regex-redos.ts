import { ObjectMemo } from '../../engine/object-memo.ts';
import type { CharSet } from './semantics-regex-charset.ts';
import type { RegexNode, RepeatNode } from './semantics-regex.ts';
import { charsOf, nullable } from './semantics-regex-shape.ts';

/**
 * Static detection of regexes that make a backtracking engine (PCRE, as nginx runs it) take
 * exponential or high-polynomial time on a crafted subject. Two shapes cover the known cases:
 *
 * - nested: a repeated group holding an unbounded repeat whose characters the rest of one
 *   iteration can also consume, or skip (`(a+)+`, `(\w+\s?)*`, `(.*a)+`): a run of those
 *   characters can be split between the inner and the outer loop in exponentially many ways.
 *   A bounded outer loop (`(.*a){8}`) gives a polynomial of its bound's degree instead.
 * - overlap: a repeated alternation whose branches can match the same text in two ways
 *   (`(a|a)*`, `(a|aa)+`, `(\d|\w)+`), found with the Sardinas–Patterson test over character
 *   sets (exact for branches of fixed shape).
 *
 * Possessive quantifiers and atomic groups never backtrack into what they matched, so loops
 * under them are not reported. The analysis only reads the tree, with a work budget: it is
 * linear-ish in the pattern and cannot itself be slow.
 */

export type RedosKind = 'nested' | 'overlap' | 'polynomial' | 'sequence';

export interface RedosFinding {
  kind: RedosKind;
  /** The outer loop; for `sequence`, the first repeat of the row. */
  loop: RepeatNode;
  /** For `nested`/`polynomial`: the inner unbounded repeat; for `sequence`, the last repeat of the row. */
  inner?: RepeatNode;
  /** For `sequence`: how many repeats the row has, the degree of the polynomial. */
  degree?: number;
  /** For `sequence`: the row in the pattern, from its first item to its last (`(.*)/(.*)/(.*)`). */
  span?: { start: number; end: number };
}

/** Outer loops bounded below this are at most cubic in the subject length: not reported. */
const POLYNOMIAL_DEGREE = 3;
const BUDGET = 20_000;
/** Branch shapes longer than this, or more variants, are not expanded for the overlap test. */
const MAX_CODE_LENGTH = 24;
const MAX_VARIANTS = 48;

const memo = new ObjectMemo<RegexNode, RedosFinding | null>('memo');

/** The first catastrophic loop of the regex, if any (memoised per parsed regex). */
export function findRedos(root: RegexNode): RedosFinding | undefined {
  let found = memo.get(root);
  if (found === undefined) {
    found = analyse(root) ?? null;
    memo.set(root, found);
  }
  return found ?? undefined;
}

function analyse(root: RegexNode): RedosFinding | undefined {
  const budget = { left: BUDGET };
  let found: RedosFinding | undefined;
  visitLoops(root, false, (loop) => {
    if (found || budget.left <= 0) return;
    found = nestedLoop(loop, budget) ?? overlappingAlternation(loop, budget);
  });
  return found ?? repeatsInARow(root, budget);
}

/**
 * - sequence: unbounded repeats in a row over common characters, with what stands between them
 *   made of those characters too, and something after the last one that can fail (ILIAS's guide:
 *   `^/data/(.*)/(.*)/(.*)$`). On a subject that almost matches (`/data/` and slashes ending in a
 *   line feed, which `.` does not take) PCRE tries every way of placing the separators: time of
 *   the degree of the row's length (measured on nginx 1.22.1: 600 bytes take 0.3 s of a worker).
 *   Reported from three repeats, like bounded nested loops.
 */
function repeatsInARow(root: RegexNode, budget: { left: number }): RedosFinding | undefined {
  const stack: RegexNode[] = [root];
  while (stack.length > 0) {
    if (budget.left-- <= 0) return undefined;
    const node = stack.pop()!;
    if (node.type === 'seq') {
      const found = rowIn(node.items, budget);
      if (found) return found;
      stack.push(...node.items);
    } else if (node.type === 'alt') stack.push(...node.branches);
    else if (node.type === 'group' && node.kind !== 'atomic' && !node.kind.includes('look'))
      stack.push(node.body);
    // A repeat's body is the nested shape's concern.
  }
  return undefined;
}

/** The unbounded backtracking repeat an item of a sequence is (`.*`, or `(.*)` captured). */
function rowRepeat(item: RegexNode): RepeatNode | undefined {
  const node = unwrap(item);
  if (node.type !== 'repeat' || node.possessive || node.max !== Infinity || nullableBody(node))
    return undefined;
  return node;
}

function rowIn(items: readonly RegexNode[], budget: { left: number }): RedosFinding | undefined {
  for (let first = 0; first < items.length; first++) {
    const start = rowRepeat(items[first]!);
    if (!start) continue;
    let common = charsOf(start.body);
    let count = 1;
    let last = start;
    let lastIndex = first;
    for (let k = first + 1; k < items.length && !common.isEmpty(); k++) {
      if (budget.left-- <= 0) return undefined;
      const repeat = rowRepeat(items[k]!);
      if (!repeat) continue;
      const shared = common.intersect(charsOf(repeat.body));
      // What stands between two repeats must be text either of them could take instead.
      const between = items.slice(lastIndex + 1, k);
      if (
        shared.isEmpty() ||
        !between.every((item) => matchesWithin(item, undefined, shared, budget) || isAssertion(item))
      )
        break;
      common = shared;
      count++;
      last = repeat;
      lastIndex = k;
    }
    // With nothing after the row that can fail (`/?`, `(?:\.html)?` match nothing), the first way
    // of placing it succeeds.
    const after = items.slice(lastIndex + 1);
    if (count >= POLYNOMIAL_DEGREE && after.some((item) => isAssertion(item) || !nullable(item)))
      return {
        kind: 'sequence',
        loop: start,
        inner: last,
        degree: count,
        span: { start: items[first]!.start, end: items[lastIndex]!.end },
      };
  }
  return undefined;
}

function isAssertion(node: RegexNode): boolean {
  return node.type === 'assert';
}

/** Calls `visit` for every backtracking loop (repeat with max ≥ 2 outside atomic groups), outermost first. */
function visitLoops(root: RegexNode, inAtomic: boolean, visit: (loop: RepeatNode) => void): void {
  const stack: { node: RegexNode; atomic: boolean }[] = [{ node: root, atomic: inAtomic }];
  while (stack.length > 0) {
    const { node, atomic } = stack.pop()!;
    switch (node.type) {
      case 'seq':
        for (let k = node.items.length - 1; k >= 0; k--) stack.push({ node: node.items[k]!, atomic });
        break;
      case 'alt':
        for (let k = node.branches.length - 1; k >= 0; k--) stack.push({ node: node.branches[k]!, atomic });
        break;
      case 'group':
        stack.push({ node: node.body, atomic: atomic || node.kind === 'atomic' });
        break;
      case 'repeat': {
        const locked = atomic || node.possessive;
        if (!locked && node.max >= 2) visit(node);
        stack.push({ node: node.body, atomic: locked });
        break;
      }
    }
  }
}

function nestedLoop(loop: RepeatNode, budget: { left: number }): RedosFinding | undefined {
  const unbounded = loop.max === Infinity;
  if (!unbounded && loop.max < POLYNOMIAL_DEGREE) return undefined;
  for (const inner of innerLoops(loop.body)) {
    if (budget.left-- <= 0) return undefined;
    const alphabet = charsOf(inner.body);
    if (alphabet.isEmpty()) continue;
    // One outer iteration can be made of the inner loop's characters alone (or of nothing
    // else): the same run then splits between inner and outer iterations in many ways.
    if (!matchesWithin(loop.body, inner, alphabet, budget)) continue;
    return { kind: unbounded ? 'nested' : 'polynomial', loop, inner };
  }
  return undefined;
}

/** Unbounded, backtracking repeats inside `node` (not under atomic groups or possessive quantifiers). */
function innerLoops(node: RegexNode): RepeatNode[] {
  const out: RepeatNode[] = [];
  const stack: RegexNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'seq':
        stack.push(...n.items);
        break;
      case 'alt':
        stack.push(...n.branches);
        break;
      case 'group':
        if (n.kind !== 'atomic' && !n.kind.includes('look')) stack.push(n.body);
        break;
      case 'repeat':
        if (n.possessive) break;
        if (n.max === Infinity && !nullableBody(n)) out.push(n);
        stack.push(n.body);
        break;
    }
  }
  return out;
}

function nullableBody(repeat: RepeatNode): boolean {
  // `(a?)*`-like loops: PCRE stops an iteration that matched nothing; no blow-up from them.
  return nullable(repeat.body) && charsOf(repeat.body).isEmpty();
}

/** Whether `node` can match some string made only of `alphabet`'s characters, `skip` (if any) counting as matched. */
function matchesWithin(
  node: RegexNode,
  skip: RegexNode | undefined,
  alphabet: CharSet,
  budget: { left: number },
): boolean {
  if (budget.left-- <= 0) return false;
  if (node === skip) return true;
  switch (node.type) {
    case 'char':
      return node.set.intersects(alphabet);
    case 'seq':
      return node.items.every((item) => matchesWithin(item, skip, alphabet, budget));
    case 'alt':
      return node.branches.some((branch) => matchesWithin(branch, skip, alphabet, budget));
    case 'group':
      if (node.kind.includes('look') || node.kind === 'conditional') return true;
      return matchesWithin(node.body, skip, alphabet, budget);
    case 'repeat':
      return node.min === 0 || matchesWithin(node.body, skip, alphabet, budget);
    default:
      return true;
  }
}

/** A loop over an alternation whose branches are fixed sequences of sets, ambiguous as a code. */
function overlappingAlternation(loop: RepeatNode, budget: { left: number }): RedosFinding | undefined {
  if (loop.max !== Infinity) return undefined;
  const codes = expand(unwrap(loop.body));
  if (!codes) return undefined;
  const words = codes.filter((code) => code.length > 0);
  if (words.length < 2) return undefined;
  return isAmbiguous(words, budget) ? { kind: 'overlap', loop } : undefined;
}

function unwrap(node: RegexNode): RegexNode {
  let n = node;
  while (n.type === 'group' && (n.kind === 'capture' || n.kind === 'group')) n = n.body;
  return n;
}

/**
 * Every way the node can match, as sequences of character sets, when it has a fixed shape
 * (literals, classes, optional parts, small counted repeats, alternations); undefined otherwise.
 */
function expand(node: RegexNode): CharSet[][] | undefined {
  switch (node.type) {
    case 'char':
      return [[node.set]];
    case 'assert':
      return [[]];
    case 'group':
      if (node.kind !== 'capture' && node.kind !== 'group') return undefined;
      return expand(node.body);
    case 'alt': {
      const out: CharSet[][] = [];
      for (const branch of node.branches) {
        const variants = expand(branch);
        if (!variants) return undefined;
        out.push(...variants);
        if (out.length > MAX_VARIANTS) return undefined;
      }
      return out;
    }
    case 'seq': {
      let out: CharSet[][] = [[]];
      for (const item of node.items) {
        const variants = expand(item);
        if (!variants) return undefined;
        const next: CharSet[][] = [];
        for (const prefix of out) for (const v of variants) next.push([...prefix, ...v]);
        if (next.length > MAX_VARIANTS || next.some((c) => c.length > MAX_CODE_LENGTH)) return undefined;
        out = next;
      }
      return out;
    }
    case 'repeat': {
      if (node.max === Infinity || node.max > 4) return undefined;
      const body = expand(node.body);
      if (!body) return undefined;
      const out: CharSet[][] = [];
      let current: CharSet[][] = [[]];
      for (let count = 0; count <= node.max; count++) {
        if (count >= node.min) out.push(...current);
        const next: CharSet[][] = [];
        for (const prefix of current) for (const v of body) next.push([...prefix, ...v]);
        current = next;
        if (out.length + current.length > MAX_VARIANTS) return undefined;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/**
 * Sardinas–Patterson over set sequences: the words are ambiguous when some text can be cut into
 * words in two different ways. Each position of such a text is covered by one word of each
 * cut, so comparing two words position by position (sets intersect) is exact.
 */
function isAmbiguous(words: CharSet[][], budget: { left: number }): boolean {
  // A dangling suffix is always a suffix of some word: (word index, offset).
  const seen = new Set<string>();
  const queue: [number, number][] = [];
  const push = (w: number, offset: number): void => {
    const key = `${w}:${offset}`;
    if (!seen.has(key)) {
      seen.add(key);
      queue.push([w, offset]);
    }
  };
  for (let i = 0; i < words.length; i++) {
    for (let j = 0; j < words.length; j++) {
      if (i === j) continue;
      const a = words[i]!;
      const b = words[j]!;
      if (a.length > b.length || !compatible(a, 0, b, 0, a.length)) continue;
      if (a.length === b.length) return true;
      push(j, a.length);
    }
  }
  while (queue.length > 0) {
    if (budget.left-- <= 0) return false;
    const [w, offset] = queue.pop()!;
    const suffix = words[w]!;
    const rest = suffix.length - offset;
    for (let j = 0; j < words.length; j++) {
      const word = words[j]!;
      const n = Math.min(rest, word.length);
      if (!compatible(suffix, offset, word, 0, n)) continue;
      if (rest === word.length) return true;
      if (rest < word.length) push(j, rest);
      else push(w, offset + word.length);
    }
  }
  return false;
}

function compatible(a: CharSet[], aFrom: number, b: CharSet[], bFrom: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (!a[aFrom + k]!.intersects(b[bFrom + k]!)) return false;
  return true;
}
