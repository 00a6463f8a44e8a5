import type { WorkspaceView } from '../../engine/types.ts';
import type { Directive, NginxFile } from './ast.ts';
import {
  contextName,
  directiveInfo,
  isAllowedIn,
  isDataBlock,
  isKnownDirective,
  protocolOf,
} from './directives.ts';
import { effectiveConfig, walkEffective, type EffectiveNode } from './effective.ts';
import { includersOf, isMainConfig, type Includer } from './includes.ts';
import { defaultParse, parsedFileAt } from './parse-cache.ts';
import { walkDirectives } from './walk.ts';

/**
 * Where each directive of a file sits, as nginx will read it: the names of the blocks around
 * it, across files. A main configuration (or an `nginx -T` dump) knows everything; a file an
 * nginx.conf of the workspace includes is read in that nginx.conf's block; a snippet (a file
 * without `server` blocks) that no nginx.conf places is read in the block of each file that
 * includes it; anything else (a sites file read alone) has an unknown top level, so only the
 * blocks written in it are known.
 */

/** Context names the nginx documentation uses (anything else is a third-party block). */
const DOCUMENTED_CONTEXTS = new Set([
  'main',
  'http',
  'server',
  'location',
  'limit_except',
  'if',
  'if in location',
  'upstream',
  'mail',
  'stream',
  'events',
  'acme_issuer',
  'oidc_provider',
  'mgmt',
]);

export interface PlacedDirective {
  directive: Directive;
  /**
   * Names of the enclosing blocks that decide the context, outermost first (from the main
   * context when known): the protocol block, a data block, and the last two (see `within`).
   */
  enclosing: string[];
  /** The `include` through which a snippet is read in this context, when the context comes from it. */
  includer?: Includer;
}

/** Whether the directives of a block are nginx directives this reference can judge. */
export function isReferenceBlock(directive: Directive): boolean {
  if (directive.kind !== 'block' || isDataBlock(directive.name)) return false;
  return directiveInfo(directive.name)?.isBlock === true;
}

/**
 * The enclosing names a context check needs, kept short: the protocol block (`http`, `stream`,
 * `mail`) and a data block anywhere above, and the last two names (`if in location`). Building
 * each directive's list from its parent's keeps deep nestings linear (a full ancestor list per
 * directive is quadratic on thousands of nested locations).
 */
function within(outer: readonly string[], name: string): string[] {
  const full = [...outer, name];
  if (full.length <= 3) return full;
  const tail = full.slice(-2);
  const head: string[] = [];
  const protocol = protocolOf(full);
  if (protocol && !tail.includes(protocol)) head.push(protocol);
  const data = full.slice(0, -2).find((block) => isDataBlock(block));
  if (data && !tail.includes(data)) head.push(data);
  return [...head, ...tail];
}

/** The directives of a file with the contexts they are read in (one entry per known context). */
export function placedDirectives(file: NginxFile, path: string, workspace: WorkspaceView): PlacedDirective[] {
  const out: PlacedDirective[] = [];
  const config = effectiveConfig(file, path, workspace);
  if (file.dump || isMainConfig(path, file, workspace) || config.placement) {
    const inside = new Map<EffectiveNode, string[]>();
    const enclosingOf = (node: EffectiveNode): string[] => {
      const parent = node.parent;
      if (!parent) return [];
      let known = inside.get(parent);
      if (!known) {
        // A parent seen for the first time (the walk starts below it, e.g. an included file).
        known = parent.enclosingNames().reduce<string[]>((acc, name) => within(acc, name), []);
        known = within(known, parent.name);
        inside.set(parent, known);
      }
      return known;
    };
    walkEffective(config, (node) => {
      if (node.path !== path) return false;
      const enclosing = enclosingOf(node);
      out.push({ directive: node.directive, enclosing });
      const descend = isReferenceBlock(node.directive);
      if (descend) inside.set(node, within(enclosing, node.name));
      return descend;
    });
    return out;
  }
  const prefixes = snippetIncluders(file, path, workspace);
  const inside = new Map<Directive, string[]>();
  walkDirectives(file.directives, (directive) => {
    const inFile = directive.parent ? (inside.get(directive.parent) ?? []) : [];
    if (prefixes.length === 0) {
      // Unknown top level: only what this file's own blocks say.
      if (inFile.length > 0) out.push({ directive, enclosing: inFile });
    } else {
      for (const includer of prefixes)
        out.push({
          directive,
          enclosing: [...includer.enclosing, ...inFile].reduce<string[]>(
            (acc, name) => within(acc, name),
            [],
          ),
          includer,
        });
    }
    const descend = isReferenceBlock(directive);
    if (descend) inside.set(directive, within(inFile, directive.name));
    return descend;
  });
  return out;
}

/**
 * The direct includers of a snippet whose context they fix: an include written in a block, or
 * at the top of a main configuration. A file with `server` blocks at its top is a sites file,
 * read at the `http` level of a configuration the workspace may not hold: it is not a snippet.
 */
function snippetIncluders(file: NginxFile, path: string, workspace: WorkspaceView): Includer[] {
  if (file.directives.some((d) => d.name === 'server' && d.kind === 'block')) return [];
  return includersOf(path, workspace).filter((includer) => {
    if (includer.enclosing.length > 0) return true;
    const includerFile = parsedFileAt(includer.path, workspace, defaultParse);
    return includerFile !== undefined && isMainConfig(includer.path, includerFile, workspace);
  });
}

export interface ContextProblem {
  /** The documentation's name for the context (`location`, `if in location`…). */
  context: string;
  /** Contexts the directive is allowed in. */
  allowed: string[];
}

const problemCache = new Map<string, ContextProblem | null>();

/** Why a known directive cannot be where it is, or undefined when it can (or when that cannot be judged). */
export function contextProblem(placed: PlacedDirective): ContextProblem | undefined {
  const { directive, enclosing } = placed;
  const context = contextName(enclosing);
  // The answer only depends on the name, the protocol and the context: remembered for each.
  const key = `${directive.name}\u0000${protocolOf(enclosing) ?? ''}\u0000${context}`;
  let problem = problemCache.get(key);
  if (problem === undefined) {
    problem = judge(directive.name, enclosing, context) ?? null;
    if (problemCache.size > 20_000) problemCache.clear();
    problemCache.set(key, problem);
  }
  return problem ?? undefined;
}

function judge(name: string, enclosing: readonly string[], context: string): ContextProblem | undefined {
  if (!isKnownDirective(name)) return undefined;
  if (!DOCUMENTED_CONTEXTS.has(context)) return undefined;
  if (isAllowedIn(name, enclosing) !== false) return undefined;
  // The rewrite module documents its directives for "if" meaning both a server's and a location's `if`.
  if (context === 'if in location' && isAllowedIn(name, [...enclosing.slice(0, -2), 'server', 'if']))
    return undefined;
  return { context, allowed: directiveInfo(name)?.contexts ?? [] };
}
