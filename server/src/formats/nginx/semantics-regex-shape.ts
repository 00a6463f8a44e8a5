import { CharSet, CHAR_CLASSES } from './semantics-regex-charset.ts';
import type { GroupNode, RegexNode } from './semantics-regex.ts';

/**
 * What a part of a regex can match, over-approximated with character sets: whether it can match
 * the empty string, which characters it can start with, which it can contain. Enough to answer
 * "can this capture start with a dot?" or "can this loop's separator be skipped?" without ever
 * running the expression. Recursion depth is bounded by PCRE's nesting limit (250 groups).
 */

/** Whether the node can match the empty string. */
export function nullable(node: RegexNode): boolean {
  switch (node.type) {
    case 'char':
      return false;
    case 'assert':
    case 'backref':
      return true;
    case 'opaque':
      return true;
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.branches.some(nullable);
    case 'group':
      return node.kind.includes('look') || node.kind === 'conditional' || nullable(node.body);
    case 'repeat':
      return node.min === 0 || nullable(node.body);
  }
}

/** Characters the node can consume anywhere. */
export function charsOf(node: RegexNode): CharSet {
  switch (node.type) {
    case 'char':
      return node.set;
    case 'assert':
      return CharSet.empty();
    case 'backref':
      return CHAR_CLASSES.any;
    case 'opaque':
      return node.consumes ? CHAR_CLASSES.any : CharSet.empty();
    case 'seq':
      return node.items.reduce((acc, item) => acc.union(charsOf(item)), CharSet.empty());
    case 'alt':
      return node.branches.reduce((acc, b) => acc.union(charsOf(b)), CharSet.empty());
    case 'group':
      return node.kind.includes('look') ? CharSet.empty() : charsOf(node.body);
    case 'repeat':
      return node.max === 0 ? CharSet.empty() : charsOf(node.body);
  }
}

/** Characters a non-empty match of the node can start with. */
export function firstChars(node: RegexNode): CharSet {
  switch (node.type) {
    case 'char':
      return node.set;
    case 'assert':
      return CharSet.empty();
    case 'backref':
      return CHAR_CLASSES.any;
    case 'opaque':
      return node.consumes ? CHAR_CLASSES.any : CharSet.empty();
    case 'seq': {
      let acc = CharSet.empty();
      for (const item of node.items) {
        acc = acc.union(firstChars(item));
        if (!nullable(item)) break;
      }
      return acc;
    }
    case 'alt':
      return node.branches.reduce((acc, b) => acc.union(firstChars(b)), CharSet.empty());
    case 'group':
      return node.kind.includes('look') ? CharSet.empty() : firstChars(node.body);
    case 'repeat':
      return node.max === 0 ? CharSet.empty() : firstChars(node.body);
  }
}

/** Characters a non-empty match of the node can end with. */
export function lastChars(node: RegexNode): CharSet {
  switch (node.type) {
    case 'seq': {
      let acc = CharSet.empty();
      for (let k = node.items.length - 1; k >= 0; k--) {
        const item = node.items[k]!;
        acc = acc.union(lastChars(item));
        if (!nullable(item)) break;
      }
      return acc;
    }
    case 'alt':
      return node.branches.reduce((acc, b) => acc.union(lastChars(b)), CharSet.empty());
    case 'group':
      return node.kind.includes('look') ? CharSet.empty() : lastChars(node.body);
    case 'repeat':
      return node.max === 0 ? CharSet.empty() : lastChars(node.body);
    default:
      return firstChars(node);
  }
}

export interface Preceding {
  /** Characters that can come right before the node in a match. */
  chars: CharSet;
  /** The node can be at the start of the matched text (after `^`, or anywhere when unanchored). */
  atStart: boolean;
  /** The start of the match can be preceded by anything (the regex is not anchored with `^`). */
  unanchored: boolean;
}

/**
 * What can come right before `target` in a match of `root`. The subject of a `location` regex
 * is the normalised URI, so for captures "at the start of an anchored regex" the caller knows
 * the preceding position is the URI's leading `/`.
 */
export function precedingOf(root: RegexNode, target: RegexNode): Preceding | undefined {
  const path = pathTo(root, target);
  if (!path) return undefined;
  let chars = CharSet.empty();
  for (let level = path.length - 2; level >= 0; level--) {
    const parent = path[level]!;
    const child = path[level + 1]!;
    if (parent.type === 'repeat' && parent.max > 1) chars = chars.union(lastChars(parent.body));
    if (parent.type !== 'seq') continue;
    const at = parent.items.indexOf(child);
    for (let k = at - 1; k >= 0; k--) {
      const item = parent.items[k]!;
      if (item.type === 'assert' && item.kind === 'start') return { chars, atStart: true, unanchored: false };
      chars = chars.union(lastChars(item));
      if (!nullable(item)) return { chars, atStart: false, unanchored: false };
    }
  }
  return { chars, atStart: true, unanchored: true };
}

/** The chain of nodes from `root` down to `target` (both included), or undefined. */
function pathTo(root: RegexNode, target: RegexNode): RegexNode[] | undefined {
  const parents = new Map<RegexNode, RegexNode>();
  const stack: RegexNode[] = [root];
  let found = root === target;
  while (stack.length > 0 && !found) {
    const node = stack.pop()!;
    for (const child of childrenOf(node)) {
      parents.set(child, node);
      if (child === target) found = true;
      stack.push(child);
    }
  }
  if (!found) return undefined;
  const path: RegexNode[] = [target];
  for (let n = parents.get(target); n; n = parents.get(n)) path.push(n);
  return path.reverse();
}

function childrenOf(node: RegexNode): RegexNode[] {
  switch (node.type) {
    case 'seq':
      return node.items;
    case 'alt':
      return node.branches;
    case 'group':
    case 'repeat':
      return [node.body];
    default:
      return [];
  }
}

/** Whether every match of the regex must start at the subject's start (`^`/`\A` before anything). */
export function isStartAnchored(root: RegexNode): boolean {
  switch (root.type) {
    case 'assert':
      return root.kind === 'start';
    case 'seq': {
      for (const item of root.items) {
        if (isStartAnchored(item)) return true;
        if (!nullable(item) || item.type !== 'assert') return false;
      }
      return false;
    }
    case 'alt':
      return root.branches.every(isStartAnchored);
    case 'group':
      return (
        (root.kind === 'capture' || root.kind === 'group' || root.kind === 'atomic') &&
        isStartAnchored(root.body)
      );
    default:
      return false;
  }
}

/** Whether every match must end at the subject's end (`$`/`\z` after everything). */
export function isEndAnchored(root: RegexNode): boolean {
  switch (root.type) {
    case 'assert':
      return root.kind === 'end';
    case 'seq': {
      for (let k = root.items.length - 1; k >= 0; k--) {
        const item = root.items[k]!;
        if (isEndAnchored(item)) return true;
        if (item.type !== 'assert') return false;
      }
      return false;
    }
    case 'alt':
      return root.branches.every(isEndAnchored);
    case 'group':
      return (
        (root.kind === 'capture' || root.kind === 'group' || root.kind === 'atomic') &&
        isEndAnchored(root.body)
      );
    default:
      return false;
  }
}

/**
 * The literal text the regex matches when it matches exactly one fixed string (`^/x\.txt$` →
 * `/x.txt` with both anchors), else undefined. Case-insensitive letters are not literal.
 */
export function literalText(
  root: RegexNode,
): { text: string; startAnchored: boolean; endAnchored: boolean } | undefined {
  const items = root.type === 'seq' ? root.items : [root];
  let text = '';
  let startAnchored = false;
  let endAnchored = false;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.type === 'assert' && item.kind === 'start' && k === 0) {
      startAnchored = true;
      continue;
    }
    if (item.type === 'assert' && item.kind === 'end' && k === items.length - 1) {
      endAnchored = true;
      continue;
    }
    if (item.type !== 'char' || item.set.size() !== 1) return undefined;
    text += String.fromCharCode(item.set.first()!);
  }
  return { text, startAnchored, endAnchored };
}

/**
 * The literal text a `^`-anchored regex starts with (`^/icingaweb2(.+)?` → `/icingaweb2`), up to
 * its first item that is not one fixed character (a quantified one is a repeat, not a character);
 * undefined without the anchor.
 */
export function literalStart(root: RegexNode): string | undefined {
  const items = root.type === 'seq' ? root.items : [root];
  const first = items[0];
  if (first?.type !== 'assert' || first.kind !== 'start') return undefined;
  let text = '';
  for (let k = 1; k < items.length; k++) {
    const item = items[k]!;
    if (item.type !== 'char' || item.set.size() !== 1) break;
    text += String.fromCharCode(item.set.first()!);
  }
  return text;
}

/** The capture group `$n` or `$name` refers to, if the regex has it. */
export function captureGroup(
  groups: ReadonlyMap<number, GroupNode>,
  names: ReadonlyMap<string, number>,
  ref: number | string,
): GroupNode | undefined {
  const index = typeof ref === 'number' ? ref : names.get(ref);
  return index === undefined ? undefined : groups.get(index);
}

/**
 * How many times at most a match of the node holds the character `code`: `Infinity` when a
 * repetition without a bound can take it (`.*`, `[^?]+`), or when a back-reference may repeat it.
 * `^(?:/[a-z\-]+)?/system/files/` holds four `/` at most.
 */
export function maxOccurrences(node: RegexNode, code: number): number {
  switch (node.type) {
    case 'char':
      return node.set.has(code) ? 1 : 0;
    case 'assert':
      return 0;
    case 'backref':
      return Infinity;
    case 'opaque':
      return node.consumes ? Infinity : 0;
    case 'seq':
      return node.items.reduce((sum, item) => sum + maxOccurrences(item, code), 0);
    case 'alt':
      return node.branches.reduce((most, branch) => Math.max(most, maxOccurrences(branch, code)), 0);
    case 'group':
      return node.kind.includes('look') ? 0 : maxOccurrences(node.body, code);
    case 'repeat': {
      if (node.max === 0) return 0;
      const each = maxOccurrences(node.body, code);
      return each === 0 ? 0 : each * node.max;
    }
  }
}
