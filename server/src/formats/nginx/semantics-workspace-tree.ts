import { ObjectMemo } from '../../engine/object-memo.ts';
import type { WorkspaceView } from '../../engine/types.ts';
import { dirnameOf, isInside, joinPath } from './paths.ts';

/** A folder of the workspace tree met by `foldersBelow`. */
export interface TreeFolder {
  path: string;
  /** Its request path under the folder the walk started from (`/`, `/legacy/`…), ending in `/`. */
  uri: string;
  /** 0 for the starting folder. */
  depth: number;
  names: readonly string[];
}

export interface TreeWalk {
  /** How many levels below the starting folder are entered. */
  depth: number;
  /** How many folders are listed at most: large trees are sampled, not read whole. */
  listings: number;
  /**
   * Which entries to enter (files are listed as nothing, so filtering them saves a listing), given
   * the folder that holds them.
   */
  descend: (name: string, parent: TreeFolder) => boolean;
}

/**
 * The folders below `dir`, breadth first, with their entries: the rules that look for scripts,
 * logs or checkouts in the application tree beside a configuration (upload-execution's code
 * folders, regex-location-bypass's scripts, private-paths-exposed's files) walk it this way. A
 * caller stops the walk by leaving its loop.
 */
export function* foldersBelow(
  workspace: WorkspaceView,
  dir: string,
  uri: string,
  walk: TreeWalk,
): Generator<TreeFolder> {
  const queue = [{ path: dir, uri, depth: 0 }];
  for (let listed = 0; listed < walk.listings; listed++) {
    const next = queue.shift();
    if (!next) return;
    const names = workspace.listDir(next.path) ?? [];
    const folder = { ...next, names };
    yield folder;
    if (next.depth < walk.depth)
      for (const name of names)
        if (walk.descend(name, folder))
          queue.push({ path: joinPath(next.path, name), uri: `${next.uri}${name}/`, depth: next.depth + 1 });
  }
}

/**
 * The files (entries that are no folder) of the folders `foldersBelow` meets, with their request
 * paths, in the folders `keep` accepts (by request path) and whose names `keepName` accepts.
 */
export function* filesBelow(
  workspace: WorkspaceView,
  dir: string,
  uri: string,
  walk: TreeWalk,
  keep: (folderUri: string) => boolean = () => true,
  keepName: (name: string) => boolean = () => true,
): Generator<string> {
  for (const folder of foldersBelow(workspace, dir, uri, walk)) {
    if (!keep(folder.uri)) continue;
    for (const name of folder.names)
      if (keepName(name) && workspace.listDir(joinPath(folder.path, name)) === undefined)
        yield `${folder.uri}${name}`;
  }
}

/**
 * A document root's folder in the workspace and the project folder above it (`public/`'s parent
 * holds Laravel's `artisan`, Flarum's `extend.php`), the latter only inside the workspace: what
 * lies outside it is not read, so that the editor and `harden audit` of the same folder agree.
 */
export function folderAndProject(dir: string, workspace: WorkspaceView): string[] {
  const parent = dirnameOf(dir);
  const root = workspace.root;
  return parent !== dir && root !== undefined && isInside(parent, root) ? [dir, parent] : [dir];
}

/**
 * A memo of what the workspace tree says, by workspace and key: thousands of servers may share
 * one root, and what the tree shows under it is read once. The values live as long as the
 * workspace view (one lint or audit).
 */
export function memoByWorkspace<T>(): (workspace: WorkspaceView, key: string, compute: () => T) => T {
  const byWorkspace = new ObjectMemo<WorkspaceView, Map<string, T>>('byWorkspace');
  return (workspace, key, compute) => {
    let known = byWorkspace.get(workspace);
    if (!known) {
      known = new Map();
      byWorkspace.set(workspace, known);
    }
    if (known.has(key)) return known.get(key)!;
    const value = compute();
    known.set(key, value);
    return value;
  };
}

/**
 * A small file of the workspace, read whole; undefined for a folder, a file larger than
 * `maxBytes` or one that cannot be read. The size is taken from `stat` when the view reports
 * one, else from the text (a view without file modes, `--no-file-modes`, still reads files).
 */
export function readSmallText(workspace: WorkspaceView, path: string, maxBytes: number): string | undefined {
  const stat = workspace.stat(path);
  if (stat && (!stat.isFile || stat.size > maxBytes)) return undefined;
  const text = workspace.readText(path);
  return text !== undefined && text.length <= maxBytes ? text : undefined;
}
