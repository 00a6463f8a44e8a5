import { ObjectMemo } from '../../engine/object-memo.ts';
import type { EffectiveNode } from './effective.ts';
import { isInheritanceLevel, type InheritedEntry } from './headers.ts';
import type { TopLevel } from './semantics-header-levels.ts';

/**
 * Response headers set with the headers-more module (`more_set_headers`, shipped in Debian's
 * nginx-extras and in OpenResty). Two differences from `add_header` matter to the header rules:
 * the module merges a level's commands with the outer levels' (its merge_loc_conf prepends the
 * parent's), so an `add_header` or a `more_set_headers` below never drops them; and a command
 * applies to every status code unless `-s` lists some.
 */

const DIRECTIVE = 'more_set_headers';

function entriesOf(
  node: EffectiveNode,
  level: EffectiveNode | undefined,
  inherited: boolean,
): InheritedEntry[] {
  const out: InheritedEntry[] = [];
  let allStatuses = true;
  const specs: string[] = [];
  for (let i = 0; i < node.args.length; i++) {
    const arg = node.args[i]!.value;
    if (arg === '-s' || arg === '-t') {
      if (arg === '-s') allStatuses = false;
      i++;
      continue;
    }
    specs.push(arg);
  }
  for (const spec of specs) {
    const colon = spec.indexOf(':');
    if (colon <= 0) continue;
    const value = spec.slice(colon + 1).trim();
    // `more_set_headers "X-Foo:"` clears the header: nothing is sent.
    if (value === '') continue;
    out.push({
      node,
      name: spec.slice(0, colon).trim(),
      value,
      always: allStatuses,
      ifNotEmpty: false,
      inherited,
      level,
    });
  }
  return out;
}

/**
 * The `more_set_headers` entries in effect at a node: its level's and every enclosing level's.
 * Asked for every level of every server by the header rules, and the module is rare: no list is
 * made until an entry is found (the shared empty one is returned; callers only read it).
 */
export function moreSetHeadersAt(node: EffectiveNode, top: TopLevel | undefined): readonly InheritedEntry[] {
  let out: InheritedEntry[] | undefined;
  let own = true;
  // The node's levels, then (for an unplaced file) the top's entries and the includer's levels.
  for (let pass = 0; pass < 2; pass++) {
    let n: EffectiveNode | undefined = node;
    if (pass === 1) {
      if (!top) break;
      const topOnes = topEntries(top);
      if (topOnes.length > 0) (out ??= []).push(...topOnes);
      n = top.http;
    }
    for (; n; n = n.parent) {
      if (!isInheritanceLevel(n)) continue;
      for (const child of n.childrenNamed(DIRECTIVE)) (out ??= []).push(...entriesOf(child, n, !own));
      own = false;
    }
  }
  return out ?? NO_ENTRIES;
}

const NO_ENTRIES: readonly InheritedEntry[] = Object.freeze([]);

const topMemo = new ObjectMemo<TopLevel, InheritedEntry[]>('topMemo');

/** The top of an unplaced file, read once per lint (a file can hold thousands of servers). */
function topEntries(top: TopLevel): InheritedEntry[] {
  let known = topMemo.get(top);
  if (!known) {
    known = top.nodes.filter((n) => n.name === DIRECTIVE).flatMap((n) => entriesOf(n, undefined, true));
    topMemo.set(top, known);
  }
  return known;
}
