import fs from 'node:fs';
import nodePath from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from './config-types.ts';
import { decodeText, looksBinary, type TextEncodingName } from './text-decoding.ts';
import type { FileStat, WorkspaceView } from './types.ts';

export { decodeText, type DecodedText, type TextEncodingName } from './text-decoding.ts';

/**
 * The engine's paths: absolute, forward slashes, no `.`/`..`, no trailing slash, and a
 * lower-case drive letter on Windows (as VS Code's `Uri.fsPath` gives it), so that a path
 * from the CLI, from an LSP URI and from discovery compare equal.
 */
export function normalizePath(path: string): string {
  let p = path.replace(/\\/g, '/');
  const isAbsolute = p.startsWith('/') || /^[A-Za-z]:\//.test(p);
  if (!isAbsolute) p = nodePath.resolve(path).replace(/\\/g, '/');
  if (/^[A-Za-z]:/.test(p)) p = p.charAt(0).toLowerCase() + p.slice(1);
  p = nodePath.posix.normalize(p);
  if (p.length > 1 && p.endsWith('/') && !/^[a-z]:\/$/.test(p)) p = p.slice(0, -1);
  return p;
}

/** `5.0 MB`, `12.0 KB`, `900 bytes`: sizes in skip reasons and notices. */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function tooLargeReason(maxFileSize: number): string {
  return `larger than the ${formatByteSize(maxFileSize)} limit`;
}

export const BINARY_REASON = 'binary file';

/** A short, human reason for a failed file-system call (never the raw stack). */
export function fsErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a directory';
    default:
      return code ? `unreadable (${code})` : 'unreadable';
  }
}

export type DiskRead =
  | { kind: 'text'; text: string; encoding: TextEncodingName; invalidUtf8: boolean; size: number }
  | { kind: 'skipped'; reason: string };

// O_NONBLOCK keeps a FIFO that replaced a file between stat and open from blocking the read.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file as text, never more than `maxFileSize + 1` bytes. Devices, FIFOs and
 * sockets are refused before opening (reading them could block forever); symlink loops fail
 * in `stat` with ELOOP.
 */
export function readTextFile(path: string, maxFileSize: number): DiskRead {
  let fd: number | undefined;
  try {
    const stat = fs.statSync(path);
    if (!stat.isFile())
      return { kind: 'skipped', reason: stat.isDirectory() ? 'is a directory' : 'not a regular file' };
    if (stat.size > maxFileSize) return { kind: 'skipped', reason: tooLargeReason(maxFileSize) };
    fd = fs.openSync(path, OPEN_FLAGS);
    // Sized from the stat, but read to the end: a file that grew since (or a /proc file that
    // claims size 0) must be neither truncated silently nor read without bound.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxFileSize) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxFileSize) return { kind: 'skipped', reason: tooLargeReason(maxFileSize) };
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxFileSize + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxFileSize) return { kind: 'skipped', reason: tooLargeReason(maxFileSize) };
    const bytes = buffer.subarray(0, length);
    if (looksBinary(bytes)) return { kind: 'skipped', reason: BINARY_REASON };
    return { kind: 'text', ...decodeText(bytes), size: length };
  } catch (error) {
    return { kind: 'skipped', reason: fsErrorReason(error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export interface DiskWorkspaceOptions {
  /** Open editor buffers by normalised path; they take precedence over the disk. Read live, never copied. */
  overlay?: ReadonlyMap<string, string>;
  /** Whether `stat` reports real modes (`fileModes` of the config); default true. */
  fileModes?: boolean;
  /** Larger files read as undefined; default the config's default (5 MB). */
  maxFileSize?: number;
  /** Characters of text the read cache keeps; default `READ_CACHE_CHARACTERS`. */
  cacheCharacters?: number;
}

/**
 * Text the read cache keeps, in characters. Rules read the same files many times within a lint
 * (an nginx snippet included by every server, the `.env` files of one cascade), so recent
 * reads are kept; an audit of thousands of files must not keep them all (5,000 files of 10 KB
 * are 50 MB of strings held to the end of the audit).
 */
export const READ_CACHE_CHARACTERS = 8 * 1024 * 1024;

/** Directory listings a view keeps before it starts over (a workspace of 5,000 files has a few thousand folders). */
const LISTINGS_KEPT = 20_000;

/**
 * The workspace as the disk holds it, for the CLI and for the server's audits. Read-only:
 * nothing here writes. Reads are cached until `invalidate`, the least recently used first
 * forgotten once the cached text passes its budget (a file read again is then read anew).
 */
export class DiskWorkspace implements WorkspaceView {
  readonly root: string | undefined;
  private readonly overlay: ReadonlyMap<string, string>;
  private readonly fileModes: boolean;
  private readonly maxFileSize: number;
  /** In least-recently-used order (a hit moves its entry to the end). */
  private readonly cache = new Map<string, DiskRead>();
  /**
   * Directory listings, and null for a path that is no directory. Include resolution asks the
   * same questions for every site of a server with hundreds (`include sites-enabled/*;`, each
   * match asked whether it is a directory): one system call each per view.
   */
  private readonly listings = new Map<string, string[] | null>();
  private readonly cacheBudget: number;
  private cachedCharacters = 0;

  constructor(root: string | undefined, options: DiskWorkspaceOptions = {}) {
    this.root = root === undefined ? undefined : normalizePath(root);
    this.overlay = options.overlay ?? new Map();
    this.fileModes = options.fileModes ?? true;
    this.maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    this.cacheBudget = options.cacheCharacters ?? READ_CACHE_CHARACTERS;
  }

  readText(path: string): string | undefined {
    const read = this.read(path);
    return read.kind === 'text' ? read.text : undefined;
  }

  encodingOf(path: string): TextEncodingName | undefined {
    const read = this.read(path);
    return read.kind === 'text' ? read.encoding : undefined;
  }

  /** Like `readText`, with the encoding, or the reason the file cannot be read. */
  read(path: string): DiskRead {
    const p = normalizePath(path);
    const open = this.overlay.get(p);
    if (open !== undefined)
      return { kind: 'text', text: open, encoding: 'utf-8', invalidUtf8: false, size: open.length };
    const cached = this.cache.get(p);
    if (cached) {
      this.cache.delete(p);
      this.cache.set(p, cached);
      return cached;
    }
    const read = readTextFile(p, this.maxFileSize);
    this.cache.set(p, read);
    this.cachedCharacters += charactersOf(read);
    // The newest read stays even when it alone passes the budget: its lint reads it again.
    for (const [oldest, entry] of this.cache) {
      if (this.cachedCharacters <= this.cacheBudget || oldest === p) break;
      this.cache.delete(oldest);
      this.cachedCharacters -= charactersOf(entry);
    }
    return read;
  }

  exists(path: string): boolean {
    const p = normalizePath(path);
    return this.overlay.has(p) || fs.existsSync(p);
  }

  stat(path: string): FileStat | undefined {
    if (!this.fileModes) return undefined;
    const p = normalizePath(path);
    try {
      const link = fs.lstatSync(p);
      // A symlink's own mode is always 0777 on Linux: what matters is the file it points to.
      let target: fs.Stats = link;
      if (link.isSymbolicLink()) {
        try {
          target = fs.statSync(p);
        } catch {
          target = link;
        }
      }
      return {
        mode: target.mode,
        isDirectory: target.isDirectory(),
        isFile: target.isFile(),
        isSymbolicLink: link.isSymbolicLink(),
        size: target.size,
      };
    } catch {
      return undefined;
    }
  }

  listDir(path: string): string[] | undefined {
    const p = normalizePath(path);
    let listed = this.listings.get(p);
    if (listed === undefined) {
      try {
        listed = fs.readdirSync(p);
      } catch {
        listed = null;
      }
      if (this.listings.size >= LISTINGS_KEPT) this.listings.clear();
      this.listings.set(p, listed);
    }
    // A copy: the caller may sort or extend it.
    let names = listed === null ? undefined : listed.slice();
    // Unsaved buffers of new files are part of the workspace the user sees.
    const prefix = p === '/' ? '/' : `${p}/`;
    for (const open of this.overlay.keys()) {
      if (!open.startsWith(prefix)) continue;
      const name = open.slice(prefix.length).split('/')[0];
      if (!name) continue;
      names ??= [];
      if (!names.includes(name)) names.push(name);
    }
    return names?.sort();
  }

  /** Forgets cached reads: of one file when it changed on disk, of all when the path is omitted. */
  invalidate(path?: string): void {
    if (path === undefined) {
      this.cache.clear();
      this.listings.clear();
      this.cachedCharacters = 0;
      return;
    }
    const p = normalizePath(path);
    // A file created or removed changes its folder's listing too.
    this.listings.delete(p);
    this.listings.delete(nodePath.posix.dirname(p));
    const entry = this.cache.get(p);
    if (!entry) return;
    this.cache.delete(p);
    this.cachedCharacters -= charactersOf(entry);
  }
}

function charactersOf(read: DiskRead): number {
  return read.kind === 'text' ? read.text.length : 0;
}
