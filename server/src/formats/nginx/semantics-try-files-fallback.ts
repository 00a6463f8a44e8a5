import type { WorkspaceView } from '../../engine/types.ts';
import type { EffectiveNode } from './effective.ts';
import { locationInfo, matchLocation, type LocationInfo } from './locations.ts';
import { parseRegex } from './semantics-regex.ts';
import { isStartAnchored, maxOccurrences } from './semantics-regex-shape.ts';
import { joinPath, pathBeforeArguments } from './paths.ts';
import { documentRoot } from './server-blocks.ts';
import { workspaceRootsFor } from './semantics-upload-paths.ts';
import { isWithin, serverOf } from './semantics-tree-index.ts';
import { foldersBelow, memoByWorkspace } from './semantics-workspace-tree.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * Whether every request a location takes leaves it through its `try_files` fallback, because
 * none of the files it tries exists: GLPI's `location /apirest.php { add_header …; try_files $uri
 * /index.php$is_args$args; }` when `public/` has no `apirest.php` hands every API call to the
 * front controller, whose own location sends the response. Known only when the workspace holds
 * the location's document root: the entries must all be built on `$uri` (`$uri`, `$uri/`,
 * `$uri.html`), so each names a path that starts with the location's prefix, and the directory
 * that would hold such a path has no entry that begins like it. The fallback must be a URI or a
 * named location (`=404` answers from here).
 */
export function alwaysFallsBack(location: EffectiveNode, workspace: WorkspaceView): boolean {
  const info = locationInfo(location);
  if (!info || info.modifier === '@') return false;
  if (info.isRegex) {
    // A regex that may backtrack catastrophically is not run on the tree's paths.
    if (!endsInFolder(info.pattern) || !info.compiled || info.compiled.nestedQuantifier) return false;
  } else if (!info.pattern.startsWith('/')) return false;
  const tryFiles = location.childrenNamed('try_files');
  if (tryFiles.length !== 1) return false;
  const args = tryFiles[0]!.args;
  const fallback = args[args.length - 1]?.value ?? '';
  if (args.length < 2 || !(fallback.startsWith('/') || fallback.startsWith('@'))) return false;
  const server = serverOf(location);
  if (!server) return false;
  // `try_files $uri /app/index.html` in `location /app/` comes back to the same location; EspoCRM's
  // `location /portal/ { … /portal/index.php… }` hands it to the PHP location.
  if (fallback.startsWith('/') && takenHere(server, location, pathBeforeArguments(fallback))) return false;
  if (!args.slice(0, -1).every((entry) => /^\$uri(?![\w{])/.test(entry.value))) return false;
  const root = documentRoot(location);
  if (!root || root.kind !== 'root') return false;
  const trees = workspaceRootsFor(root.path, workspace);
  if (trees.length === 0) return false;
  if (info.isRegex) return trees.every((tree) => noFolderMatches(tree, info, workspace));
  return trees.every((tree) => !servesPathsStartingWith(server, location, tree, info.pattern, workspace));
}

/**
 * A regex that ends with a literal `/` and tests nothing after it (no `$`, no lookaround, no
 * `\b`): whatever path it takes, the part it matched is a folder's path that it takes too. Drupal's
 * `^(?:/[a-z\-]+)?/system/files/` takes files of a `system/files/` folder only.
 */
function endsInFolder(source: string): boolean {
  if (!source.endsWith('/') || source.endsWith('\\/')) return false;
  return !/\$|\(\?<?[=!]|\\[bBzZ]/.test(source);
}

/** How many folders of a tree are listed to tell a regex location serves none of them: a larger tree is not judged. */
const FOLDERS_LISTED = 256;

/** Answers of `noFolderMatches` by workspace, tree and regex. */
const unmatchedFolders = memoByWorkspace<boolean>();

/**
 * Whether the tree holds no folder whose path the location's regex takes: then `try_files $uri`
 * finds no file there (blind case drupal10-private--system-files-cache-header: no `system/files/`
 * folder under Drupal's root, every private download handed to index.php, whose location adds the
 * server's headers). The regex must start at `^`: it then takes a folder no deeper than its `/`
 * allow, and the walk stops there.
 */
function noFolderMatches(tree: string, info: LocationInfo, workspace: WorkspaceView): boolean {
  const regex = info.compiled!.regex;
  return unmatchedFolders(workspace, `${tree}\u0000${regex.source}\u0000${regex.flags}`, () => {
    const root = parseRegex(info.pattern, info.modifier === '~*').root;
    if (!root || !isStartAnchored(root)) return false;
    const slashes = maxOccurrences(root, SLASH);
    if (!Number.isFinite(slashes)) return false;
    const walk = {
      depth: slashes - 1,
      listings: FOLDERS_LISTED,
      descend: (name: string) => !name.startsWith('.'),
    };
    let listed = 0;
    for (const folder of foldersBelow(workspace, tree, '/', walk)) {
      listed++;
      if (regex.test(folder.uri)) return false;
    }
    return listed < FOLDERS_LISTED;
  });
}

const SLASH = 0x2f;

/**
 * Whether a tree may hold a file or directory whose path begins with `prefix` (`/apirest.php`,
 * `/api/`) and that the location would send itself: files of the prefix's directory that another
 * location takes (`/portal/index.php`, run by the PHP location) are sent from there. A request
 * for the directory itself goes to its index file, one of those names.
 */
function servesPathsStartingWith(
  server: EffectiveNode,
  location: EffectiveNode,
  tree: string,
  prefix: string,
  workspace: WorkspaceView,
): boolean {
  const slash = prefix.lastIndexOf('/');
  const folder = prefix.slice(0, slash + 1);
  const candidates = entriesStartingWith(workspace, joinPath(tree, folder.slice(1)), prefix.slice(slash + 1));
  if (!candidates) return false;
  // Each entry costs a location choice, for every server with such a location: a large folder
  // is taken to hold something the location sends itself.
  if (candidates.length > ENTRIES_ASKED) return true;
  return candidates.some((name) => takenHere(server, location, `${folder}${name}`));
}

/** Folder entries by workspace, folder and start. */
const folderEntries = memoByWorkspace<readonly string[] | undefined>();

/** The entries of a workspace folder whose names begin with `start`; undefined when it does not exist. */
function entriesStartingWith(
  workspace: WorkspaceView,
  dir: string,
  start: string,
): readonly string[] | undefined {
  return folderEntries(workspace, `${dir}\u0000${start}`, () =>
    workspace.listDir(dir)?.filter((name) => name.startsWith(start)),
  );
}

/** Entries of a folder asked one by one (EspoCRM's portal holds three). */
const ENTRIES_ASKED = 32;

/** Whether nginx gives a request to the location (or a location nested in it). */
function takenHere(server: EffectiveNode, location: EffectiveNode, uri: string): boolean {
  const chosen = matchLocation(server, uri).location?.node;
  return chosen !== undefined && isWithin(chosen, location);
}

/**
 * The folder below the root from which a block's `try_files` reads the request, when it reads it
 * only there: `try_files /public$uri /public$uri/ /index.php?$args;` (a repository mounted whole
 * as the root, its `public/` served through `location /`) gives `/public`, and `/composer.json`
 * is then looked for as `public/composer.json` (blind cases koel--root-app-folder-public-*,
 * nginx 1.22.1). Undefined when an entry reads the request at its own path (`$uri`), when the
 * entries name several folders, or have another form; fixed entries (`/maintenance.html`) read
 * no request and may stand beside.
 */
export function tryFilesFolder(block: EffectiveNode): string | undefined {
  // Asked for every probe a block answers: kept per block.
  return folders.answer(block, readFolderOrNull) ?? undefined;
}

const readFolderOrNull = (block: EffectiveNode): string | null => readTryFilesFolder(block) ?? null;

const folders = new NodeMemo<string | null>();

function readTryFilesFolder(block: EffectiveNode): string | undefined {
  const tryFiles = block.childrenNamed('try_files');
  if (tryFiles.length !== 1) return undefined;
  const args = tryFiles[0]!.args;
  if (args.length < 2) return undefined;
  let folder: string | undefined;
  for (let i = 0; i < args.length - 1; i++) {
    const value = args[i]!.value;
    if (!value.includes('$')) continue;
    const found = FOLDER_ENTRY.exec(value);
    if (!found || (folder !== undefined && folder !== found[1])) return undefined;
    folder = found[1];
  }
  return folder;
}

/** `/public$uri`, `/public$uri/`, `/web${uri}`: a fixed folder (not only slashes and dots), then the URI. */
const FOLDER_ENTRY = /^(\/(?=[^$]*[^/.$])[^$]*[^/$])\/*\$(?:uri|\{uri\}|document_uri)(?![\w])\/?$/;

/**
 * Whether the block's `try_files` never looks for the file the request names: every entry but
 * the last is a fixed path, and the last answers with a code or sends the request to a fixed URI.
 * Shaarli's documented `location / { try_files _ /index.php$is_args$args; }` (the file `_` never
 * exists) hands every request to its front controller: on nginx 1.22.1, `/composer.json` and
 * `/data/log.txt` under such a location reached PHP (blind cases shaarli--http-serves-site,
 * shaarli--subfolder-stale-denies). A named location as the fallback serves the request's own
 * path, and counts as reading it.
 */
export function triesOnlyFixedFiles(block: EffectiveNode): boolean {
  const tryFiles = block.childrenNamed('try_files');
  if (tryFiles.length !== 1) return false;
  const args = tryFiles[0]!.args;
  if (args.length < 2) return false;
  // A file entry with the query string (`/index.php$is_args$args =404`, the usual repair of Pico's
  // documented one-parameter `try_files`) names that fixed file, or a file that never exists:
  // not the path asked (blind case pico--internal-files-try-files-index, nginx 1.22.1: `/.env`
  // and `/composer.json` got index.php, not themselves).
  for (let i = 0; i < args.length - 1; i++) if (pathPart(args[i]!.value).includes('$')) return false;
  const fallback = args[args.length - 1]!.value;
  if (/^=\d{3}$/.test(fallback)) return true;
  if (!fallback.startsWith('/')) return false;
  return !pathPart(fallback).includes('$');
}

/** An entry without its query string: `$is_args$args` only adds one; any other variable before a `?` may add the path. */
export function pathPart(entry: string): string {
  return entry.replace(/\$is_args\$(?:args|query_string)(?![\w])/g, '').split('?')[0]!;
}
