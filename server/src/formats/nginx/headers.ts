import type { EffectiveNode } from './effective.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * Inheritance of nginx's "array" directives: `add_header`, `add_trailer`, `proxy_set_header`,
 * `fastcgi_param`, `uwsgi_param`, `scgi_param`, `grpc_set_header`, `proxy_hide_header`…
 * The nginx documentation says it for each of them: "These directives are inherited from the
 * previous configuration level if and only if there are no [such] directives defined on the
 * current level." A level is a block with its own location configuration: `http`, `server`,
 * `location` (nested ones too), `if` and `limit_except`, each inheriting from the enclosing
 * one. An `include` counts as written where it is (the effective tree does that).
 *
 * `add_header_inherit` / `add_trailer_inherit` (nginx 1.29.3, ngx_http_headers_filter_module's
 * merge function): the mode is itself inherited (default `on`); `on` is the rule above; `off`
 * inherits nothing even when the level declares nothing; `merge` appends the outer level's
 * effective list after the level's own declarations. The outer list is the outer level's
 * *effective* one (levels are merged from the outside in).
 *
 * Not modelled: values nginx adds on its own (proxy_set_header's default `Host $proxy_host`
 * and `Connection close`, the fastcgi_params a distribution ships unless included).
 */
export type InheritMode = 'on' | 'off' | 'merge';

export interface InheritedEntry {
  /** The directive node that declares the entry. */
  node: EffectiveNode;
  /** First argument: the header or parameter name, as written. */
  name: string;
  /** Second argument ('' when absent). An empty add_header value means the header is not sent. */
  value: string;
  /** `add_header … always` / `add_trailer … always`: sent whatever the status code. */
  always: boolean;
  /** `fastcgi_param … if_not_empty`. */
  ifNotEmpty: boolean;
  /** True when the entry was declared at an outer level. */
  inherited: boolean;
  /** The level (block node) where it is declared; undefined for a directive outside any block (top of a snippet). */
  level: EffectiveNode | undefined;
}

export interface EffectiveArray {
  /** What applies at the level, in the order nginx applies it (own entries, then merged outer ones). */
  entries: InheritedEntry[];
  /** Entries the level declares itself. */
  declared: InheritedEntry[];
  /** Entries in effect at the enclosing level that do not apply here (dropped by a declaration or by `off`). */
  dropped: InheritedEntry[];
  mode: InheritMode;
  /** The `*_inherit` directive that set the mode (here or at an outer level). */
  modeNode: EffectiveNode | undefined;
  /** The level the computation was made for (the nearest enclosing level of the node asked about). */
  level: EffectiveNode | undefined;
}

export interface ArrayDirectiveOptions {
  /** Directive that changes the inheritance mode, e.g. `add_header_inherit`. */
  inheritDirective?: string;
}

const LEVELS = new Set(['http', 'server', 'location', 'if', 'limit_except']);

/** Whether a block node is a configuration level for inheritance. */
export function isInheritanceLevel(node: EffectiveNode): boolean {
  return LEVELS.has(node.name) && node.directive.kind === 'block';
}

/** The node itself when it is a level, else its nearest enclosing level. */
export function levelOf(node: EffectiveNode): EffectiveNode | undefined {
  for (let n: EffectiveNode | undefined = node; n; n = n.parent) if (isInheritanceLevel(n)) return n;
  return undefined;
}

/** The result at the top of the tree, above every level: nothing. */
export const NOTHING_IN_EFFECT: EffectiveArray = Object.freeze({
  entries: [],
  declared: [],
  dropped: [],
  mode: 'on',
  modeNode: undefined,
  level: undefined,
}) as EffectiveArray;

const NO_ENTRIES: InheritedEntry[] = Object.freeze([]) as unknown as InheritedEntry[];

/**
 * One level of nginx's merge: the level's own entries, the outer ones, or both under
 * `…_inherit merge`; `…_inherit` directives of the level change the mode first.
 */
export function mergeLevel(
  outerResult: EffectiveArray,
  declaredNodes: readonly EffectiveNode[],
  modeNodes: readonly EffectiveNode[],
  level: EffectiveNode | undefined,
): EffectiveArray {
  let { mode, modeNode } = outerResult;
  for (const child of modeNodes) {
    const value = child.args[0]?.value;
    if (value === 'on' || value === 'off' || value === 'merge') [mode, modeNode] = [value, child];
  }
  // The outer entries, marked inherited (most levels inherit a list that already is).
  const outerEntries = outerResult.entries;
  const outer = outerEntries.every((e) => e.inherited)
    ? outerEntries
    : outerEntries.map((e) => (e.inherited ? e : { ...e, inherited: true }));
  const declared = declaredNodes.length === 0 ? NO_ENTRIES : declaredNodes.map((n) => toEntry(n, level));
  let entries: InheritedEntry[];
  let dropped: InheritedEntry[];
  if (mode === 'off') [entries, dropped] = [declared, outer];
  else if (declared.length === 0) [entries, dropped] = [outer, NO_ENTRIES];
  else if (mode === 'merge') [entries, dropped] = [[...declared, ...outer], NO_ENTRIES];
  else [entries, dropped] = [declared, outer];
  return { entries, declared, dropped, mode, modeNode, level };
}

/** Results by level and directive: every rule asks about the same few levels. */
const inEffect = new NodeMemo<Map<string, EffectiveArray>>();

/**
 * The entries of an array directive in effect at a node's level. `node` may be a level (a
 * `location` block) or any node inside one (the entries then are those of its level). Each level
 * is computed once per tree, from its enclosing level's result, so thousands of nested locations
 * stay linear.
 */
export function effectiveArray(
  node: EffectiveNode,
  directive: string,
  options: ArrayDirectiveOptions = {},
  /**
   * What is in effect above the outermost level, when something is (semantics-header-levels'
   * implicit top level of a snippet), with the key its results are kept under.
   */
  outermost?: { key: string; result: () => EffectiveArray },
): EffectiveArray {
  const target = levelOf(node);
  const key = outermost?.key ?? directive;
  if (!target) return outermost ? outermost.result() : NOTHING_IN_EFFECT;
  const hit = inEffect.get(target)?.get(key);
  if (hit) return hit;
  const pending: EffectiveNode[] = [];
  let above: EffectiveArray | undefined;
  for (let n: EffectiveNode | undefined = target; n; n = n.parent) {
    if (!isInheritanceLevel(n)) continue;
    const known = inEffect.get(n)?.get(key);
    if (known) {
      above = known;
      break;
    }
    pending.push(n);
  }
  let result = above ?? (outermost ? outermost.result() : NOTHING_IN_EFFECT);
  for (let i = pending.length - 1; i >= 0; i--) {
    const level = pending[i]!;
    const own = level.childrenNamed(directive);
    const declared = own.every((c) => c.directive.kind === 'simple')
      ? own
      : own.filter((c) => c.directive.kind === 'simple');
    const modes = options.inheritDirective ? level.childrenNamed(options.inheritDirective) : NO_NODES;
    result = mergeLevel(result, declared, modes, level);
    let byKey = inEffect.get(level);
    if (!byKey) {
      byKey = new Map();
      inEffect.set(level, byKey);
    }
    byKey.set(key, result);
  }
  return result;
}

const NO_NODES: readonly EffectiveNode[] = Object.freeze([]);

/** The entry a declaring directive makes at its level. */
export function toEntry(node: EffectiveNode, level: EffectiveNode | undefined): InheritedEntry {
  const [name, value, flag] = node.args;
  return {
    node,
    name: name?.value ?? '',
    value: value?.value ?? '',
    always: flag?.value === 'always',
    ifNotEmpty: flag?.value === 'if_not_empty',
    inherited: false,
    level,
  };
}

/** Response headers added by `add_header` at a node's level (`add_header_inherit` honoured). */
export function effectiveHeaders(node: EffectiveNode): EffectiveArray {
  return effectiveArray(node, 'add_header', { inheritDirective: 'add_header_inherit' });
}

/** Trailers added by `add_trailer` at a node's level (`add_trailer_inherit` honoured). */
export function effectiveTrailers(node: EffectiveNode): EffectiveArray {
  return effectiveArray(node, 'add_trailer', { inheritDirective: 'add_trailer_inherit' });
}

/** Request headers sent upstream by `proxy_set_header` at a node's level. */
export function effectiveProxyHeaders(node: EffectiveNode): EffectiveArray {
  return effectiveArray(node, 'proxy_set_header');
}

/** FastCGI parameters set by `fastcgi_param` at a node's level. */
export function effectiveFastcgiParams(node: EffectiveNode): EffectiveArray {
  return effectiveArray(node, 'fastcgi_param');
}

/**
 * The `SCRIPT_FILENAME` parameter PHP-FPM reads at a node's level: the last one nginx sends. A
 * level may set it twice (puppet-nginx's vhosts include fastcgi.conf's
 * `$document_root$fastcgi_script_name`, then name their script), and PHP-FPM keeps the last value of
 * a parameter sent twice (blind case puppet-civi: PHP-FPM 8.2 ran the named script).
 */
export function scriptFilenameParam(node: EffectiveNode): InheritedEntry | undefined {
  return entriesNamed(effectiveFastcgiParams(node).entries, 'SCRIPT_FILENAME').at(-1);
}

/** The first entry with this name (case-insensitive, as HTTP header names are): the one a browser reads when a header is sent twice. */
export function findEntry(entries: readonly InheritedEntry[], name: string): InheritedEntry | undefined {
  const wanted = name.toLowerCase();
  return entries.find((e) => headerNameIs(e.name, wanted));
}

/** Every entry with this name (case-insensitive), in order. */
export function entriesNamed(entries: readonly InheritedEntry[], name: string): InheritedEntry[] {
  const wanted = name.toLowerCase();
  return entries.filter((e) => headerNameIs(e.name, wanted));
}

/**
 * Whether a header name is `lowercase` in any case (ASCII, as HTTP header names are), without
 * making a lower-cased copy: the rules ask it for every header of every level, many times a lint.
 */
export function headerNameIs(name: string, lowercase: string): boolean {
  const length = name.length;
  if (length !== lowercase.length) {
    // A name may fold to another length only through a character beyond ASCII (`İ` becomes `i̇`).
    for (let i = 0; i < length; i++) if (name.charCodeAt(i) > 127) return name.toLowerCase() === lowercase;
    return false;
  }
  for (let i = 0; i < length; i++) {
    let c = name.charCodeAt(i);
    if (c > 127) return name.toLowerCase() === lowercase;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lowercase.charCodeAt(i)) return false;
  }
  return true;
}
