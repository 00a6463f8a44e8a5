import type { WorkspaceView } from '../../engine/types.ts';
import type { EffectiveNode } from './effective.ts';
import { locationInfo, matchLocation, type LocationInfo } from './locations.ts';
import { basenameOf, isAbsolutePath, isInside, joinPath } from './paths.ts';
import {
  patternMatches,
  refusesRequests,
  scriptComesFromUri,
  scriptHandler,
} from './semantics-php-locations.ts';
import { canProbe } from './semantics-probe-safety.ts';
import { documentRoot } from './server-blocks.ts';
import { locationsOfServer } from './semantics-tree-index.ts';
import { isSlash, trimEndOf, trimStartOf } from '../../engine/text-runs.ts';

/**
 * Upload directories (the `uploadPaths` setting: `var`, `app/upload`, `sites/*\/files`,
 * `wp-content/uploads`…) as URL prefixes of a server, and whether a script placed in one of them
 * would be executed. A directory counts for a server when the configuration itself mentions it
 * (a `location` for it, an `alias` to it) or when it exists in the workspace under the server's
 * `root` and holds no committed PHP script, in it or one level down (then it is the application's
 * code: Moodle's `files/`); requests for scripts in it are run through nginx's own location choice.
 */

export interface UploadPath {
  /** As configured, without leading/trailing slashes: `sites/*\/files`. */
  pattern: string;
  /** A concrete path for probes: `sites/default/files`. */
  sample: string;
  /** Regex source matching the URL prefix, `*` being one segment: `sites/[^/]+/files`. */
  regexSource: string;
}

const SCRIPT_EXTENSIONS = ['php', 'phtml', 'phar', 'php5', 'pl', 'py', 'cgi', 'sh'];
/** The extensions the fix denies (the guides list exe, bat, sh, php, phtml, cgi). */
export const DENIED_EXTENSIONS = 'php\\d?|phtml|phar|pl|py|cgi|sh|exe|bat';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The path without leading and trailing slashes. */
function trimSlashes(path: string): string {
  return trimEndOf(trimStartOf(path, isSlash), isSlash);
}

export function uploadPath(configured: string): UploadPath | undefined {
  const pattern = trimSlashes(configured.trim());
  if (pattern === '' || pattern.split('/').some((s) => s === '' || s === '.' || s === '..')) return undefined;
  const segments = pattern.split('/');
  return {
    pattern,
    sample: segments.map((s) => (s === '*' ? 'default' : s.replace(/\*/g, 'x'))).join('/'),
    regexSource: segments
      .map((s) => (s === '*' ? '[^/]+' : escapeRegex(s).replace(/\\\*/g, '[^/]*')))
      .join('/'),
  };
}

interface CompiledUpload {
  upload: UploadPath;
  /** Matches a prefix location's URI that is the directory or inside it. */
  prefix: RegExp;
  /** Matches an alias path that ends with the directory. */
  alias: RegExp;
  /** The directory as a request path, `/uploads/`, for regex locations. */
  probe: string;
  /** `probe` in lower case, for `~*` locations. */
  probeCaseless: string;
}

const compiledLists = new Map<string, CompiledUpload[]>();

/** The configured upload paths, parsed and compiled once per distinct list. */
const byIdentity = new WeakMap<readonly string[], CompiledUpload[]>();

function compiledUploads(configured: readonly string[]): CompiledUpload[] {
  const same = byIdentity.get(configured);
  if (same) return same;
  const list = compiledByContent(configured);
  byIdentity.set(configured, list);
  return list;
}

function compiledByContent(configured: readonly string[]): CompiledUpload[] {
  const key = configured.join('\u0000');
  let list = compiledLists.get(key);
  if (!list) {
    list = configured.flatMap((p) => {
      const upload = uploadPath(p);
      if (!upload) return [];
      return [
        {
          upload,
          prefix: new RegExp(`^/${upload.regexSource}(/|$)`),
          alias: new RegExp(`/${upload.regexSource}/?$`),
          probe: `/${upload.sample}/`,
          probeCaseless: `/${upload.sample}/`.toLowerCase(),
        },
      ];
    });
    if (compiledLists.size > 64) compiledLists.clear();
    compiledLists.set(key, list);
  }
  return list;
}

const matchesAnyDirectory = new WeakMap<EffectiveNode, boolean>();

/** Whether a location's pattern is about the upload directory (and not about every directory). */
function locationMentions(location: EffectiveNode, info: LocationInfo, compiled: CompiledUpload): boolean {
  if (info.modifier === '@') return false;
  if (!info.isRegex) return compiled.prefix.test(info.pattern);
  let generic = matchesAnyDirectory.get(location);
  if (generic === undefined) {
    generic = patternMatches(info, '/harden-probe/');
    matchesAnyDirectory.set(location, generic);
  }
  return !generic && (patternMatches(info, compiled.probe) || startsWithDirectory(info, compiled));
}

/**
 * One-segment wildcards of a regex source (`[^/]+`, `.*`, `\w+`…), read as a sample segment. A
 * class stops at the next `[` too, so a run of `[` costs linear time (test/fuzz/regex-safety).
 */
const SEGMENT_WILDCARD = /\[[^\][]*\][+*]\??|\.[+*]\??|\\[wd][+*]\??/g;

/**
 * Whether a regex location is about a path inside the directory: `^/sites/[^/]+/files/styles/`
 * and `^/sites/.*\/files/civicrm/upload/` are locations in `sites/*\/files`, though neither
 * matches the bare `/sites/default/files/`. The source is read as a path (wildcards as one
 * segment, escapes resolved) that must begin with the directory: `(/[a-z]+)?/system/files/` is
 * not a location in `files`.
 */
function startsWithDirectory(info: LocationInfo, compiled: CompiledUpload): boolean {
  const caseless = info.modifier === '~*';
  const path = pathOfPattern(info.pattern, caseless);
  return path.startsWith(caseless ? compiled.probeCaseless : compiled.probe);
}

/** Read paths by pattern: every upload directory asks every regex location, and servers repeat patterns. */
const readPaths = new Map<string, string>();
const readPathsCaseless = new Map<string, string>();

function pathOfPattern(pattern: string, caseless: boolean): string {
  const cache = caseless ? readPathsCaseless : readPaths;
  let path = cache.get(pattern);
  if (path === undefined) {
    path = pattern.replace(SEGMENT_WILDCARD, 'default').replace(/\\(.)/g, '$1');
    if (path.startsWith('^')) path = path.slice(1);
    if (caseless) path = path.toLowerCase();
    if (cache.size >= 4096) cache.clear();
    cache.set(pattern, path);
  }
  return path;
}

interface InternalTarget {
  node: EffectiveNode;
  uri: string;
}

const serverTargets = new WeakMap<EffectiveNode, InternalTarget[]>();

/**
 * The URIs a server's `rewrite` replacements and `try_files` entries send requests to
 * (`rewrite ^/courses/([^/]+)/(.*)$ /app/courses/$1/$2 last;` serves `/app/courses/`).
 */
function internalTargetsOf(server: EffectiveNode): InternalTarget[] {
  let targets = serverTargets.get(server);
  if (!targets) {
    const found: InternalTarget[] = [];
    const collect = (block: EffectiveNode): void => {
      // One pass over the children: indexing every location by name would cost more than this.
      for (const node of block.children) {
        if (node.name === 'rewrite') {
          // `rewrite regex replacement [flag]`: only the replacement is a target.
          const uri = node.args[1]?.value;
          if (uri?.startsWith('/')) found.push({ node, uri });
        } else if (node.name === 'try_files') {
          for (const arg of node.args) if (arg.value.startsWith('/')) found.push({ node, uri: arg.value });
        }
      }
    };
    collect(server);
    for (const location of locationsOfServer(server)) collect(location);
    targets = found;
    serverTargets.set(server, targets);
  }
  return targets;
}

interface WorkspaceCaches {
  roots: Map<string, string[]>;
  exists: Map<string, boolean>;
  /** Directories by whether they hold PHP scripts of their own (`holdsCode`). */
  code: Map<string, boolean>;
  /** Names at the top of the workspace: a root path can only be found under one of them. */
  top: Set<string>;
}

const workspaceCaches = new WeakMap<WorkspaceView, WorkspaceCaches>();

function cachesOf(workspace: WorkspaceView): WorkspaceCaches {
  let caches = workspaceCaches.get(workspace);
  if (!caches) {
    const top = workspace.root === undefined ? [] : (workspace.listDir(workspace.root) ?? []);
    caches = { roots: new Map(), exists: new Map(), code: new Map(), top: new Set(top) };
    workspaceCaches.set(workspace, caches);
  }
  return caches;
}

/** Workspace directories that may be the server's document root (its path, or a suffix of it, found in the workspace). */
export function workspaceRootsFor(rootPath: string, workspace: WorkspaceView): string[] {
  const cache = cachesOf(workspace).roots;
  let dirs = cache.get(rootPath);
  if (!dirs) {
    dirs = findWorkspaceRoots(rootPath, workspace);
    cache.set(rootPath, dirs);
  }
  return dirs;
}

function findWorkspaceRoots(rootPath: string, workspace: WorkspaceView): string[] {
  const wsRoot = workspace.root;
  if (wsRoot === undefined || !isAbsolutePath(rootPath)) return [];
  if (isInside(rootPath, wsRoot)) return workspace.listDir(rootPath) ? [rootPath] : [];
  const segments = rootPath.split('/').filter(Boolean);
  const top = cachesOf(workspace).top;
  for (let i = 0; i < segments.length; i++) {
    if (!top.has(segments[i]!)) continue;
    const candidate = joinPath(wsRoot, segments.slice(i).join('/'));
    if (workspace.listDir(candidate)) return [candidate];
  }
  const last = segments[segments.length - 1];
  return last !== undefined && last === basenameOf(wsRoot) ? [wsRoot] : [];
}

/**
 * Whether the upload path exists under a workspace directory (`*` segments expanded) as a
 * directory that is not code (`holdsCode`).
 */
function existsUnder(dir: string, upload: UploadPath, workspace: WorkspaceView): boolean {
  const cache = cachesOf(workspace).exists;
  const key = `${dir}\u0000${upload.pattern}`;
  let answer = cache.get(key);
  if (answer === undefined) {
    answer = findUnder(dir, upload, workspace);
    cache.set(key, answer);
  }
  return answer;
}

function findUnder(dir: string, upload: UploadPath, workspace: WorkspaceView): boolean {
  let current = [dir];
  for (const segment of upload.pattern.split('/')) {
    const next: string[] = [];
    for (const base of current) {
      if (segment.includes('*')) {
        const matcher = new RegExp(`^${escapeRegex(segment).replace(/\\\*/g, '.*')}$`);
        for (const name of workspace.listDir(base) ?? [])
          if (matcher.test(name)) next.push(joinPath(base, name));
      } else {
        const child = joinPath(base, segment);
        if (workspace.listDir(child)) next.push(child);
      }
    }
    current = next.slice(0, 64);
    if (current.length === 0) return false;
  }
  return current.some((found) => !holdsCode(found, workspace));
}

/** How many entries of a directory are looked into for scripts one level down. */
const CODE_SUBDIRECTORIES = 64;

const isPhpScript = (name: string): boolean => name.toLowerCase().endsWith('.php');

/**
 * Whether a directory holds PHP scripts committed in the workspace, in it or in one of its
 * subdirectories: then it is the application's code, not where uploads land, since an attacker's
 * upload is not in the repository. Moodle's code tree has `files/draftfiles.php` and
 * `media/classes/manager.php`, its uploads being in moodledata outside the web root. One level
 * down and no further: what an application writes into a real upload directory lies deeper
 * (Drupal's compiled Twig templates, `files/php/twig/<hash>/<name>.php`).
 */
function holdsCode(dir: string, workspace: WorkspaceView): boolean {
  const cache = cachesOf(workspace).code;
  let answer = cache.get(dir);
  if (answer === undefined) {
    const names = workspace.listDir(dir) ?? [];
    answer =
      names.some(isPhpScript) ||
      names
        .slice(0, CODE_SUBDIRECTORIES)
        .some((name) => (workspace.listDir(joinPath(dir, name)) ?? []).some(isPhpScript));
    cache.set(dir, answer);
  }
  return answer;
}

export interface UploadEvidence {
  upload: UploadPath;
  /** The location or alias that mentions it; undefined when it was found in the workspace. */
  mentionedBy?: EffectiveNode;
}

/** The upload paths that concern a server, with why. */
export function uploadPathsOfServer(
  server: EffectiveNode,
  configured: readonly string[],
  workspace: WorkspaceView,
): UploadEvidence[] {
  const uploads = compiledUploads(configured);
  if (uploads.length === 0) return [];
  // Plain loops: this runs for every server and every configured upload directory.
  const locations: { node: EffectiveNode; info: LocationInfo }[] = [];
  const aliases: { node: EffectiveNode; info: LocationInfo; alias: string }[] = [];
  for (const node of locationsOfServer(server)) {
    const info = locationInfo(node);
    if (!info) continue;
    locations.push({ node, info });
    if (info.isRegex || info.modifier === '@') continue;
    const alias = node.childrenNamed('alias')[0]?.args[0]?.value;
    if (alias) aliases.push({ node, info, alias });
  }
  let dirs: string[] | undefined;
  const out: UploadEvidence[] = [];
  const seen = new Set<string>();
  const add = (evidence: UploadEvidence) => {
    if (seen.has(evidence.upload.pattern)) return;
    seen.add(evidence.upload.pattern);
    out.push(evidence);
  };
  for (const compiled of uploads) {
    let mention: EffectiveNode | undefined;
    for (const { node, info } of locations)
      if (locationMentions(node, info, compiled)) {
        mention = node;
        break;
      }
    if (!mention)
      for (const target of internalTargetsOf(server))
        if (compiled.prefix.test(target.uri)) {
          mention = target.node;
          break;
        }
    if (mention) add({ upload: compiled.upload, mentionedBy: mention });
    else {
      if (!dirs) {
        const root = documentRoot(server);
        dirs = root && root.kind === 'root' ? workspaceRootsFor(root.path, workspace) : [];
      }
      if (dirs.some((dir) => existsUnder(dir, compiled.upload, workspace))) add({ upload: compiled.upload });
    }
    // `location /media/ { alias /srv/app/uploads/; }`: the upload directory is served under the location's URL.
    for (const { node, info, alias } of aliases) {
      if (!compiled.alias.test(alias)) continue;
      const served = uploadPath(info.pattern);
      if (served) add({ upload: served, mentionedBy: node });
    }
  }
  return out;
}

export interface ExecutionPath {
  /** The request that would run an uploaded script. */
  uri: string;
  /** The location that runs it. */
  location: EffectiveNode;
}

/** The first request for a script in the upload path that nginx would hand to a script handler, if any. */
export function uploadedScriptRuns(server: EffectiveNode, upload: UploadPath): ExecutionPath | undefined {
  for (const extension of SCRIPT_EXTENSIONS) {
    const uri = `/${upload.sample}/h.${extension}`;
    if (!canProbe(server, uri)) return undefined;
    const match = matchLocation(server, uri);
    const location = match.location?.node;
    if (!location || !scriptHandler(location)) continue;
    if (refusesRequests(location) || !scriptComesFromUri(location)) continue;
    return { uri, location };
  }
  return undefined;
}

/** The deny location the fix inserts before the script location. */
export function denyLocationFor(upload: UploadPath): { head: string; body: string[] } {
  return { head: `location ~* ^/${upload.regexSource}/.*\\.(${DENIED_EXTENSIONS})$`, body: ['deny all;'] };
}
