import type { WorkspaceView } from '../../engine/types.ts';
import type { EffectiveNode } from './effective.ts';
import { matchLocation, type LocationMatch } from './locations.ts';
import { isSlash, trimEndOf } from '../../engine/text-runs.ts';
import { refusesRequests } from './semantics-php-locations.ts';
import { handsOver, restricted } from './semantics-private-paths.ts';
import { canProbe } from './semantics-probe-safety.ts';
import { locationsOfServer } from './semantics-tree-index.ts';
import { includesUnreadFile } from './semantics-unread-includes.ts';
import { workspaceRootsFor } from './semantics-upload-paths.ts';
import { filesBelow, memoByWorkspace } from './semantics-workspace-tree.ts';
import { documentRoot } from './server-blocks.ts';

/**
 * PHP scripts that nginx would send as files: a request for a script that no location passes to
 * PHP ends in a location that serves the root's files (`location / { try_files $uri … }`), and
 * the static module answers with the script's source (a `config.php` with the database
 * password). It happens when the only PHP location is written for the front controller
 * (`location ~ ^/index\.php(/|$)`) and the catch-all that refuses other scripts (Symfony's
 * `location ~ \.php$ { return 404; }`) is missing, or when a server moved from Apache has no
 * PHP location at all. Only scripts known to exist are asked about: those the workspace tree
 * shows below the root, and the script the server's own `try_files` falls back to.
 */

/** The extensions PHP-FPM is configured to run. */
const PHP_SCRIPT = /\.(?:php\d?|phtml|phar)$/i;

/** Folders not read for scripts: dependencies, not the application's own entry points. */
const SKIPPED_FOLDERS = new Set(['vendor', 'node_modules']);

/** The root's own scripts and those one and two levels down (`admin/index.php`), sampled. */
const SCRIPT_WALK = {
  depth: 2,
  listings: 16,
  descend: (name: string) => !name.startsWith('.') && !SKIPPED_FOLDERS.has(name),
};

/** How many scripts of the tree are asked about per root: enough to show the flaw, few enough per server. */
const TREE_SCRIPTS = 6;

/**
 * Directives that answer a request with content of their own (not a file of the root): a
 * location that holds one, or an `if` block that does, is not judged.
 */
const CONTENT_HANDLERS = [
  'js_content',
  'perl',
  'content_by_lua',
  'content_by_lua_block',
  'content_by_lua_file',
  'stub_status',
  'empty_gif',
  'api',
];

/** A script request nginx answers with the script's source, and the block that serves it. */
export interface SourceServed {
  uri: string;
  block: EffectiveNode;
  match: LocationMatch;
}

const treeScripts = memoByWorkspace<readonly string[]>();

/** Request paths of the PHP scripts the workspace tree shows below a root (`/config.php`). */
function scriptsOfTree(rootPath: string, workspace: WorkspaceView): readonly string[] {
  return treeScripts(workspace, rootPath, () => {
    const found: string[] = [];
    for (const dir of workspaceRootsFor(rootPath, workspace))
      for (const uri of filesBelow(workspace, dir, '/', SCRIPT_WALK, undefined, (name) =>
        PHP_SCRIPT.test(name),
      )) {
        if (found.length >= TREE_SCRIPTS) return found;
        if (!found.includes(uri)) found.push(uri);
      }
    return found;
  });
}

/**
 * The scripts the server's `try_files` fall back to (`/index.php?$query_string`,
 * `/index.php$is_args$args`): the configuration itself says they exist, as every request for a
 * missing file is sent to them.
 */
function fallbackScripts(server: EffectiveNode): string[] {
  const out: string[] = [];
  const add = (block: EffectiveNode): void => {
    for (const tryFiles of block.childrenNamed('try_files')) {
      const last = tryFiles.args[tryFiles.args.length - 1]?.value ?? '';
      if (!last.startsWith('/')) continue;
      const path = last.replace(/(\?.*|\$is_args\$args)$/, '');
      if (!path.includes('$') && PHP_SCRIPT.test(path) && !out.includes(path)) out.push(path);
    }
  };
  add(server);
  for (const location of locationsOfServer(server)) add(location);
  return out;
}

/** Whether the block, or an `if` in it, answers with content of its own (a handler this module does not follow). */
function answersItself(block: EffectiveNode): boolean {
  if (CONTENT_HANDLERS.some((name) => block.childrenNamed(name).length > 0)) return true;
  return block.childrenNamed('if').some((branch) => handsOver(branch) || answersItself(branch));
}

/**
 * Whether nginx sends the file `uri` of the server's root as it is: the block it chooses is
 * open to anybody, hands nothing over, reads the same root, and its `try_files` (if any) tries
 * the requested file. Undefined when not, or when a file the workspace does not hold may
 * change that (an `include` of an unread snippet in the block or around it).
 */
function servedAsFile(server: EffectiveNode, uri: string, rootPath: string): SourceServed | undefined {
  if (!canProbe(server, uri)) return undefined;
  const match = matchLocation(server, uri);
  const block = match.location?.node ?? server;
  // Most script requests reach a location that passes them to PHP: asked first.
  if (handsOver(block) || answersItself(block) || refusesRequests(block) || restricted(block))
    return undefined;
  for (let level: EffectiveNode | undefined = block; level; level = level.parent) {
    if (includesUnreadFile(level)) return undefined;
    if (level === server) break;
  }
  const root = documentRoot(block);
  if (root?.kind !== 'root' || trimEndOf(root.path, isSlash, 1) !== rootPath) return undefined;
  // try_files is not inherited: the block's own decides (a server's only serves requests no location takes).
  const tryFiles = block.childrenNamed('try_files');
  const last = tryFiles[tryFiles.length - 1];
  if (last && !last.args.slice(0, -1).some((arg) => arg.value === '$uri')) return undefined;
  return { uri, block, match };
}

const exposures = new WeakMap<EffectiveNode, readonly SourceServed[]>();

/**
 * The PHP scripts of the server's root that nginx sends as files, with the block that serves
 * each; empty when the server has no root of its own or an unread snippet may hold its PHP
 * location.
 */
export function phpSourceServed(server: EffectiveNode, workspace: WorkspaceView): readonly SourceServed[] {
  let known = exposures.get(server);
  if (!known) {
    known = computeServed(server, workspace);
    exposures.set(server, known);
  }
  return known;
}

function computeServed(server: EffectiveNode, workspace: WorkspaceView): SourceServed[] {
  const root = documentRoot(server);
  if (root?.kind !== 'root' || root.path.includes('$')) return [];
  if (includesUnreadFile(server)) return [];
  const rootPath = trimEndOf(root.path, isSlash, 1);
  const probes = [...fallbackScripts(server)];
  for (const uri of scriptsOfTree(rootPath, workspace)) if (!probes.includes(uri)) probes.push(uri);
  const out: SourceServed[] = [];
  for (const uri of probes) {
    const served = servedAsFile(server, uri, rootPath);
    if (served) out.push(served);
  }
  return out;
}
