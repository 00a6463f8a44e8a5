import type { Directive, NginxFile } from './ast.ts';
import type { EffectiveConfig, EffectiveNode } from './effective.ts';
import { nodesNamed } from './semantics-tree-index.ts';
import { codeDirectivesNamed } from './walk.ts';

/**
 * Directives by name, found in one walk and shared by every rule of a lint: each rule that
 * looks for `ssl_certificate` or `resolver` would otherwise walk the whole tree again. Entries
 * of data blocks (`map`, `geo`, `types`…) are not directives and are left out; the data block
 * itself is kept.
 */

/** Nodes of the effective tree (includes expanded) with this name, in nginx's reading order. */
export function effectiveNodesNamed(config: EffectiveConfig, name: string): readonly EffectiveNode[] {
  // The same walk as semantics-tree-index.ts's: one per lint, shared by every rule.
  return nodesNamed(config, name);
}

/** Nodes of the effective tree with this name that are written in the document `path`. */
export function ownNodesNamed(config: EffectiveConfig, name: string, path: string): EffectiveNode[] {
  return effectiveNodesNamed(config, name).filter((node) => node.path === path);
}

/** Directives of the file itself (every part of a dump; no includes) with this name, in source order. */
export function fileDirectivesNamed(file: NginxFile, name: string): readonly Directive[] {
  return codeDirectivesNamed(file, name);
}
