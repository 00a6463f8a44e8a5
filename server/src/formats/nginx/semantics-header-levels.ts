import { ObjectMemo } from '../../engine/object-memo.ts';
import type { WorkspaceView } from '../../engine/types.ts';
import { effectiveConfig, type EffectiveConfig, type EffectiveNode } from './effective.ts';
import { globMatches, hasGlobMagic } from './glob.ts';
import { defaultParse, parsedFileAt } from './parse-cache.ts';
import { ifNeverAnswers } from './semantics-if-flow.ts';
import { nodesNamed, serverOf } from './semantics-tree-index.ts';
import {
  effectiveArray,
  headerNameIs,
  isInheritanceLevel,
  mergeLevel,
  NOTHING_IN_EFFECT,
  type EffectiveArray,
  type InheritedEntry,
} from './headers.ts';

/**
 * Array-directive inheritance (`add_header`, `proxy_set_header`) with one addition to
 * headers.ts: the top of a file that no nginx.conf of the workspace includes. Such a file (a
 * snippet, a Gixy fixture, a sites file read alone) is included somewhere, so its top-level
 * directives form a level of their own, the block it is included into: an `add_header` there
 * is dropped by a `location` of the same file that declares its own, exactly as in a server.
 */

export interface ArrayKind {
  directive: string;
  /** `add_header_inherit` for `add_header`. */
  inheritDirective?: string;
  /** The memo key of results computed with an implicit top level (see `arrayAt`), built once. */
  topKey: string;
}

export const ADD_HEADER: ArrayKind = {
  directive: 'add_header',
  inheritDirective: 'add_header_inherit',
  topKey: 'add_header+top',
};
export const PROXY_SET_HEADER: ArrayKind = { directive: 'proxy_set_header', topKey: 'proxy_set_header+top' };

/**
 * What is above a file's top level when no nginx.conf of the workspace places it: its own
 * top-level nodes (the block it will be included into), and, for a Debian-style
 * `sites-available/x` file, the `http` block of the nginx.conf that includes `sites-enabled/*`
 * (where the symlink to it will be).
 */
export interface TopLevel {
  nodes: readonly EffectiveNode[];
  http?: EffectiveNode;
}

/** The implicit top level of a tree (see `TopLevel`), or undefined when an nginx.conf places the file. */
export function implicitTopLevel(config: EffectiveConfig, workspace?: WorkspaceView): TopLevel | undefined {
  if (config.placement?.parent) return undefined;
  // Kept per configuration (and the workspace that finds the enabled site): rules ask for each server they read.
  const hit = topLevels.get(config);
  if (hit && hit.workspace === workspace) return hit.top;
  const http = workspace && !config.placement ? enabledSiteHttp(config.path, workspace) : undefined;
  const top = http ? { nodes: config.nodes, http } : { nodes: config.nodes };
  topLevels.set(config, { workspace, top });
  return top;
}

const topLevels = new ObjectMemo<EffectiveConfig, { workspace: WorkspaceView | undefined; top: TopLevel }>(
  'topLevels',
);

/**
 * The entries in effect at a node's level, with the implicit top level (`top`, see
 * `implicitTopLevel`) as the outermost one when given: headers.ts's `mergeLevel`, computed
 * from the nearest enclosing level already known (each level is computed once per lint, from its
 * parent's result), so thousands of nested locations, or of servers at the top of a file, stay
 * linear.
 */
export function arrayAt(node: EffectiveNode, kind: ArrayKind, top: TopLevel | undefined): EffectiveArray {
  // Without an implicit top, nginx's own levels; with one, the same merge from the top's result.
  return top
    ? effectiveArray(node, kind.directive, kind, { key: kind.topKey, result: () => topResult(kind, top) })
    : effectiveArray(node, kind.directive, kind);
}

const topResults = new ObjectMemo<TopLevel, Map<string, EffectiveArray>>('topResults');

/** What is in effect at the top of the tree: nothing, or the includer's `http` level and the file's own top-level declarations. */
function topResult(kind: ArrayKind, top: TopLevel | undefined): EffectiveArray {
  if (!top) return NOTHING_IN_EFFECT;
  let byKind = topResults.get(top);
  if (!byKind) {
    byKind = new Map();
    topResults.set(top, byKind);
  }
  let known = byKind.get(kind.directive);
  if (!known) {
    const outer = top.http ? arrayAt(top.http, kind, undefined) : NOTHING_IN_EFFECT;
    const declared = top.nodes.filter((n) => n.name === kind.directive && n.directive.kind === 'simple');
    const modes = kind.inheritDirective ? top.nodes.filter((n) => n.name === kind.inheritDirective) : [];
    known = mergeLevel({ ...outer, level: undefined }, declared, modes, undefined);
    byKind.set(kind.directive, known);
  }
  return known;
}

const enabledSites = new ObjectMemo<WorkspaceView, Map<string, EffectiveNode | null>>('enabledSites');

/**
 * For `…/sites-available/x`: the `http` block of the workspace's nginx.conf whose `include`
 * (`sites-enabled/*`) would bring in `…/sites-enabled/x`, the symlink Debian's `a2ensite`-style
 * setup makes. Repositories keep the file and the nginx.conf, rarely the symlink.
 */
export function enabledSiteHttp(path: string, workspace: WorkspaceView): EffectiveNode | undefined {
  let byPath = enabledSites.get(workspace);
  if (!byPath) {
    byPath = new Map();
    enabledSites.set(workspace, byPath);
  }
  let known = byPath.get(path);
  if (known === undefined) {
    known = findEnabledSiteHttp(path, workspace) ?? null;
    byPath.set(path, known);
  }
  return known ?? undefined;
}

function findEnabledSiteHttp(path: string, workspace: WorkspaceView): EffectiveNode | undefined {
  const m = /^(.*)\/sites-available\/([^/]+)$/.exec(path);
  if (!m) return undefined;
  const enabled = `${m[1]}/sites-enabled/${m[2]}`;
  const mainPath = `${m[1]}/nginx.conf`;
  const main = parsedFileAt(mainPath, workspace, defaultParse);
  if (!main) return undefined;
  const mainConfig = effectiveConfig(main, mainPath, workspace);
  for (const include of nodesNamed(mainConfig, 'include')) {
    const pattern = include.include?.resolvedPattern;
    if (pattern === undefined || include.parent?.name !== 'http') continue;
    if (pattern === enabled || (hasGlobMagic(pattern) && globMatches(pattern, enabled)))
      return include.parent;
  }
  return undefined;
}

/** `add_header` entries in effect at a node's level (see `arrayAt`). */
export function headersAt(node: EffectiveNode, top: TopLevel | undefined): EffectiveArray {
  return arrayAt(node, ADD_HEADER, top);
}

/**
 * The levels of a tree that decide their own entries: the parents of its `add_header` (or
 * `proxy_set_header`) nodes, and of `…_inherit off`. Found from the tree index, so a rule asks
 * about the few blocks that declare headers instead of every block of every server.
 */
export function declaringLevels(config: EffectiveConfig, kind: ArrayKind = ADD_HEADER): EffectiveNode[] {
  const out = new Set<EffectiveNode>();
  for (const node of nodesNamed(config, kind.directive)) {
    if (node.directive.kind === 'simple' && node.parent && isInheritanceLevel(node.parent))
      out.add(node.parent);
  }
  // A level that clears headers with the headers-more module decides what it sends too.
  if (kind === ADD_HEADER) {
    for (const node of nodesNamed(config, 'more_clear_headers'))
      if (node.parent && isInheritanceLevel(node.parent)) out.add(node.parent);
  }
  if (kind.inheritDirective) {
    for (const node of nodesNamed(config, kind.inheritDirective)) {
      if (node.args[0]?.value === 'off' && node.parent && isInheritanceLevel(node.parent))
        out.add(node.parent);
    }
  }
  // An `if` whose configuration answers no request declares nothing anybody receives.
  for (const level of out) if (ifNeverAnswers(level)) out.delete(level);
  return [...out];
}

const byServer = new ObjectMemo<EffectiveConfig, Map<EffectiveNode, EffectiveNode[]>>('byServer');

/**
 * The levels of a server that decide their own headers: the server, then every `location`,
 * `if` and `limit_except` inside it that declares an `add_header` (or sets
 * `add_header_inherit off`), nested ones included.
 */
export function headerLevelsOf(config: EffectiveConfig, server: EffectiveNode): EffectiveNode[] {
  let groups = byServer.get(config);
  if (!groups) {
    groups = new Map();
    for (const level of declaringLevels(config)) {
      if (level.name === 'server' || level.name === 'http') continue;
      const owner = serverOf(level);
      if (!owner) continue;
      const list = groups.get(owner);
      if (list) list.push(level);
      else groups.set(owner, [level]);
    }
    byServer.set(config, groups);
  }
  return [server, ...(groups.get(server) ?? [])];
}

/** Whether a level declares entries of its own (or cuts inheritance with `…_inherit off`). */
export function declaresOwn(level: EffectiveNode, kind: ArrayKind = ADD_HEADER): boolean {
  if (level.childrenNamed(kind.directive).some((c) => c.directive.kind === 'simple')) return true;
  return (
    kind.inheritDirective !== undefined &&
    level.childrenNamed(kind.inheritDirective).some((c) => c.args[0]?.value === 'off')
  );
}

/** The entry for a header, if one is sent: the first with that name and a non-empty value (nginx skips empty ones). */
export function sentHeader(entries: readonly InheritedEntry[], name: string): InheritedEntry | undefined {
  const wanted = name.toLowerCase();
  // A loop: asked for each wanted header of each level of every server.
  for (const entry of entries) if (entry.value !== '' && headerNameIs(entry.name, wanted)) return entry;
  return undefined;
}

/** Whether a header value is computed at run time (a variable): its content cannot be judged. */
export function isDynamicValue(value: string): boolean {
  return /\$(\w|\{)/.test(value);
}

/** Response headers that protect the client; losing one silently weakens every response of a block. */
export const SECURITY_HEADERS: readonly string[] = [
  'Strict-Transport-Security',
  'Content-Security-Policy',
  'X-Frame-Options',
  'X-Content-Type-Options',
  'X-XSS-Protection',
  'Referrer-Policy',
  'Permissions-Policy',
  'Cross-Origin-Opener-Policy',
  'Cross-Origin-Embedder-Policy',
  'Cross-Origin-Resource-Policy',
];

const DEFAULT_WATCHED = new Set(SECURITY_HEADERS.map((h) => h.toLowerCase()));

/**
 * The headers an outer level sends that a level no longer sends because it declares its own
 * `add_header` (first entry per name, nearest level first). Empty under `add_header_inherit
 * off` (a deliberate choice) and for headers the level sends itself.
 *
 * Transitive: when an outer level that declares its own headers drops one too (`http` sends
 * X-Frame-Options, the server declares only HSTS, a location declares only Cache-Control), the
 * location loses it as well. Reporting it on both levels gives both the same copy of the
 * original line, so one "fix all" round leaves no level without it (after fixing only the
 * server, the location would drop it again).
 */
export function lostHeaders(
  level: EffectiveNode,
  top: TopLevel | undefined,
  watched: ReadonlySet<string> = DEFAULT_WATCHED,
): InheritedEntry[] {
  const headers = headersAt(level, top);
  if (headers.mode === 'off') return [];
  const lost: InheritedEntry[] = [];
  for (const [key, entry] of droppedAlongChain(level, top)) {
    if (!watched.has(key) || sentHeader(headers.entries, entry.name)) continue;
    lost.push(entry);
  }
  return lost;
}

const chainMemo = new ObjectMemo<
  EffectiveNode,
  Map<TopLevel | undefined, ReadonlyMap<string, InheritedEntry>>
>('chainMemo');

/**
 * The non-empty headers dropped at a level or at any outer level it would inherit from, by
 * lower-case name (the nearest drop wins). Kept per level: the names are few, so deep nestings
 * of declaring locations stay linear.
 */
const NOTHING_DROPPED: ReadonlyMap<string, InheritedEntry> = new Map();

function droppedAlongChain(
  level: EffectiveNode,
  top: TopLevel | undefined,
): ReadonlyMap<string, InheritedEntry> {
  // Iterative (thousands of nested declaring locations would overflow a recursion): walk out
  // to the first level already known, then fill the chain from the outside in.
  const pending: EffectiveNode[] = [];
  let outer: ReadonlyMap<string, InheritedEntry> = NOTHING_DROPPED;
  for (let n: EffectiveNode | undefined = level; n; n = outerDeclaringLevel(n)) {
    const known = chainMemo.get(n)?.get(top);
    if (known) {
      outer = known;
      break;
    }
    pending.push(n);
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    const n = pending[i]!;
    const headers = headersAt(n, top);
    // Most levels drop nothing new: they share the outer level's map (never changed once made).
    let out: ReadonlyMap<string, InheritedEntry>;
    if (headers.mode === 'off') out = NOTHING_DROPPED;
    else if (headers.dropped.length === 0) out = outer;
    else {
      const own = new Map<string, InheritedEntry>();
      for (const entry of headers.dropped) {
        const key = entry.name.toLowerCase();
        if (entry.value !== '' && !own.has(key)) own.set(key, entry);
      }
      for (const [key, entry] of outer) if (!own.has(key)) own.set(key, entry);
      out = own;
    }
    let byTop = chainMemo.get(n);
    if (!byTop) {
      byTop = new Map();
      chainMemo.set(n, byTop);
    }
    byTop.set(top, out);
    outer = out;
  }
  return outer;
}

/** The nearest enclosing level that declares its own headers: the one `level` would inherit from. */
function outerDeclaringLevel(level: EffectiveNode): EffectiveNode | undefined {
  for (let n = level.parent; n; n = n.parent) if (isInheritanceLevel(n) && declaresOwn(n)) return n;
  return undefined;
}
