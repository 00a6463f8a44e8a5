import { ObjectMemo } from '../../engine/object-memo.ts';
import type { RelatedLocation, WorkspaceView } from '../../engine/types.ts';
import type { Directive } from './ast.ts';
import {
  anchorIn,
  effectiveConfig,
  includeChainRelated,
  type EffectiveConfig,
  type EffectiveNode,
} from './effective.ts';
import { findIncluders } from './includes.ts';
import { defaultParse, parsedFileAt } from './parse-cache.ts';
import { effectiveNodesNamed } from './semantics-node-index.ts';
import { serverOf, serversIn } from './semantics-tree-index.ts';
import { servesTls } from './listen.ts';
import { listensOnLoopbackOnly } from './semantics-tls-server.ts';
import { proxyFronts } from './semantics-proxy-fronts.ts';
import { ignoresRequestPath } from './semantics-if-flow.ts';

/**
 * Which document reports a finding, so that every finding is shown once, in the file a user
 * would fix:
 * - a finding about a server is reported by the file that holds the `server` block (a snippet
 *   without one never gets server findings: its includer's file does);
 * - a finding about a directive or a block is reported by the file that holds it, read in that
 *   file's own context (its nginx.conf placement);
 * - but a snippet that no nginx.conf includes has no context of its own: what is only wrong in
 *   the context of its includer (a header dropped under the includer's server, a PHP location
 *   of the includer's server) is reported by the includer, on its `include` line, with the
 *   include chain as related locations.
 */

const placed = new ObjectMemo<WorkspaceView, Map<string, boolean>>('placed');

/**
 * Whether an nginx.conf of the workspace includes the file (then its own lint has the context).
 * The same search places the file in `effectiveConfig`: a file named nginx.conf that a main
 * configuration includes (Magento's copy of `nginx.conf.sample`) is placed in its includer's
 * server and reports its own blocks; one that only an unplaced file includes (a sites file read
 * alone) has no placement, and that file reports on its `include` line.
 */
export function hasOwnPlacement(path: string, workspace: WorkspaceView): boolean {
  let known = placed.get(workspace);
  if (!known) {
    known = new Map();
    placed.set(workspace, known);
  }
  let answer = known.get(path);
  if (answer === undefined) {
    answer = findIncluders(path, workspace) !== undefined;
    known.set(path, answer);
  }
  return answer;
}

/**
 * Where `document` shows a finding about `node` whose meaning depends on the context of
 * `document`'s tree: the node itself when it is in the document, the `include` of the
 * document that brings it in when its file has no context of its own, else undefined (its own
 * file reports it).
 */
export function contextualAnchor(
  node: EffectiveNode,
  document: string,
  workspace: WorkspaceView,
): Directive | undefined {
  if (node.path === document) return node.directive;
  const anchor = anchorIn(node, document);
  if (!anchor) return undefined;
  return hasOwnPlacement(node.path, workspace) ? undefined : anchor;
}

/** The servers a document reports on: those written in it. */
export function ownServers(config: EffectiveConfig, document: string): EffectiveNode[] {
  return serversIn(config, document);
}

/**
 * The servers of a document that the rules probing request paths ask about: browsers reach them
 * (not on the loopback only, unless a public server proxies to them), and a request's own path
 * chooses their locations (no server-level `return` or catch-all `rewrite`).
 */
export function probedServers(config: EffectiveConfig, document: string): EffectiveNode[] {
  return ownServers(config, document).filter(
    (server) =>
      !ignoresRequestPath(server) &&
      // A loopback-only server a public one proxies every request to is reached through it
      // (the rules then keep the requests its front hands on: `reachesServer`).
      (!listensOnLoopbackOnly(server) || proxyFronts(config, server).length > 0),
  );
}

/**
 * The servers whose blocks a document reports on: those written in it, and the servers written
 * elsewhere that hold one of `levels` from this document (a snippet that an nginx.conf includes
 * into a server reports its own locations, like every block finding; see `contextualAnchor`).
 * Findings about a server as a whole stay with the file that holds the `server` block.
 */
export function serversReportedBy(
  config: EffectiveConfig,
  document: string,
  levels: readonly EffectiveNode[],
): EffectiveNode[] {
  const out = new Set(ownServers(config, document));
  for (const level of levels) {
    if (level.path !== document) continue;
    const server = serverOf(level);
    if (server && server.path !== document) out.add(server);
  }
  return [...out];
}

/** Related locations for a node shown at an anchor of another file: the include chain and the node itself. */
export function relatedFor(node: EffectiveNode, document: string, message: string): RelatedLocation[] {
  if (node.path === document) return [];
  const chain = includeChainRelated(node);
  const from = node.via.findIndex((step) => step.document === document);
  return [...chain.slice(Math.max(0, from)), { file: node.path, range: node.directive.range, message }];
}

const placementsMemo = new ObjectMemo<WorkspaceView, Map<string, EffectiveConfig[]>>('placementsMemo');

/**
 * The effective configurations of the files that include `document` (the last step of each
 * include chain from nginx.conf): a snippet's own configuration reads it in its first placement
 * only, while the same snippet included elsewhere (at server level and again in an admin
 * location) meets other outer settings there.
 */
function includerConfigs(document: string, workspace: WorkspaceView): EffectiveConfig[] {
  let byDocument = placementsMemo.get(workspace);
  if (!byDocument) {
    byDocument = new Map();
    placementsMemo.set(workspace, byDocument);
  }
  let configs = byDocument.get(document);
  if (!configs) {
    configs = [];
    const includers = findIncluders(document, workspace);
    const paths = new Set((includers?.chains ?? []).map((chain) => chain[chain.length - 1]!.path));
    for (const path of paths) {
      const file = parsedFileAt(path, workspace, defaultParse);
      if (file) configs.push(effectiveConfig(file, path, workspace));
    }
    byDocument.set(document, configs);
  }
  return configs;
}

/** The same block in each of its placements: its file and where it starts there. */
export function placementKey(node: EffectiveNode): string {
  const start = node.directive.range.start;
  return `${node.path}:${start.line}:${start.character}`;
}

/** A node as one configuration reads it. */
export interface Placed {
  node: EffectiveNode;
  config: EffectiveConfig;
}

/**
 * Every placement of a block written in a snippet: the block as its own configuration reads it,
 * and as each file that includes the snippet reads it (the same directive, under other outer
 * blocks). For a file that nothing includes, the block itself.
 */
export function placementsOf(node: EffectiveNode, workspace: WorkspaceView): EffectiveNode[] {
  return [node, ...otherPlacements(node, workspace).map((placed) => placed.node)];
}

/**
 * A level as `config` (the document's configuration) reads it and, for a block of the document
 * itself, as every other placement of the document reads it.
 */
export function placementsIn(
  config: EffectiveConfig,
  node: EffectiveNode,
  document: string,
  workspace: WorkspaceView,
): Placed[] {
  const own = { node, config };
  if (node.path !== document || !hasOwnPlacement(document, workspace)) return [own];
  return onePerServer([own, ...otherPlacements(node, workspace)], (placed) => placed.node);
}

/**
 * The first of the items in each server (or, outside any server, at each place): an includer's
 * configuration reads the document's own placement again, as other nodes of the same blocks.
 */
function onePerServer<T>(items: readonly T[], nodeOf: (item: T) => EffectiveNode): T[] {
  const byPlace = new Map<string, T>();
  for (const item of items) {
    const node = nodeOf(item);
    const key = placementKey(serverOf(node) ?? node);
    if (!byPlace.has(key)) byPlace.set(key, item);
  }
  return [...byPlace.values()];
}

/** The placements of a snippet's block other than its own configuration's, each with its includer's configuration. */
function otherPlacements(node: EffectiveNode, workspace: WorkspaceView): Placed[] {
  const found: Placed[] = [];
  if (!hasOwnPlacement(node.path, workspace)) return found;
  const start = node.directive.range.start;
  for (const config of includerConfigs(node.path, workspace))
    for (const other of effectiveNodesNamed(config, node.name)) {
      const at = other.directive.range.start;
      if (other.path === node.path && at.line === start.line && at.character === start.character)
        found.push({ node: other, config });
    }
  return found;
}

/** The servers a block is placed in, one per place (an includer's configuration reads the document's own again). */
function serversOfPlacements(node: EffectiveNode, workspace: WorkspaceView): EffectiveNode[] {
  const servers = placementsOf(node, workspace).flatMap((placed) => serverOf(placed) ?? []);
  return onePerServer(servers, (server) => server);
}

/**
 * Whether a snippet's block is placed in several servers: a header written into it is sent by
 * all of them, with one server's values; the header fixes leave such a block to the user unless
 * every placement needs the same lines (nginx/header-inheritance checks that).
 */
export function placedInSeveralServers(node: EffectiveNode, workspace: WorkspaceView): boolean {
  return serversOfPlacements(node, workspace).length > 1;
}

/**
 * Whether a snippet's block placed in several servers is placed in one that is not a TLS one: a
 * `Strict-Transport-Security` line written into it would be sent over plain HTTP there, which
 * nginx/hsts-weak reports.
 */
export function placedInPlainHttp(node: EffectiveNode, workspace: WorkspaceView): boolean {
  const servers = serversOfPlacements(node, workspace);
  // A block in one place is the rules' usual case: their fixes already judge its server.
  return servers.length > 1 && servers.some((server) => !servesTls(server));
}

/**
 * The servers whose blocks a document reports on (`serversReportedBy`), each with the
 * configuration that reads it, and the servers of the other placements of the document's
 * `levels`: a snippet that nginx.conf places in two servers (an intranet server without headers
 * first, the public one with them) drops the public server's headers too, which the snippet's own
 * configuration (its first placement) does not show.
 */
export function serversOfEveryPlacement(
  config: EffectiveConfig,
  document: string,
  levels: readonly EffectiveNode[],
  workspace: WorkspaceView,
): Placed[] {
  const out: Placed[] = serversReportedBy(config, document, levels).map((node) => ({ node, config }));
  // Only a document that an nginx.conf places has other placements.
  if (!hasOwnPlacement(document, workspace)) return out;
  // By place: an includer's configuration reads the document's own servers again (other nodes,
  // the same blocks), which its own configuration already gives.
  const seen = new Set(out.map((p) => placementKey(p.node)));
  for (const level of levels) {
    if (level.path !== document) continue;
    for (const placed of otherPlacements(level, workspace)) {
      const server = serverOf(placed.node);
      if (!server || server.path === document || seen.has(placementKey(server))) continue;
      seen.add(placementKey(server));
      out.push({ node: server, config: placed.config });
    }
  }
  return out;
}
