import fs from 'node:fs';
import nodePath from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { compareStrings } from './compare-strings.ts';
import type { ResolvedConfig } from './config-types.ts';
import {
  BINARY_REASON,
  fsErrorReason,
  normalizePath,
  readTextFile,
  tooLargeReason,
} from './disk-workspace.ts';
import { detectFormat, SNIFF_LENGTH } from './format-detection.ts';
import { decodeText, looksBinary } from './text-decoding.ts';
import type { FormatId } from './types.ts';

/**
 * Finds the config files of a workspace: the audit's file list, identical for the editor's
 * "Audit Workspace" and for `harden audit`. Directories named here are never entered: they
 * hold third-party code or tool state, not the deployment's configs.
 */
export const DEFAULT_EXCLUDED_DIRS: readonly string[] = ['node_modules', 'vendor', '.git', '.cache'];

export interface DiscoveredFile {
  /** Normalised absolute path (see `normalizePath`). */
  path: string;
  format: FormatId;
  size: number;
}

export interface SkippedFile {
  path: string;
  /** Human reason, e.g. "larger than the 5.0 MB limit", "binary file", "permission denied". */
  reason: string;
}

export interface DiscoveryResult {
  /** Sorted by path. */
  files: DiscoveredFile[];
  /** Config files (or directories) that were found but cannot be analysed; sorted by path. */
  skipped: SkippedFile[];
  /** True when the signal aborted the walk: the lists hold what was found until then. */
  cancelled: boolean;
}

export interface DiscoveryOptions {
  signal?: AbortSignal;
  /** Called with the number of files found so far, every 100 files and at the end. */
  onProgress?(count: number): void;
  /** Extra globs relative to the root (the editor's `files.exclude`). */
  extraExcludes?: readonly string[];
}

interface GitignoreLevel {
  /** Directory holding the .gitignore, relative to the root ('' = the root). */
  dir: string;
  rules: Ignore;
}

interface PendingDir {
  path: string;
  relative: string;
  gitignores: readonly GitignoreLevel[];
}

type PathMatcher = (path: string) => boolean;

interface LinkTarget {
  /** The link's target, resolved. */
  real: string;
  file: DiscoveredFile;
}

const PROGRESS_EVERY = 100;
const GITIGNORE_MAX_SIZE = 1024 * 1024;

export function discoverFiles(
  root: string,
  config: ResolvedConfig,
  options: DiscoveryOptions = {},
): DiscoveryResult {
  const rootPath = normalizePath(root);
  const realRoot = realPathOf(rootPath) ?? rootPath;
  // Globs of `.harden.yaml` are relative to the directory of the file that declares them.
  const globBase = config.file ? nodePath.posix.dirname(normalizePath(config.file)) : rootPath;
  const include = compileGlobs(config.include);
  const exclude = compileGlobs(config.exclude);
  const extraExclude = compileGlobs(options.extraExcludes ?? []);
  const relativeToBase = (path: string): string | undefined => relativeTo(globBase, path);
  const isExcluded = (path: string, relative: string): boolean => {
    if (extraExclude && extraExclude(relative)) return true;
    const fromBase = relativeToBase(path);
    return exclude !== undefined && fromBase !== undefined && exclude(fromBase);
  };
  const isIncluded = (path: string): boolean => {
    if (!include) return true;
    const fromBase = relativeToBase(path);
    return fromBase !== undefined && include(fromBase);
  };

  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  /** Discovered symlinked files by target, so that a target found on its own is not linted twice. */
  const linkTargets: LinkTarget[] = [];
  let cancelled = false;
  const report = (): void => options.onProgress?.(files.length);

  const stack: PendingDir[] = [{ path: rootPath, relative: '', gitignores: [] }];
  while (stack.length > 0) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir.path, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: dir.path, reason: `directory not readable: ${fsErrorReason(error)}` });
      continue;
    }
    entries.sort((a, b) => compareStrings(a.name, b.name));
    const gitignores = withGitignore(dir, entries);
    const subdirectories: PendingDir[] = [];
    for (const entry of entries) {
      const path = dir.path === '/' ? `/${entry.name}` : `${dir.path}/${entry.name}`;
      const relative = dir.relative === '' ? entry.name : `${dir.relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (DEFAULT_EXCLUDED_DIRS.includes(entry.name)) continue;
        if (isGitignored(relative, true, gitignores) || isExcluded(path, relative)) continue;
        subdirectories.push({ path, relative, gitignores });
        continue;
      }
      if (isExcluded(path, relative) || !isIncluded(path)) continue;
      // `.env.local`, `.env.prod.local` are gitignored precisely because they hold the real
      // secrets and production settings: they are the files an audit must not skip.
      if (isGitignored(relative, false, gitignores) && !isDotenvName(entry.name)) continue;
      // Symlinked directories are never entered: that is what makes link loops harmless.
      if (!entry.isFile() && !entry.isSymbolicLink()) {
        // Opening a FIFO would block the audit: named like a config, it is listed, never read.
        const kind = specialFileKind(entry);
        if (kind && detectFormat(path)) skipped.push({ path, reason: notRegularReason(kind) });
        continue;
      }
      const before = files.length;
      if (entry.isSymbolicLink()) visitLink(path, realRoot, config.maxFileSize, files, skipped, linkTargets);
      else visitFile(path, path, config.maxFileSize, files, skipped);
      if (files.length > before && files.length % PROGRESS_EVERY === 0) report();
    }
    // Depth first, in name order (the stack pops the last pushed first).
    for (let i = subdirectories.length - 1; i >= 0; i--) stack.push(subdirectories[i]!);
  }

  const deduplicated = dropDuplicateLinks(files, linkTargets, skipped, rootPath, realRoot);
  deduplicated.sort((a, b) => compareStrings(a.path, b.path));
  skipped.sort((a, b) => compareStrings(a.path, b.path));
  options.onProgress?.(deduplicated.length);
  return { files: deduplicated, skipped, cancelled };
}

function visitFile(
  path: string,
  readFrom: string,
  maxFileSize: number,
  files: DiscoveredFile[],
  skipped: SkippedFile[],
): DiscoveredFile | undefined {
  let head: Uint8Array | Error | undefined;
  const readHead = (): Uint8Array | Error => (head ??= readHeadBytes(readFrom));
  const format = detectFormat(path, () => {
    const bytes = readHead();
    return bytes instanceof Error ? undefined : decodeText(bytes).text;
  });
  if (!format) return undefined;
  let size: number;
  try {
    size = fs.statSync(readFrom).size;
  } catch (error) {
    skipped.push({ path, reason: fsErrorReason(error) });
    return undefined;
  }
  if (size > maxFileSize) {
    skipped.push({ path, reason: tooLargeReason(maxFileSize) });
    return undefined;
  }
  const bytes = readHead();
  if (bytes instanceof Error) {
    skipped.push({ path, reason: fsErrorReason(bytes) });
    return undefined;
  }
  if (looksBinary(bytes)) {
    skipped.push({ path, reason: BINARY_REASON });
    return undefined;
  }
  const file: DiscoveredFile = { path, format, size };
  files.push(file);
  return file;
}

/**
 * A symlinked file counts only when it resolves inside the root: a workspace must not be able
 * to pull `/etc/shadow` or another project into an audit.
 */
function visitLink(
  path: string,
  realRoot: string,
  maxFileSize: number,
  files: DiscoveredFile[],
  skipped: SkippedFile[],
  linkTargets: LinkTarget[],
): void {
  let target: fs.Stats;
  let real: string;
  try {
    target = fs.statSync(path);
    real = normalizePath(fs.realpathSync(path));
  } catch (error) {
    if (detectFormat(path)) skipped.push({ path, reason: `broken symbolic link (${fsErrorReason(error)})` });
    return;
  }
  if (!target.isFile()) {
    const kind = specialFileKind(target);
    if (kind && detectFormat(path)) skipped.push({ path, reason: notRegularReason(kind) });
    return;
  }
  if (relativeTo(realRoot, real) === undefined) {
    if (detectFormat(path)) skipped.push({ path, reason: 'symbolic link to a file outside the workspace' });
    return;
  }
  const file = visitFile(path, real, maxFileSize, files, skipped);
  if (file) linkTargets.push({ real, file });
}

/**
 * Debian's `sites-enabled/x.conf -> ../sites-available/x.conf`: when both are discovered, the
 * target is linted (fixes edit it) and the link is listed as skipped, so no finding is doubled.
 */
function dropDuplicateLinks(
  files: DiscoveredFile[],
  linkTargets: readonly LinkTarget[],
  skipped: SkippedFile[],
  rootPath: string,
  realRoot: string,
): DiscoveredFile[] {
  if (linkTargets.length === 0) return files;
  // Directories reached by the walk are real ones (symlinked directories are not entered), so
  // a regular file's real path is its path with the root's real path in front.
  const links = new Set(linkTargets.map((link) => link.file));
  const regular = new Set(files.filter((file) => !links.has(file)).map((file) => file.path));
  const drop = new Set<DiscoveredFile>();
  for (const { real, file: link } of linkTargets) {
    const inWalk = rootPath + real.slice(realRoot.length);
    if (!regular.has(inWalk)) continue;
    drop.add(link);
    skipped.push({ path: link.path, reason: `symbolic link to ${inWalk}, which is analysed instead` });
  }
  return drop.size === 0 ? files : files.filter((file) => !drop.has(file));
}

function withGitignore(dir: PendingDir, entries: readonly fs.Dirent[]): readonly GitignoreLevel[] {
  const entry = entries.find((e) => e.name === '.gitignore');
  if (!entry || !(entry.isFile() || entry.isSymbolicLink())) return dir.gitignores;
  const read = readTextFile(`${dir.path === '/' ? '' : dir.path}/.gitignore`, GITIGNORE_MAX_SIZE);
  if (read.kind !== 'text') return dir.gitignores;
  return [...dir.gitignores, { dir: dir.relative, rules: ignore().add(read.text) }];
}

/**
 * As git does: each .gitignore speaks about paths relative to its own directory, a deeper one
 * overrides a shallower one, and a negation re-includes. Ignored directories are pruned by the
 * caller, so (as in git) nothing inside them can be re-included.
 */
function isGitignored(relative: string, isDirectory: boolean, levels: readonly GitignoreLevel[]): boolean {
  let ignored = false;
  for (const level of levels) {
    const sub = level.dir === '' ? relative : relative.slice(level.dir.length + 1);
    const result = level.rules.test(isDirectory ? `${sub}/` : sub);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** Globs without a slash match the base name at any depth, as in .gitignore (`*.bak.conf`). */
function compileGlobs(globs: readonly string[]): PathMatcher | undefined {
  const cleaned = globs.map((glob) => glob.replace(/^(?:\.\/)+/, '')).filter((glob) => glob.length > 0);
  if (cleaned.length === 0) return undefined;
  const byName = cleaned.filter((glob) => !glob.includes('/'));
  const byPath = cleaned.filter((glob) => glob.includes('/'));
  const nameMatcher = byName.length > 0 ? picomatch(byName, { dot: true }) : undefined;
  const pathMatcher = byPath.length > 0 ? picomatch(byPath, { dot: true }) : undefined;
  return (path) => {
    if (pathMatcher?.(path)) return true;
    return nameMatcher !== undefined && nameMatcher(path.slice(path.lastIndexOf('/') + 1));
  };
}

function readHeadBytes(path: string): Uint8Array | Error {
  let fd: number | undefined;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const buffer = Buffer.allocUnsafe(SNIFF_LENGTH);
    let length = 0;
    while (length < buffer.length) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function realPathOf(path: string): string | undefined {
  try {
    return normalizePath(fs.realpathSync(path));
  } catch {
    return undefined;
  }
}

/** The path relative to `base`, '' for `base` itself, undefined when it is outside. */
function relativeTo(base: string, path: string): string | undefined {
  if (path === base) return '';
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

function isDotenvName(name: string): boolean {
  return detectFormat(name) === 'dotenv';
}

/** What a directory entry that is neither a file, a directory nor a link is. */
function specialFileKind(entry: fs.Dirent | fs.Stats): string | undefined {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return undefined;
}

function notRegularReason(kind: string): string {
  return `not a regular file: ${kind}, never read (reading it could block the audit)`;
}
