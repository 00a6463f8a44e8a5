import type { WorkspaceView } from '../../engine/types.ts';
import type { EffectiveNode } from './effective.ts';
import { matchLocation } from './locations.ts';
import { joinPath } from './paths.ts';
import { isDenyAll } from './semantics-acl.ts';
import { accessRulesAt, refusesRequests } from './semantics-php-locations.ts';
import { canProbe } from './semantics-probe-safety.ts';
import { workspaceRootsFor } from './semantics-upload-paths.ts';
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

/** The probes of a category that nginx would serve from the root (those `exposedCategories` tries). */
export function servedProbes(
  server: EffectiveNode,
  category: PrivateCategory,
  workspace: WorkspaceView,
): string[] {
  return probesFor(category, isApplicationRoot(server, workspace)).filter((probe) =>
    servesFile(server, probe),
  );
}

/** A category's probes; the application's own log directory only where the root is the application's directory. */
function probesFor(category: PrivateCategory, appRoot: boolean): string[] {
  const probes = PROBES[category];
  return category === 'logs' && !appRoot ? probes.filter((p) => !p.startsWith('/var/')) : probes;
}

/** Whether the server's root looks like the application's own directory (not `public/`, `web/`, Magento's `pub/`…). */
export function isApplicationRoot(server: EffectiveNode, workspace: WorkspaceView): boolean {
  const root = documentRoot(server);
  if (!root || root.kind !== 'root') return false;
  const path = trimEndOf(root.path, isSlash, 1);
  if (/\/(public|pub|web|public_html|htdocs|html|www|dist|build|static)$/.test(path)) return false;
  const inWorkspace = workspaceRootsFor(path, workspace);
  if (inWorkspace.some((dir) => workspace.exists(joinPath(dir, 'composer.json')))) return true;
  // An application that runs PHP from a root that is not a public folder.
  return locationsOfServer(server).some((l) => l.childrenNamed('fastcgi_pass').length > 0);
}

/** The categories whose probes nginx would serve from the root. */
export function exposedCategories(server: EffectiveNode, workspace: WorkspaceView): PrivateCategory[] {
  const out: PrivateCategory[] = [];
  const appRoot = isApplicationRoot(server, workspace);
  for (const category of Object.keys(PROBES) as PrivateCategory[]) {
    if (category === 'composer' && !appRoot) continue;
    if (probesFor(category, appRoot).some((probe) => servesFile(server, probe))) out.push(category);
  }
  return out;
}

/** The deny location the fix writes for a category. */
export const DENY_LOCATIONS: Record<PrivateCategory, { head: string; body: string[] }> = {
  dotfiles: { head: 'location ~ /\\.(?!well-known/)', body: ['deny all;'] },
  logs: { head: 'location ~* \\.log$', body: ['deny all;'] },
  backups: { head: 'location ~* \\.(sql|bak)$', body: ['deny all;'] },
  composer: { head: 'location ~ /composer\\.(json|lock)$', body: ['deny all;'] },
};
