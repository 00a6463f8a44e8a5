import nodePath from 'node:path';

/**
 * Path arithmetic on the engine's paths (absolute, forward slashes, a lower-case drive letter
 * on Windows), whatever the OS this runs on: nginx paths always use `/`.
 */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

export function dirnameOf(path: string): string {
  return nodePath.posix.dirname(path);
}

export function basenameOf(path: string): string {
  return nodePath.posix.basename(path);
}

/** `base` joined with `relative`, normalised (`.`/`..` resolved, no trailing slash). */
export function joinPath(base: string, relative: string): string {
  const joined = nodePath.posix.normalize(`${base}/${relative}`);
  return joined.length > 1 && joined.endsWith('/') && !/^[A-Za-z]:\/$/.test(joined)
    ? joined.slice(0, -1)
    : joined;
}

export function normalizeAbsolute(path: string): string {
  return joinPath(path, '.');
}

/** True when `path` is `dir` or inside it. */
export function isInside(path: string, dir: string): boolean {
  if (path === dir) return true;
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return path.startsWith(prefix);
}

/** `dir` and its ancestors, nearest first, up to and including `stop` (or the filesystem root). */
export function ancestorsOfDir(dir: string, stop: string | undefined, limit = 12): string[] {
  const out: string[] = [];
  let current = dir;
  for (let i = 0; i < limit; i++) {
    out.push(current);
    if (stop !== undefined && current === stop) break;
    const parent = dirnameOf(current);
    if (parent === current) break;
    if (stop !== undefined && !isInside(parent, stop)) break;
    current = parent;
  }
  return out;
}

/** A `try_files` entry's path, before its query string or variables (`/index.php$is_args$args`). */
export function pathBeforeArguments(uri: string): string {
  const end = uri.search(/[?$]/);
  return end < 0 ? uri : uri.slice(0, end);
}
