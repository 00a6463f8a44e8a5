import ignore from 'ignore';
import type { WorkspaceView } from '../../../engine/types.ts';

/**
 * Whether git would ignore a file, from the `.gitignore` files alone (git is never run). Git reads
 * `.git/info/exclude`, then each directory's `.gitignore` from the top of the work tree down to
 * the file; a deeper file's rules win, and a file inside an ignored directory stays ignored
 * whatever deeper files say, since git does not look inside that directory.
 */

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/**
 * The top of the git work tree holding `path`: the nearest directory with a `.git` entry (a
 * directory, or a file for worktrees and submodules). The search stops at the workspace root.
 */
export function gitWorkTreeOf(path: string, workspace: WorkspaceView): string | undefined {
  const root = workspace.root?.replace(/\/$/, '');
  let dir = parentOf(path);
  for (;;) {
    if (workspace.exists(`${dir === '/' ? '' : dir}/.git`)) return dir;
    if (dir === '/' || dir === root || (root !== undefined && !dir.startsWith(root + '/'))) return undefined;
    dir = parentOf(dir);
  }
}

interface IgnoreSource {
  /** Directory the patterns are relative to, relative to the work tree ('' = its top). */
  base: string;
  patterns: string;
}

function sourcesFor(
  relative: string,
  workTree: string,
  workspace: WorkspaceView,
  rootExtra: string,
): IgnoreSource[] {
  const top = workTree === '/' ? '' : workTree;
  const sources: IgnoreSource[] = [];
  const exclude = workspace.readText(`${top}/.git/info/exclude`);
  if (exclude !== undefined) sources.push({ base: '', patterns: exclude });
  const dirs = relative.split('/').slice(0, -1);
  for (let depth = 0; depth <= dirs.length; depth++) {
    const base = dirs.slice(0, depth).join('/');
    let patterns = workspace.readText(`${top}${base ? `/${base}` : ''}/.gitignore`);
    if (depth === 0 && rootExtra !== '') patterns = `${patterns ?? ''}\n${rootExtra}`;
    if (patterns !== undefined) sources.push({ base, patterns });
  }
  return sources;
}

/** Git's verdict for one path (a directory when it ends with `/`) given the sources that apply to it. */
function verdict(path: string, sources: IgnoreSource[]): boolean {
  let ignored = false;
  for (const source of sources) {
    const prefix = source.base === '' ? '' : `${source.base}/`;
    if (!path.startsWith(prefix) || path === prefix) continue;
    const result = ignore().add(source.patterns).test(path.slice(prefix.length));
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/**
 * `relative` is the file's path inside the work tree. `rootExtra` adds patterns to the top
 * `.gitignore` (to check that a fix would work before offering it).
 */
export function isIgnoredByGit(
  relative: string,
  workTree: string,
  workspace: WorkspaceView,
  rootExtra = '',
): boolean {
  const sources = sourcesFor(relative, workTree, workspace, rootExtra);
  const parts = relative.split('/');
  for (let depth = 1; depth < parts.length; depth++) {
    const dir = `${parts.slice(0, depth).join('/')}/`;
    if (verdict(dir, sources)) return true;
  }
  return verdict(relative, sources);
}
