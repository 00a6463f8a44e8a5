import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizePath } from '../engine/disk-workspace.ts';

/**
 * The engine speaks normalised absolute paths, LSP speaks URIs. Only `file:` URIs have a path;
 * other schemes (untitled buffers, git diffs, remote views) are not on this machine's disk.
 */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return normalizePath(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}
