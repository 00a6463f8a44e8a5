import type { WorkspaceView } from '../../engine/types.ts';
import type { EffectiveNode } from './effective.ts';
import { joinPath } from './paths.ts';
import { documentRoot } from './server-blocks.ts';
import { aliasedFolder, aliasUri, restricted } from './semantics-private-paths.ts';
import { locationsOfServer } from './semantics-tree-index.ts';
import { authenticationAt } from './semantics-restrictions.ts';
import { mayKeepRequestPath } from './semantics-server-rewrites.ts';
import { scriptRunAt, workspaceRootsFor, type ExecutionPath } from './semantics-upload-paths.ts';
import { foldersBelow, memoByWorkspace, readSmallText } from './semantics-workspace-tree.ts';

/**
 * Scripts left in a web root that must never answer a public request, told by their content:
 * - a `phpinfo()` page (`info.php`, `phpinfo.php`, `test.php`): it prints PHP's whole
 *   configuration and the environment PHP-FPM passes on, where a Symfony or Laravel deployment
 *   keeps `DATABASE_URL`, `APP_SECRET` and API keys;
 * - PHPUnit's `src/Util/PHP/eval-stdin.php` from a release that evaluates the request body
 *   (`php://input`: PHPUnit before 4.8.28 and 5.x before 5.6.3, CVE-2017-9841), left in a
 *   `vendor/` below the root by a `composer install` without `--no-dev` or by a plugin that
 *   bundles its own: a POST to it runs any code.
 */
export type DebugScriptKind = 'phpinfo' | 'evalStdin';

export interface DebugScript {
  kind: DebugScriptKind;
  /** The request that names it, from the root (`/info.php`). */
  uri: string;
  /** Its path in the workspace. */
  file: string;
}

/** What a server runs of the debug scripts below its root, with the location that runs each. */
export interface DebugScriptRun extends DebugScript {
  run: ExecutionPath;
}

/** Names a phpinfo page is left under (`info.php`, `phpinfo.php`, `i.php`, `test.php`, `php.php`). */
const PHPINFO_NAME = /^(?:.*info.*|.*test.*|i|pi|php)\.php$/i;
/** A phpinfo page is a line or two; a larger file of that name is an application's script. */
const PHPINFO_MAX_BYTES = 2048;
/** Where PHPUnit keeps the script, below a `vendor/` folder. */
const EVAL_STDIN = 'phpunit/phpunit/src/Util/PHP/eval-stdin.php';
/** The script is a few lines; a larger file is not the one. */
const EVAL_STDIN_MAX_BYTES = 4096;

/** How far below the root, and how many folders, are read: a plugin's `wp-content/plugins/x/vendor/` is four down. */
const TREE_DEPTH = 4;
const TREE_LISTINGS = 96;
/** Folders whose scripts are no phpinfo page left behind (a library's own tests, dependencies). */
const NOT_LEFT_BEHIND = new Set(['vendor', 'node_modules', 'tests', 'test']);

const scriptsBelow = memoByWorkspace<readonly DebugScript[]>();

/**
 * The debug scripts the workspace tree shows below a document root (each of its workspace
 * folders), read-only and bounded: phpinfo pages among the small scripts of the root and the two
 * folders below it, PHPUnit's script in each `vendor/` met down to four folders.
 */
export function debugScriptsBelow(rootPath: string, workspace: WorkspaceView): readonly DebugScript[] {
  return scriptsBelow(workspace, rootPath, () => {
    const out: DebugScript[] = [];
    for (const tree of workspaceRootsFor(rootPath, workspace)) {
      const walk = {
        depth: TREE_DEPTH,
        listings: TREE_LISTINGS,
        descend: (name: string) => !name.startsWith('.') && !name.includes('.') && name !== 'node_modules',
      };
      for (const { path, uri, depth, names } of foldersBelow(workspace, tree, '/', walk)) {
        if (depth <= 2 && !isInsideAny(uri, NOT_LEFT_BEHIND))
          for (const name of names)
            if (PHPINFO_NAME.test(name) && isPhpinfoPage(joinPath(path, name), workspace))
              out.push({ kind: 'phpinfo', uri: `${uri}${name}`, file: joinPath(path, name) });
        if (!names.includes('vendor')) continue;
        const file = joinPath(path, `vendor/${EVAL_STDIN}`);
        if (evaluatesRequestBody(file, workspace))
          out.push({ kind: 'evalStdin', uri: `${uri}vendor/${EVAL_STDIN}`, file });
      }
    }
    return out;
  });
}

/** Whether a request path goes through one of these folders (`/vendor/x/`, `/app/tests/`). */
function isInsideAny(uri: string, folders: ReadonlySet<string>): boolean {
  return uri.split('/').some((segment) => folders.has(segment));
}

/**
 * Whether the script does nothing but call `phpinfo()`: its PHP code, comments and the
 * `<?php`/`?>` tags left out, is one or more `phpinfo(…);` calls. A script that checks a login
 * first, or includes anything, is an application's page (Moodle's `admin/phpinfo.php`).
 */
export function isPhpinfoSource(text: string): boolean {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(?:\/\/|#)[^\n]*/g, ' ')
    .replace(/<\?(?:php)?|\?>/gi, ' ');
  return /^\s*(?:@?phpinfo\s*\(\s*(?:[A-Z_|\s]+|-?1)?\s*\)\s*;?\s*)+$/i.test(code);
}

function isPhpinfoPage(path: string, workspace: WorkspaceView): boolean {
  const text = readSmallText(workspace, path, PHPINFO_MAX_BYTES);
  return text !== undefined && isPhpinfoSource(text);
}

/** PHPUnit's fixed releases read `php://stdin`, which a web request leaves empty; the vulnerable ones `php://input`, the body. */
function evaluatesRequestBody(path: string, workspace: WorkspaceView): boolean {
  const text = readSmallText(workspace, path, EVAL_STDIN_MAX_BYTES);
  return text !== undefined && /\beval\s*\(/.test(text) && text.includes('php://input');
}

/**
 * The debug scripts below the server's root, or below a folder a prefix location publishes with
 * `alias` (YunoHost serves every app so: `location /chamilo/ { alias /var/www/chamilo/; }`, blind
 * case yunohost-chamilo--phpinfo-left-behind, nginx 1.22.1 ran `/chamilo/info.php`), that a request
 * runs: nginx chooses a location that passes that very script to PHP, and no server-level rewrite
 * sends every such request elsewhere.
 */
export function debugScriptRuns(server: EffectiveNode, workspace: WorkspaceView): DebugScriptRun[] {
  const out: DebugScriptRun[] = [];
  const root = documentRoot(server);
  if (root?.kind === 'root') collectRuns(server, root.path, '/', 'root', workspace, out);
  for (const location of locationsOfServer(server)) {
    if (location.childrenNamed('alias').length === 0) continue;
    const published = aliasedFolder(location);
    if (published) collectRuns(server, published.alias, published.prefix, 'alias', workspace, out);
  }
  return out;
}

/** The runs of the debug scripts below `folder`, reached with requests under `prefix` through a location that reads that folder. */
function collectRuns(
  server: EffectiveNode,
  folder: string,
  prefix: string,
  kind: 'root' | 'alias',
  workspace: WorkspaceView,
  out: DebugScriptRun[],
): void {
  for (const script of debugScriptsBelow(folder, workspace)) {
    const uri = kind === 'root' ? script.uri : aliasUri(prefix, script.uri);
    if (!mayKeepRequestPath(server, uri)) continue;
    const run = scriptRunAt(server, uri);
    // A location with a root (or alias) of its own runs another tree's file of that name; one
    // that answers only some addresses, or asks for a password, is not public.
    const read = run ? documentRoot(run.location) : undefined;
    if (!run || read?.kind !== kind || read.path !== folder) continue;
    if (restricted(run.location) || authenticationAt(run.location)) continue;
    out.push({ ...script, uri, run });
  }
}
