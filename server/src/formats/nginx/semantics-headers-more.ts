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
  return out === undefined ? NO_ENTRIES : withoutCleared(out, node);
}

const CLEAR = 'more_clear_headers';

/**
 * The entries a `more_clear_headers` of the node's level, or of a level around it, removes: the
 * module runs a level's commands after its outer levels', so a clear takes what its own level and
 * the outer ones set (YunoHost's app file `more_clear_headers "X-Frame-Options";` under the
 * domain's `more_set_headers`: blind case yunohost-chamilo--iframe-clear-frame-options, nginx
 * 1.22.1 with headers-more 0.34 sent no X-Frame-Options). A clear limited with `-s` or `-t` takes
 * only some responses: it is not counted. Headers of `add_header` are left as they are: whether
 * the module's filter runs before or after the standard one depends on how it was built.
 */
function withoutCleared(entries: InheritedEntry[], node: EffectiveNode): readonly InheritedEntry[] {
  let cleared: { names: string[]; clear: EffectiveNode; level: EffectiveNode; depth: number }[] | undefined;
  for (let n: EffectiveNode | undefined = node; n; n = n.parent) {
    if (!isInheritanceLevel(n)) continue;
    for (const clear of n.childrenNamed(CLEAR)) {
      const names = unconditionalNames(clear);
      if (names.length > 0) (cleared ??= []).push({ names, clear, level: n, depth: depthOf(n) });
    }
  }
  if (cleared === undefined) return entries;
  const kept = entries.filter((entry) => {
    const depth = entry.level === undefined ? -1 : depthOf(entry.level);
    const name = entry.name.toLowerCase();
    return !cleared!.some(
      (c) =>
        c.names.some((pattern) => namesMatch(pattern, name)) &&
        // Outer levels' commands run first; within a level, in the order they are written.
        (c.depth > depth || (entry.level === c.level && runsBefore(entry.node, c.clear, c.level))),
    );
  });
  return kept.length === 0 ? NO_ENTRIES : kept;
}

/** Whether `first` comes before `second` among the children of `level`. */
function runsBefore(first: EffectiveNode, second: EffectiveNode, level: EffectiveNode): boolean {
  const children = level.children;
  return children.indexOf(first) < children.indexOf(second);
}

/** The header names of a `more_clear_headers` without `-s`/`-t`, lowercased (`X-Hidden-*` kept as a prefix pattern). */
function unconditionalNames(clear: EffectiveNode): string[] {
  if (clear.args.some((arg) => arg.value === '-s' || arg.value === '-t')) return [];
  return clear.args.map((arg) => arg.value.trim().toLowerCase()).filter((name) => name !== '');
}

function namesMatch(pattern: string, name: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}

function depthOf(node: EffectiveNode): number {
  let depth = 0;
  for (let p = node.parent; p; p = p.parent) depth++;
  return depth;
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
