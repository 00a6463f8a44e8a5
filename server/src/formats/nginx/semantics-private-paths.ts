import type { WorkspaceView } from '../../engine/types.ts';
import type { EffectiveNode } from './effective.ts';
import { matchLocation } from './locations.ts';
import { joinPath } from './paths.ts';
import { isDenyAll } from './semantics-acl.ts';
import { accessRulesAt, refusesRequests } from './semantics-php-locations.ts';
import { canProbe } from './semantics-probe-safety.ts';
import { workspaceRootsFor } from './semantics-upload-paths.ts';
import { foldersBelow, memoByWorkspace } from './semantics-workspace-tree.ts';
import { documentRoot } from './server-blocks.ts';
import { locationsOfServer } from './semantics-tree-index.ts';
import { isSlash, trimEndOf } from '../../engine/text-runs.ts';

/**
 * Files that sit in a web root but must never be served: dotfiles (`.env` with the database
 * password and APP_SECRET, `.git/`, `.htaccess`), logs, database dumps and backups, and — when
 * the root is the application itself rather than its `public/` or `web/` folder — Composer's
 * manifest and lock file (exact versions to look vulnerabilities up). Each category is probed
 * with requests nginx would really route (location order followed).
 */

export type PrivateCategory = 'dotfiles' | 'logs' | 'backups' | 'composer';

const PROBES: Record<PrivateCategory, string[]> = {
  dotfiles: ['/.env', '/.git/config', '/.htaccess'],
  logs: ['/app.log', '/var/log/prod.log', '/sites/default/files/civicrm/ConfigAndLog/CiviCRM.log'],
  backups: ['/dump.sql', '/index.php.bak'],
  composer: ['/composer.json', '/composer.lock'],
};

/** Whether a probe is one of a category's fixed ones (not a file found in the workspace tree). */
export function isFixedProbe(category: PrivateCategory, probe: string): boolean {
  return PROBES[category].includes(probe);
}

/** Directives after which nginx does not read the file from the root itself. */
const HANDLERS = [
  'proxy_pass',
  'fastcgi_pass',
  'uwsgi_pass',
  'scgi_pass',
  'grpc_pass',
  'memcached_pass',
  'return',
];

function servesFromRoot(block: EffectiveNode): boolean {
  if (HANDLERS.some((h) => block.childrenNamed(h).length > 0)) return false;
  return documentRoot(block) !== undefined;
}

/** Whether the block only answers some addresses (`allow …; deny all;`): not a public exposure. */
function restricted(block: EffectiveNode): boolean {
  return accessRulesAt(block).some(isDenyAll);
}

const blockServes = new WeakMap<EffectiveNode, boolean>();

/** Whether the requests a block answers get files of the root, for anybody (many probes land in the same block). */
function blockServesFiles(block: EffectiveNode): boolean {
  let known = blockServes.get(block);
  if (known === undefined) {
    known = !refusesRequests(block) && !restricted(block) && servesFromRoot(block);
    blockServes.set(block, known);
  }
  return known;
}

/** Whether a request for `uri` is answered, to anybody, with a file of the root. */
export function servesFile(server: EffectiveNode, uri: string): boolean {
  if (!canProbe(server, uri)) return false;
  return blockServesFiles(matchLocation(server, uri).location?.node ?? server);
}

/** The probes of each category that nginx would serve from the root, by server (the message and the fix read them again). */
const servedByServer = new WeakMap<EffectiveNode, Record<PrivateCategory, string[]>>();

function servedOf(server: EffectiveNode, workspace: WorkspaceView): Record<PrivateCategory, string[]> {
  let served = servedByServer.get(server);
  if (!served) {
    const appRoot = isApplicationRoot(server, workspace);
    const of = (category: PrivateCategory) =>
      probesFor(server, category, appRoot, workspace).filter((probe) => servesFile(server, probe));
    served = { dotfiles: of('dotfiles'), logs: of('logs'), backups: of('backups'), composer: of('composer') };
    servedByServer.set(server, served);
  }
  return served;
}

/** The probes of a category that nginx would serve from the root (those `exposedCategories` tries). */
export function servedProbes(
  server: EffectiveNode,
  category: PrivateCategory,
  workspace: WorkspaceView,
): readonly string[] {
  return servedOf(server, workspace)[category];
}

/**
 * A category's probes: the fixed ones (the application's own log directory and Composer files
 * only where the root is the application's directory), then the private files the workspace tree
 * shows below the root (`treeProbes`).
 */
function probesFor(
  server: EffectiveNode,
  category: PrivateCategory,
  appRoot: boolean,
  workspace: WorkspaceView,
): string[] {
  const fixed =
    category === 'composer' && !appRoot
      ? []
      : category === 'logs' && !appRoot
        ? PROBES.logs.filter((p) => !p.startsWith('/var/'))
        : PROBES[category];
  const found = treeProbes(server, workspace)[category];
  return found.length === 0 ? fixed : [...fixed, ...found];
}

/** Files that only a git checkout has at its top (`.git/` itself is never committed into a repository). */
const CHECKOUT_MARKS = new Set(['.git', '.gitreview', '.gitmodules']);
/**
 * How deep below the root, and how many directories, the tree is read for private files:
 * TYPO3 leaves logs in `typo3temp/var/log/`, three levels down.
 */
const TREE_DEPTH = 3;
const TREE_LISTINGS = 64;
/** Private files of one category found in a folder, at most: a log folder may hold hundreds. */
const PER_FOLDER = 2;

type TreeProbes = Record<PrivateCategory, string[]>;

const NO_TREE_PROBES: TreeProbes = Object.freeze({ dotfiles: [], logs: [], backups: [], composer: [] });

/** Tree probes by workspace and root path. */
const treeProbesOf = memoByWorkspace<TreeProbes>();

/**
 * Requests for the private files the workspace tree shows below the server's root: an
 * application checked out or installed in a subfolder (MediaWiki's `/w/` cloned with git:
 * `.git/config` and the whole history under `/w/.git/`; SuiteCRM 8's `public/legacy/` with its
 * `suitecrm.log` and `composer.json`), and `.env` files there. A deny written for the root's own
 * files (`location = /.env`), or a `^~` prefix location that serves the subfolder (the
 * server's regex denies are then never tried), can leave them out. Only these names: `.gitkeep`,
 * `.gitignore` and `.htaccess` files sit in many folders and reveal little.
 */
function treeProbes(server: EffectiveNode, workspace: WorkspaceView): TreeProbes {
  const root = documentRoot(server);
  if (root?.kind !== 'root') return NO_TREE_PROBES;
  return treeProbesOf(workspace, root.path, () => {
    const found: TreeProbes = { dotfiles: [], logs: [], backups: [], composer: [] };
    for (const tree of workspaceRootsFor(root.path, workspace)) collectBelow(tree, workspace, found);
    return found;
  });
}

function collectBelow(tree: string, workspace: WorkspaceView, into: TreeProbes): void {
  const walk = {
    depth: TREE_DEPTH,
    listings: TREE_LISTINGS,
    descend: (name: string) => !name.startsWith('.') && !name.includes('.'),
  };
  for (const { uri, depth, names } of foldersBelow(workspace, tree, '/', walk)) {
    // The root's own files are the fixed probes.
    if (depth === 0) continue;
    if (names.some((name) => CHECKOUT_MARKS.has(name))) into.dotfiles.push(`${uri}.git/config`);
    if (names.includes('.env')) into.dotfiles.push(`${uri}.env`);
    const logs = names.filter((name) => name.endsWith('.log')).slice(0, PER_FOLDER);
    into.logs.push(...logs.map((name) => `${uri}${name}`));
    // An application installed there, not a front-end library that ships a manifest
    // (`public/lib/bootstrap/composer.json`): its folder holds PHP scripts or `vendor/`.
    if (names.includes('vendor') || names.some((name) => name.endsWith('.php'))) {
      const manifests = names.filter((name) => name === 'composer.json' || name === 'composer.lock');
      into.composer.push(...manifests.map((name) => `${uri}${name}`));
    }
  }
}

/** Whether the server's root looks like the application's own directory (not `public/`, `web/`, Magento's `pub/`…). */
export function isApplicationRoot(server: EffectiveNode, workspace: WorkspaceView): boolean {
  const root = documentRoot(server);
  if (!root || root.kind !== 'root') return false;
  const path = trimEndOf(root.path, isSlash, 1);
  if (/\/(public|pub|web|public_html|htdocs|html|www|dist|build|static)$/.test(path)) return false;
  const tree = treeVerdict(path, workspace);
  if (tree !== undefined) return tree;
  // Without the tree: an application that runs PHP from a root that is not a public folder.
  return locationsOfServer(server).some((l) => l.childrenNamed('fastcgi_pass').length > 0);
}

/** What the tree says of a root, by workspace and path. */
const treeVerdicts = memoByWorkspace<boolean | undefined>();

/**
 * Whether the workspace tree shows the root as the application's directory: a `composer.json`
 * there says yes; the application's scripts without one say no (EspoCRM's portal root
 * `public/portal/` runs PHP and has no Composer file); undefined when the tree holds no script
 * there (a deployment repository named like the root holds only configuration).
 */
function treeVerdict(path: string, workspace: WorkspaceView): boolean | undefined {
  return treeVerdicts(workspace, path, () => {
    const inWorkspace = workspaceRootsFor(path, workspace);
    if (inWorkspace.some((dir) => workspace.exists(joinPath(dir, 'composer.json')))) return true;
    if (inWorkspace.some((dir) => workspace.listDir(dir)?.some((name) => name.endsWith('.php'))))
      return false;
    return undefined;
  });
}

/** The categories whose probes nginx would serve from the root. */
export function exposedCategories(server: EffectiveNode, workspace: WorkspaceView): PrivateCategory[] {
  const served = servedOf(server, workspace);
  return (Object.keys(PROBES) as PrivateCategory[]).filter((category) => served[category].length > 0);
}

/** The deny location the fix writes for a category. */
export const DENY_LOCATIONS: Record<PrivateCategory, { head: string; body: string[] }> = {
  dotfiles: { head: 'location ~ /\\.(?!well-known/)', body: ['deny all;'] },
  logs: { head: 'location ~* \\.log$', body: ['deny all;'] },
  backups: { head: 'location ~* \\.(sql|bak)$', body: ['deny all;'] },
  composer: { head: 'location ~ /composer\\.(json|lock)$', body: ['deny all;'] },
};
