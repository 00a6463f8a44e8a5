import { renderedTemplateValue } from './compose-mounts.ts';
import type { Arg } from './ast.ts';
import { walkEffective, type EffectiveConfig, type EffectiveNode } from './effective.ts';
import { isInheritanceLevel } from './headers.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * Finding the blocks rules talk about — `http`, `server`, `location` — and reading the
 * directives of a context, always through includes (the effective tree).
 */

/** Every `http` block of the tree (there is one in a main nginx.conf, none in a sites file). */
export function httpBlocks(config: EffectiveConfig): EffectiveNode[] {
  return blocksNamed(config, 'http');
}

/**
 * Every http `server` block: inside `http`, or at the top of a file whose place is unknown or
 * inside `http` (a sites-enabled file). Servers of `stream`/`mail` and `server` entries of an
 * `upstream` are not included.
 */
export function serverBlocks(config: EffectiveConfig): EffectiveNode[] {
  const out: EffectiveNode[] = [];
  walkEffective(config, (node) => {
    if (node.name === 'server' && node.directive.kind === 'block') {
      const enclosing = node.enclosingNames();
      if (!enclosing.includes('stream') && !enclosing.includes('mail') && !enclosing.includes('upstream'))
        out.push(node);
      return false;
    }
    if (node.directive.kind !== 'block') return false;
    // Servers only live in `http` (or at the top of an included file).
    return node.name === 'http';
  });
  return out;
}

/** Every `location` inside a server or location, nested ones included, in reading order. */
export function locationBlocks(block: EffectiveNode): EffectiveNode[] {
  const out: EffectiveNode[] = [];
  walkEffective(block.children, (node) => {
    if (node.name === 'location' && node.directive.kind === 'block') {
      out.push(node);
      return undefined;
    }
    return false;
  });
  return out;
}

/** Every block named `name`, wherever it is. */
export function blocksNamed(config: EffectiveConfig, name: string): EffectiveNode[] {
  const out: EffectiveNode[] = [];
  walkEffective(config, (node) => {
    if (node.directive.kind !== 'block') return false;
    if (node.name === name) out.push(node);
    return undefined;
  });
  return out;
}

/** The directives named `name` directly in a block (includes expanded), in order. */
export function directivesIn(block: EffectiveNode, name: string): EffectiveNode[] {
  return [...block.childrenNamed(name)];
}

/** The last directive named `name` directly in a block: the one nginx keeps for single-value directives. */
export function lastDirectiveIn(block: EffectiveNode, name: string): EffectiveNode | undefined {
  const named = block.childrenNamed(name);
  return named[named.length - 1];
}

export interface InheritedDirective {
  node: EffectiveNode;
  /** The level that declares it. */
  level: EffectiveNode;
  /** True when declared at an outer level than the one asked about. */
  inherited: boolean;
}

/**
 * The value nginx uses at a node's level for a single-value directive with standard
 * inheritance (`root`, `server_tokens`, `autoindex`, `ssl_protocols`, `client_max_body_size`…):
 * the declaration of the innermost level that has one. Undefined when no level declares it
 * (the nginx default applies: see `directiveInfo(name).variants[0].default`).
 */
export function inheritedDirective(node: EffectiveNode, name: string): InheritedDirective | undefined {
  let first = true;
  for (let n: EffectiveNode | undefined = node; n; n = n.parent) {
    if (!isInheritanceLevel(n)) continue;
    const found = lastDirectiveIn(n, name);
    if (found) return { node: found, level: n, inherited: !first };
    first = false;
  }
  return undefined;
}

/** Shared by every caller (`documentRoot` keeps it on the node), hence read-only. */
export interface DocumentRoot {
  readonly kind: 'root' | 'alias';
  /** The `root` or `alias` directive (for an alias, `node.parent` is the location whose prefix it replaces). */
  readonly node: EffectiveNode;
  readonly path: string;
  readonly inherited: boolean;
}

/**
 * Where a location's files come from: the innermost `alias` or `root` of the location and the
 * levels around it. A nested location that sets neither inherits either, alias included
 * (ngx_http_core_merge_loc_conf copies the alias with its length: the alias still replaces the
 * prefix of the location that wrote it; checked on nginx 1.22.1, MediaWiki under `/w/`).
 */
export function documentRoot(node: EffectiveNode): DocumentRoot | undefined {
  // Asked for the same blocks by most rules, for every probe: kept on the node, shared by its
  // callers, which only read it.
  return rootMemo.answer(node, findRootOrNull) ?? undefined;
}

const findRootOrNull = (node: EffectiveNode): DocumentRoot | null => findDocumentRoot(node) ?? null;

/** `documentRoot`'s answers (null: no level sets a root). */
const rootMemo = new NodeMemo<DocumentRoot | null>();

function findDocumentRoot(node: EffectiveNode): DocumentRoot | undefined {
  let first = true;
  for (let n: EffectiveNode | undefined = node; n; n = n.parent) {
    if (!isInheritanceLevel(n)) continue;
    if (n.name === 'location') {
      const alias = lastDirectiveIn(n, 'alias');
      if (alias) return { kind: 'alias', node: alias, path: writtenPath(alias), inherited: !first };
    }
    const root = lastDirectiveIn(n, 'root');
    if (root) return { kind: 'root', node: root, path: rootPathOf(root), inherited: !first };
    first = false;
  }
  return undefined;
}

/**
 * The path a `root` or `alias` names: its argument, as the nginx image renders it when it is in a
 * template (`root ${NGINX_ROOT};` in `templates/default.conf.template`: blind cases templates-civi*).
 */
function writtenPath(directive: EffectiveNode): string {
  return renderedTemplateValue(directive.args[0]?.value ?? '', directive.path, directive.workspace);
}

/**
 * A `root`'s path: its argument, or, when it starts with one variable that the level holding the
 * root (or one around it) sets to one path, that path and the rest of the argument (FASTPANEL and
 * ISPmanager write `set $root_path /var/www/<user>/data/www/<site>; root $root_path;`: blind cases
 * fastpanel-*; nginxconfig.io writes `set $base /var/www/<site>; root $base/public;`).
 */
function rootPathOf(root: EffectiveNode): string {
  const written = writtenPath(root);
  // nginx ends a bare variable name at the first character that is not a letter, digit or `_`.
  const name = /^\$(\w+)(\/[^$]*)?$|^\$\{(\w+)\}([^$]*)$/.exec(written);
  const variable = name?.[1] ?? name?.[3];
  const rest = name?.[2] ?? name?.[4] ?? '';
  if (variable === undefined) return written;
  for (let level = root.parent; level; level = level.parent) {
    const sets = level.childrenNamed('set').filter((set) => set.args[0]?.value === `$${variable}`);
    if (sets.length === 0) continue;
    // ISPmanager's vhost sets it after its includes; an admin's include may set the same path again.
    const values = new Set(sets.map((set) => set.args[1]?.value));
    const value = values.size === 1 ? sets[0]!.args[1]?.value : undefined;
    // Set again in an `if` of that level: the value depends on the request.
    const again = level
      .childrenNamed('if')
      .some((branch) => branch.childrenNamed('set').some((set) => set.args[0]?.value === `$${variable}`));
    return value !== undefined && value.startsWith('/') && !value.includes('$') && !again
      ? value + rest
      : written;
  }
  return written;
}

/** Every name of a server's `server_name` directives, with its argument. */
export function serverNames(server: EffectiveNode): Arg[] {
  return directivesIn(server, 'server_name').flatMap((d) => d.args);
}

/** The innermost enclosing block named `name` (or the node itself). */
export function enclosingBlock(node: EffectiveNode, name: string): EffectiveNode | undefined {
  for (let n: EffectiveNode | undefined = node; n; n = n.parent) if (n.name === name) return n;
  return undefined;
}

/**
 * The http level of a node: whether the top of its tree is inside `http` (a main nginx.conf,
 * or a file placed by an nginx.conf's `include`), or unknown (a sites file read alone).
 */
export function isInsideHttp(node: EffectiveNode): boolean {
  return enclosingBlock(node, 'http') !== undefined;
}
