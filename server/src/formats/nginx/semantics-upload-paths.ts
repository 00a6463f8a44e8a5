import { ObjectMemo } from '../../engine/object-memo.ts';
import type { WorkspaceView } from '../../engine/types.ts';
import { mountedPaths } from './compose-mounts.ts';
import { ifCondition } from './conditions.ts';
import type { EffectiveNode } from './effective.ts';
import { scriptFilenameParam } from './headers.ts';
import { locationInfo, matchLocation, type LocationInfo } from './locations.ts';
import { basenameOf, isAbsolutePath, isInside, joinPath } from './paths.ts';
import {
  isInternalLocation,
  locationSetsOf,
  patternMatches,
  pinnedScript,
  refusesRequests,
  scriptComesFromUri,
  scriptHandler,
  scriptRunnerOf,
} from './semantics-php-locations.ts';
import { canProbe } from './semantics-probe-safety.ts';
import { compileNginxRegex, matchCaptures, type CompiledRegex } from './regex.ts';
import { parseRegex } from './semantics-regex.ts';
import { findRedos } from './semantics-regex-redos.ts';
import { fixedScriptProbes, shapedScriptProbes, type ScriptProbe } from './semantics-script-probes.ts';
import { documentRoot, inheritedDirective } from './server-blocks.ts';
import { isWithin, locationsOfServer } from './semantics-tree-index.ts';
import { foldersBelow } from './semantics-workspace-tree.ts';
import {
  aliasedApplicationShows,
  applicationShows,
  signsNeededBy,
  type ApplicationSigns,
} from './semantics-upload-signs.ts';
import { isDefaultUploadPaths } from '../../engine/config-types.ts';
import { variablesIn } from './variables.ts';
import { isSlash, trimEndOf, trimStartOf } from '../../engine/text-runs.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * Upload directories (the `uploadPaths` setting: `var`, `app/upload`, `sites/*\/files`,
 * `wp-content/uploads`…) as URL prefixes of a server, and whether a script placed in one of them
 * would be executed. A directory counts for a server when the configuration itself mentions it
 * (a `location` for it, an `alias` to it) or when it exists in the workspace under the server's
 * `root` and is not the application's code (`holdsCode`: Moodle's `files/`); requests for scripts
 * in it are run through nginx's own location choice.
 */

export interface UploadPath {
  /** As configured, without leading/trailing slashes: `sites/*\/files`. */
  pattern: string;
  /** A concrete path for probes: `sites/default/files`. */
  sample: string;
  /** Regex source matching the URL prefix, `*` being one segment: `sites/[^/]+/files`. */
  regexSource: string;
}

/** The extensions the fix denies (the guides list exe, bat, sh, php, phtml, cgi). */
export const DENIED_EXTENSIONS = 'php\\d?|phtml|phar|pl|py|cgi|sh|exe|bat';
/**
 * Where the fix's deny lets the script's name end: at the end of the URI or before path info. A
 * deny ending in `$` leaves `/uploads/h.php/x` to nginx's PHP-FPM example
 * `location ~ [^/]\.php(/|$)`, whose `fastcgi_split_path_info ^(.+?\.php)(/.*)$` runs the
 * uploaded `/uploads/h.php` (checked on nginx 1.22.1).
 */
const SCRIPT_END = '(?:/|$)';

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
  /**
   * A sibling of the directory (`/app/harden-probe/` for `app/upload`), or undefined for a
   * directory at the top: a regex that takes it is about the parent folder, not the upload one.
   */
  sibling: string | undefined;
  /** For a default folder whose name says little (`images`): the signs of the application that uploads there. */
  signs: ApplicationSigns | undefined;
}

const compiledLists = new Map<string, CompiledUpload[]>();

/** The configured upload paths, parsed and compiled once per distinct list. */
const byIdentity = new ObjectMemo<readonly string[], CompiledUpload[]>('byIdentity');

function compiledUploads(configured: readonly string[]): CompiledUpload[] {
  const same = byIdentity.get(configured);
  if (same) return same;
  const list = compiledByContent(configured);
  byIdentity.set(configured, list);
  return list;
}

function compiledByContent(configured: readonly string[]): CompiledUpload[] {
  // The defaults' guarded folders need their application's signs; the same list as a setting does not.
  const isDefault = isDefaultUploadPaths(configured);
  const key = `${isDefault ? 'default' : 'setting'}\u0000${configured.join('\u0000')}`;
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
          sibling: upload.sample.includes('/')
            ? `/${upload.sample.slice(0, upload.sample.lastIndexOf('/'))}/harden-probe/`
            : undefined,
          // A folder the user lists is an upload folder wherever it is.
          signs: isDefault ? signsNeededBy(upload.pattern) : undefined,
        },
      ];
    });
    if (compiledLists.size > 64) compiledLists.clear();
    compiledLists.set(key, list);
  }
  return list;
}

/** Each list's `prefix` tests as one regex: whether a request path is inside any of its folders. */
const anyPrefixOf = new ObjectMemo<CompiledUpload[], RegExp>('anyPrefixOf');

function anyUploadPrefix(uploads: CompiledUpload[]): RegExp {
  let regex = anyPrefixOf.get(uploads);
  if (!regex) {
    regex = new RegExp(`^/(?:${uploads.map((compiled) => compiled.upload.regexSource).join('|')})(/|$)`);
    anyPrefixOf.set(uploads, regex);
  }
  return regex;
}

/** Whether a request path (`/wp-content/uploads/2024/`) is inside one of the configured upload directories. */
export function uploadDirectoryTest(
  configured: readonly string[],
  server?: EffectiveNode,
  workspace?: WorkspaceView,
): (path: string) => boolean {
  const uploads = compiledUploads(configured);
  let roots: string[] | undefined;
  // A default folder that counts only where its application shows (`public`, `assets`, `images`)
  // is asked of the server; without one it is no upload folder (review: `/public/check.php`).
  const applies = (compiled: CompiledUpload): boolean => {
    if (!compiled.signs) return true;
    if (!server || !workspace) return false;
    roots ??= serverTreeRoots(server, workspace);
    return applicationShows(compiled.signs, server, compiled.upload.pattern, roots, workspace);
  };
  if (uploads.length === 0) return () => false;
  const anyPrefix = anyUploadPrefix(uploads);
  return (path) =>
    anyPrefix.test(path) && uploads.some((compiled) => compiled.prefix.test(path) && applies(compiled));
}

/** The workspace folders that hold a server's root. */
function serverTreeRoots(server: EffectiveNode, workspace: WorkspaceView): string[] {
  const root = documentRoot(server);
  return root && root.kind === 'root' ? workspaceRootsFor(root.path, workspace) : [];
}

/**
 * Whether a location's pattern is about the upload directory (and not about every directory, or
 * every folder of its parent: Mautic's deny list `^/(?:app|plugins|config|var)/` is about `app/`,
 * not about Chamilo's `app/upload`). `generic`: the pattern takes any directory.
 */
function locationMentions(info: LocationInfo, compiled: CompiledUpload, generic: boolean): boolean {
  if (info.modifier === '@') return false;
  if (!info.isRegex) return compiled.prefix.test(info.pattern);
  if (generic) return false;
  if (!patternMatches(info, compiled.probe) && !startsWithDirectory(info, compiled)) return false;
  return compiled.sibling === undefined || !patternMatches(info, compiled.sibling);
}

const NO_MENTIONS: readonly number[] = Object.freeze([]);

/** Answers of `mentionedUploads` by upload list and location pattern. */
const mentionsByList = new ObjectMemo<CompiledUpload[], Map<string, readonly number[]>>('mentionsByList');

/**
 * The indexes of the uploads a location's pattern mentions. It depends on the pattern alone, and
 * the servers of a large configuration repeat the same few (`/`, `\.php$`): asked once per pattern.
 */
function mentionedUploads(uploads: CompiledUpload[], info: LocationInfo): readonly number[] {
  let byPattern = mentionsByList.get(uploads);
  if (!byPattern) {
    byPattern = new Map();
    mentionsByList.set(uploads, byPattern);
  }
  const key = `${info.modifier}\u0000${info.pattern}`;
  let found = byPattern.get(key);
  if (!found) {
    const generic = info.isRegex && info.modifier !== '@' && patternMatches(info, '/harden-probe/');
    const mentioned: number[] = [];
    for (let i = 0; i < uploads.length; i++)
      if (locationMentions(info, uploads[i]!, generic)) mentioned.push(i);
    found = mentioned.length === 0 ? NO_MENTIONS : mentioned;
    if (byPattern.size >= 4096) byPattern.clear();
    byPattern.set(key, found);
  }
  return found;
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

const serverTargets = new NodeMemo<InternalTarget[]>();

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
  /** The upload path's directories found under a root (`directoriesUnder`). */
  directories: Map<string, readonly string[]>;
  /** Directories by whether they are the application's code (`holdsCode`). */
  code: Map<string, boolean>;
  /** Names at the top of the workspace: a root path can only be found under one of them. */
  top: Set<string>;
}

const workspaceCaches = new ObjectMemo<WorkspaceView, WorkspaceCaches>('workspaceCaches');

function cachesOf(workspace: WorkspaceView): WorkspaceCaches {
  let caches = workspaceCaches.get(workspace);
  if (!caches) {
    const top = workspace.root === undefined ? [] : (workspace.listDir(workspace.root) ?? []);
    caches = { roots: new Map(), directories: new Map(), code: new Map(), top: new Set(top) };
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
  if (rootPath.includes('$')) return variableRoots(rootPath, workspace);
  if (isInside(rootPath, wsRoot)) return workspace.listDir(rootPath) ? [rootPath] : [];
  // A container's path, mounted from the workspace by a Compose file (`./app:/var/www/html`).
  for (const candidate of mountedPaths(rootPath, workspace))
    if (workspace.listDir(candidate)) return [candidate];
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

/** A variable in a path: `$site`, `${site}`. */
const VARIABLE = /\$(?:\{\w+\}|\w+)/;

/**
 * The folders a root written with variables serves (`root /srv/sites/$site/public;`, one server
 * for many sites named by a `server_name` capture): its fixed start is looked for as any root is,
 * and a segment with a variable stands for every folder there that fits the rest of the segment,
 * as nginx serves each for its own host (blind case laravel-wildcard--generic-php-location).
 */
function variableRoots(rootPath: string, workspace: WorkspaceView): string[] {
  const segments = rootPath.split('/').filter(Boolean);
  const first = segments.findIndex((segment) => VARIABLE.test(segment));
  if (first <= 0) return [];
  let folders = findWorkspaceRoots(`/${segments.slice(0, first).join('/')}`, workspace);
  for (const segment of segments.slice(first)) {
    const fits = VARIABLE.test(segment)
      ? new RegExp(`^${segment.split(VARIABLE).map(escapeRegex).join('[^/]+')}$`)
      : undefined;
    const next: string[] = [];
    for (const folder of folders) {
      const names = fits
        ? (workspace.listDir(folder) ?? []).filter((name) => !name.startsWith('.') && fits.test(name))
        : [segment];
      for (const name of names) {
        const path = joinPath(folder, name);
        if (workspace.listDir(path)) next.push(path);
      }
    }
    folders = next.slice(0, EXPANDED_DIRECTORIES);
  }
  return folders;
}

/**
 * The directories of the upload path under a workspace directory (`*` segments expanded) that
 * are not code (`holdsCode`), relative to it: `sites/default/files`, `sites/shop/files`.
 */
function directoriesUnder(dir: string, upload: UploadPath, workspace: WorkspaceView): readonly string[] {
  const cache = cachesOf(workspace).directories;
  const key = `${dir}\u0000${upload.pattern}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = findUnder(dir, upload, workspace);
    cache.set(key, found);
  }
  return found;
}

/** How many directories one `*` segment expands to: a multisite has a handful of sites, not thousands. */
const EXPANDED_DIRECTORIES = 64;

function findUnder(dir: string, upload: UploadPath, workspace: WorkspaceView): string[] {
  let current = [{ path: dir, relative: '' }];
  for (const segment of upload.pattern.split('/')) {
    const next: typeof current = [];
    const matcher = segment.includes('*')
      ? new RegExp(`^${escapeRegex(segment).replace(/\\\*/g, '.*')}$`)
      : undefined;
    for (const base of current) {
      const names = matcher
        ? (workspace.listDir(base.path) ?? []).filter((name) => matcher.test(name))
        : [segment];
      for (const name of names) {
        const path = joinPath(base.path, name);
        if (matcher || workspace.listDir(path))
          next.push({ path, relative: base.relative === '' ? name : `${base.relative}/${name}` });
      }
    }
    current = next.slice(0, EXPANDED_DIRECTORIES);
    if (current.length === 0) return [];
  }
  return current.filter((found) => !holdsCode(found.path, workspace)).map((found) => found.relative);
}

/** How many directories are listed, breadth first, to look for a directory's scripts. */
const CODE_LISTINGS = 64;
/** How deep scripts count: `media/player/videojs/version.php`, not `files/php/twig/<hash>/x.php`. */
const CODE_DEPTH = 2;

/**
 * How many committed scripts make a directory code: an application's directory has several, while
 * one may be a webshell that was uploaded and then committed with the site.
 */
const CODE_SCRIPTS = 2;

/**
 * A PHP script other than `index.php`: PrestaShop commits an `index.php` guard in `upload/` and in
 * each of its folders, and WordPress plugins drop "silence is golden" ones into upload folders.
 */
function isCodeScript(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.php') && lower !== 'index.php';
}

/**
 * Whether a directory is the application's code, not where uploads land: it holds PHP scripts
 * committed in the workspace (`isCodeScript`, `CODE_SCRIPTS` of them), in it or in its
 * subdirectories, since an attacker's upload is not in the repository. Moodle's code tree has
 * `files/draftfiles.php` and `files/coursefilesedit.php`, `media/classes/manager.php` and
 * `media/player/videojs/version.php`, its uploads being in moodledata outside the web root. Two
 * levels down and no further: what an application writes into a real upload directory lies
 * deeper (Drupal's compiled Twig templates, `files/php/twig/<hash>/<name>.php`).
 */
function holdsCode(dir: string, workspace: WorkspaceView): boolean {
  const cache = cachesOf(workspace).code;
  let answer = cache.get(dir);
  if (answer === undefined) {
    answer = codeScriptsIn(dir, workspace) >= CODE_SCRIPTS || holdsOnlyScripts(dir, workspace);
    cache.set(dir, answer);
  }
  return answer;
}

/**
 * Whether a directory holds scripts and nothing else: EGroupware's `files/` is its WebDAV entry
 * point, `files/webdav.php`, alone. An upload directory holds what was uploaded, or nothing, or
 * a guard (`index.php`, `index.html`, `.htaccess`), beside any script planted in it.
 */
function holdsOnlyScripts(dir: string, workspace: WorkspaceView): boolean {
  const names = workspace.listDir(dir);
  return names !== undefined && names.length > 0 && names.every(isCodeScript);
}

/** The code scripts in a directory and its subdirectories, counted until there are `CODE_SCRIPTS`. */
function codeScriptsIn(dir: string, workspace: WorkspaceView): number {
  let count = 0;
  const walk = { depth: CODE_DEPTH, listings: CODE_LISTINGS, descend: (name: string) => !isCodeScript(name) };
  for (const folder of foldersBelow(workspace, dir, '/', walk)) {
    count += folder.names.filter(isCodeScript).length;
    if (count >= CODE_SCRIPTS) break;
  }
  return count;
}

export interface UploadEvidence {
  upload: UploadPath;
  /** The location or alias that mentions it; undefined when it was found in the workspace. */
  mentionedBy?: EffectiveNode;
  /**
   * The directories to probe, as request paths without slashes: the sample, then, for a pattern
   * with `*`, each directory found for it under the server's root in the workspace.
   */
  directories: readonly string[];
  /**
   * The location that serves the directory with `alias` from elsewhere, when that is the evidence:
   * only script locations inside it read the aliased files; one outside looks under its own root.
   */
  aliasedBy?: EffectiveNode;
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
  const locations: { node: EffectiveNode; mentions: readonly number[] }[] = [];
  const aliases: { node: EffectiveNode; info: LocationInfo; alias: string }[] = [];
  for (const node of locationsOfServer(server)) {
    const info = locationInfo(node);
    if (!info) continue;
    // An internal location answers no request of a client: FreeScout's X-Accel-Redirect target
    // `location ^~ /storage/app/attachment/ { internal; alias …; }` says nothing of what
    // `/storage/…` (the `public/storage` link) runs (blind case freescout--storage-script-deny-removed).
    const mentions = mentionedUploads(uploads, info);
    if (mentions.length > 0 && !isInternalLocation(node)) locations.push({ node, mentions });
    if (info.isRegex || info.modifier === '@') continue;
    const alias = node.childrenNamed('alias')[0]?.args[0]?.value;
    if (alias) aliases.push({ node, info, alias });
  }
  let roots: string[] | undefined;
  const treeRoots = (): string[] => (roots ??= serverTreeRoots(server, workspace));
  // Without a tree or an alias, only a folder a location or an internal target names can be
  // served, and most servers name none: one combined test spares a loop over every folder.
  if (locations.length === 0 && aliases.length === 0 && treeRoots().length === 0) {
    const anyPrefix = anyUploadPrefix(uploads);
    if (!internalTargetsOf(server).some((target) => anyPrefix.test(target.uri))) return [];
  }
  const foundUnderRoot = (upload: UploadPath): string[] =>
    treeRoots().flatMap((dir) => directoriesUnder(dir, upload, workspace));
  const out: UploadEvidence[] = [];
  const seen = new Set<string>();
  const add = (evidence: UploadEvidence) => {
    if (seen.has(evidence.upload.pattern)) return;
    seen.add(evidence.upload.pattern);
    out.push(evidence);
  };
  /** Each directory the tree shows for a pattern below the root, as an upload directory of its own. */
  const addCopiesFound = (pattern: string) => {
    for (const relative of foundUnderRoot(uploadPath(pattern)!)) {
      const copy = uploadPath(relative);
      if (copy) add({ upload: copy, directories: [copy.sample] });
    }
  };
  for (let index = 0; index < uploads.length; index++) {
    const compiled = uploads[index]!;
    const upload = compiled.upload;
    let mention: EffectiveNode | undefined;
    for (const { node, mentions } of locations)
      if (mentions.includes(index)) {
        mention = node;
        break;
      }
    if (!mention)
      for (const target of internalTargetsOf(server))
        if (compiled.prefix.test(target.uri)) {
          mention = target.node;
          break;
        }
    // Not mentioned, no tree under the root, no alias to look under: nothing to add, whatever the signs say.
    if (!mention && treeRoots().length === 0 && aliases.length === 0) continue;
    if (!compiled.signs || applicationShows(compiled.signs, server, upload.pattern, treeRoots(), workspace))
      addServed(compiled, mention);
    addUnderAliasedApplications(compiled);
    // A copy of the application in a folder of the root (a WordPress installed in /shop/): its
    // upload directory is one level down, where a deny written for the root's copy does not
    // reach (blind case wo-subfolder--shop-uploads-deny-removed). Only for directories named by
    // more than one segment, as no other folder is, and that need no signs of their application.
    if (!compiled.signs && isNestedPath(upload.pattern) && treeRoots().length > 0)
      addCopiesFound(`*/${upload.pattern}`);
    // A root that is the project's folder, not its public one (`root /var/www/castopod;`): the
    // upload directory of the public folder is served at `/public/media/…`, one-segment names
    // included, since `public/` and `web/` say whose folder it is (blind case
    // castopod--root-project-folder's helper: nginx 1.22.1 ran `/public/media/…/x.php`).
    if (!compiled.signs && !isNestedPath(upload.pattern) && !upload.pattern.includes('*'))
      for (const folder of PUBLIC_FOLDERS) addCopiesFound(`${folder}/${upload.pattern}`);
  }
  return out;

  /** The upload directory where the server's root or its own locations serve it. */
  function addServed(compiled: CompiledUpload, mention: EffectiveNode | undefined): void {
    const upload = compiled.upload;
    if (mention) {
      // A multisite's `sites/shop/files` next to `sites/default/files`: a deny written for one
      // site's directory leaves the other's scripts to the PHP location.
      const found = upload.pattern.includes('*') ? foundUnderRoot(upload) : [];
      // `location /uploads/ { alias /srv/data/uploads/; }`: the files are not under the root (an
      // alias back into the root, `alias /var/www/html/uploads/;`, leaves them where they were).
      const mentionAlias = mention.name === 'location' ? mention.childrenNamed('alias')[0] : undefined;
      const aliasedBy =
        mentionAlias && !insideRoot(mentionAlias.args[0]?.value ?? '', server) ? mention : undefined;
      add({ upload, mentionedBy: mention, directories: probedDirectories(upload, found), aliasedBy });
    } else {
      const found = foundUnderRoot(upload);
      if (found.length > 0) add({ upload, directories: probedDirectories(upload, found) });
    }
    // `location /media/ { alias /srv/app/uploads/; }`: the upload directory is served under the location's URL.
    for (const { node, info, alias } of aliases) {
      if (!compiled.alias.test(alias)) continue;
      const served = uploadPath(info.pattern);
      if (served) add({ upload: served, mentionedBy: node, directories: [served.sample], aliasedBy: node });
      // `location /media/ { alias /var/www/html/wp-content/uploads/; }` under `root /var/www/html`:
      // the upload directory is served at its own URL too, by every location of the server.
      const relative = pathUnderRoot(alias, server);
      const own = relative === undefined ? undefined : uploadPath(relative);
      if (own) add({ upload: own, mentionedBy: node, directories: [own.sample] });
    }
  }

  /**
   * An application published under a prefix by `alias` (`location ^~ /crm/ { alias
   * /var/www/crm/public/; … }`): its upload directories below the aliased folder are served
   * under the prefix (Laravel's `public/storage` link at `/crm/storage/`: blind case
   * subfolder-laravel--upload-deny-after-php, nginx 1.22.1 ran an uploaded script there). A folder
   * that needs its application's signs needs them there: Centreon's `img/media/` beside
   * `main.get.php`, under `location ^~ /centreon/ { alias /usr/share/centreon/www/; }` (blind
   * case centreon--media-plain-prefix, nginx 1.22.1 ran an uploaded script).
   */
  function addUnderAliasedApplications(compiled: CompiledUpload): void {
    for (const { node, info, alias } of aliases) {
      if (!info.pattern.endsWith('/') || !alias.endsWith('/') || insideRoot(alias, server)) continue;
      for (const dir of workspaceRootsFor(trimEndOf(alias, isSlash, 1), workspace)) {
        if (
          compiled.signs &&
          !aliasedApplicationShows(compiled.signs, info.pattern, dir, compiled.upload.pattern, workspace)
        )
          continue;
        for (const relative of directoriesUnder(dir, compiled.upload, workspace)) {
          const served = uploadPath(`${info.pattern.slice(1)}${relative}`);
          if (served)
            add({ upload: served, mentionedBy: node, directories: [served.sample], aliasedBy: node });
        }
      }
    }
  }
}

/** The public folders of frameworks, below a project's folder (Symfony's, Laravel's, CodeIgniter's `public/`; Yii's and Drupal's `web/`). */
const PUBLIC_FOLDERS = ['public', 'web'];

/** A path of several segments and no `*`: `wp-content/uploads`, not `uploads` or `sites/*\/files`. */
function isNestedPath(pattern: string): boolean {
  return pattern.includes('/') && !pattern.includes('*');
}

/** Whether a path (an alias target) lies inside the server's document root. */
function insideRoot(path: string, server: EffectiveNode): boolean {
  return pathUnderRoot(path, server) !== undefined;
}

/** A path inside the server's document root, relative to it (`wp-content/uploads/`), else undefined. */
function pathUnderRoot(path: string, server: EffectiveNode): string | undefined {
  const root = documentRoot(server);
  if (root?.kind !== 'root' || root.path === '' || !isInside(path, root.path)) return undefined;
  return path.slice(trimEndOf(root.path, isSlash).length);
}

/** The sample, then the directories found in the workspace that differ from it. */
function probedDirectories(upload: UploadPath, found: readonly string[]): string[] {
  const directories = [upload.sample];
  for (const directory of found) if (!directories.includes(directory)) directories.push(directory);
  return directories;
}

export interface ExecutionPath {
  /** The request that would run an uploaded script. */
  uri: string;
  /** The location that runs it. */
  location: EffectiveNode;
}

/**
 * The first request for a script in one of the upload directories that nginx would hand to a
 * script handler, if any: `/<dir>/h.php` (and the other script extensions), then the requests the
 * server's own script locations take (`patternProbes`), directory by directory.
 */
export function uploadedScriptRuns(
  server: EffectiveNode,
  directories: readonly string[],
  aliasedBy?: EffectiveNode,
): ExecutionPath | undefined {
  for (const directory of directories) {
    const run = aliasedBy
      ? aliasedScriptRun(server, directory, aliasedBy)
      : directoryScriptRun(server, directory);
    if (run) return run;
  }
  return undefined;
}

/**
 * A run of a script in a directory served by `alias`: the script location must be inside the
 * aliasing location (nested locations read files through its `alias`). A server-level PHP
 * location takes `/uploads/h.php` too, but looks for it under its own root, where the aliased
 * upload is not (checked on nginx 1.22.1: 404).
 */
function aliasedScriptRun(
  server: EffectiveNode,
  directory: string,
  aliasedBy: EffectiveNode,
): ExecutionPath | undefined {
  const prefix = `/${directory}/`;
  const inside = (location: EffectiveNode) => isWithin(location, aliasedBy);
  return (
    firstScriptRun(server, fixedScriptProbes(prefix), inside) ??
    firstScriptRun(server, shapedScriptProbes(server, prefix), inside)
  );
}

/** Runs by server and directory: several upload paths (an alias, a `*` expansion) probe the same one. */
const serverRuns = new NodeMemo<Map<string, ExecutionPath | null>>();

function directoryScriptRun(server: EffectiveNode, directory: string): ExecutionPath | undefined {
  let runs = serverRuns.get(server);
  if (!runs) {
    runs = new Map();
    serverRuns.set(server, runs);
  }
  let run = runs.get(directory);
  if (run === undefined) {
    const prefix = `/${directory}/`;
    run =
      firstScriptRun(server, fixedScriptProbes(prefix)) ??
      firstScriptRun(server, shapedScriptProbes(server, prefix)) ??
      indexScriptRun(server, prefix) ??
      null;
    runs.set(directory, run);
  }
  return run ?? undefined;
}

/**
 * A request for a folder of the upload directory, which the `index` directive redirects
 * internally to an uploaded `index.php`: an internal redirect enters `internal` locations, so
 * Shopware's front-controller location `~ /index\.php(?:/|$) { internal; … }`, without its `^`,
 * runs `/media/3a/f5/index.php` for a request of `/media/3a/f5/` (checked on nginx 1.22.1). Only
 * when the folder's location lets the index module answer: no `try_files`, or one with `$uri/`.
 */
function indexScriptRun(server: EffectiveNode, prefix: string): ExecutionPath | undefined {
  const folder = `${prefix}a/`;
  if (!canProbe(server, folder)) return undefined;
  const serving = matchLocation(server, folder).location?.node ?? server;
  if (serving !== server && (refusesRequests(serving) || scriptHandler(serving))) return undefined;
  const tryFiles = serving.childrenNamed('try_files')[0];
  if (tryFiles && !tryFiles.args.slice(0, -1).some((arg) => /^\$uri\/$/.test(arg.value))) return undefined;
  const index = inheritedDirective(serving, 'index')?.node;
  for (const name of index?.args.map((arg) => arg.value) ?? []) {
    if (name.includes('$') || name.startsWith('/') || !/\.php\d?$/i.test(name)) continue;
    const probe = { uri: `${folder}${name}`, script: `${folder}${name}` };
    const location = matchLocation(server, probe.uri).location?.node;
    if (!location || !scriptHandler(location) || refusesRequests(location, true)) continue;
    if (!scriptComesFromUri(location) || !runsRequestedScript(location, probe)) continue;
    return { uri: folder, location };
  }
  return undefined;
}

/** The location that runs the script a request names (`/info.php`), if one does: `firstScriptRun` for one script. */
export function scriptRunAt(server: EffectiveNode, uri: string): ExecutionPath | undefined {
  return firstScriptRun(server, [{ uri, script: uri }]);
}

function firstScriptRun(
  server: EffectiveNode,
  probes: readonly ScriptProbe[],
  accepts: (location: EffectiveNode) => boolean = () => true,
): ExecutionPath | undefined {
  for (const probe of probes) {
    if (!canProbe(server, probe.uri)) continue;
    const location = matchLocation(server, probe.uri).location?.node;
    if (!location || !accepts(location)) continue;
    // The location runs the script, or hands it to a named location that does (`error_page 418 =
    // @php; return 418;`): the named location's parameters name the script.
    const runner = scriptRunnerOf(location);
    if (!runner || refusesRequests(location) || refusesRequests(runner, runner !== location)) continue;
    if (!scriptComesFromUri(runner) || !runsRequestedScript(runner, probe)) continue;
    return { uri: probe.uri, location };
  }
  return undefined;
}

/**
 * Whether the location hands the probe's script itself to its handler: the script it names for the
 * request (`scriptNameFor`) is that file, and for a path-info request, whose own path
 * `…/h.php/x` is no file, SCRIPT_FILENAME is built from that script name and the location's
 * existence checks look for the script, not for the request's path.
 */
export function runsRequestedScript(location: EffectiveNode, probe: ScriptProbe): boolean {
  const pinned = pinnedScript(location);
  if (pinned !== undefined) return pinned === probe.script;
  if (scriptNameFor(location, probe.uri) !== probe.script) return false;
  if (probe.uri === probe.script) return true;
  const names = scriptFilenameVariables(location);
  return (
    (filenameFromScriptName(location, names) || phpWalksBack(location, probe, names)) &&
    findsSplitScript(location)
  );
}

/**
 * Whether PHP-FPM itself finds the script in a SCRIPT_FILENAME that holds the whole request path
 * (`$request_filename`, `$document_root$uri`): with PHP's default `cgi.fix_pathinfo=1` it drops
 * path segments until a file exists, and runs `…/h.php` for `…/h.php/x` (PHP-FPM's
 * `security.limit_extensions` lets `.php` through). Webinoly's `fastcgi_params` sets
 * `SCRIPT_FILENAME $request_filename` under its `phpx.conf` path-info location: PHP-FPM 8.2 ran
 * an uploaded `shell.php/x` (blind case webinoly--php-info-path-info's helper).
 */
function phpWalksBack(location: EffectiveNode, probe: ScriptProbe, names: string[] | undefined): boolean {
  if (scriptHandler(location)?.name !== 'fastcgi_pass' || !/\.php$/i.test(probe.script)) return false;
  return names !== undefined && names.some((name) => URI_AFTER_TRY_FILES.has(name));
}

/** The variables SCRIPT_FILENAME is built from; undefined when the location sets none (fastcgi.conf's default is `$fastcgi_script_name`). */
function scriptFilenameVariables(location: EffectiveNode): string[] | undefined {
  const filename = scriptFilenameParam(location);
  return filename && variablesIn(filename.value).map((v) => v.name);
}

/**
 * `$fastcgi_script_name` for a request: the first capture of `fastcgi_split_path_info` (inherited
 * from the enclosing location) when its regex matches the URI, else the URI itself
 * (ngx_http_fastcgi_module). nginx's own PHP-FPM example, `^(.+?\.php)(/.*)$`, makes
 * `/uploads/h.php/x` run `/uploads/h.php`. uWSGI and SCGI split nothing.
 */
function scriptNameFor(location: EffectiveNode, uri: string): string {
  if (scriptHandler(location)?.name !== 'fastcgi_pass') return uri;
  const source = inheritedDirective(location, 'fastcgi_split_path_info')?.node.args[0]?.value;
  const split = source === undefined ? undefined : splitRegexOf(source);
  const script = split ? matchCaptures(split, uri)?.[0] : undefined;
  return script ?? uri;
}

const splitRegexes = new Map<string, CompiledRegex | null>();

/**
 * A `fastcgi_split_path_info` regex, compiled once per source; none when it cannot be read or
 * could backtrack catastrophically (then only requests without path info are judged).
 */
function splitRegexOf(source: string): CompiledRegex | undefined {
  let compiled = splitRegexes.get(source);
  if (compiled === undefined) {
    compiled = safeRegex(source);
    if (splitRegexes.size >= 256) splitRegexes.clear();
    splitRegexes.set(source, compiled);
  }
  return compiled ?? undefined;
}

function safeRegex(source: string): CompiledRegex | null {
  const compiled = compileNginxRegex(source, false);
  if (!compiled || compiled.nestedQuantifier) return null;
  const root = parseRegex(source, false).root;
  return root && !findRedos(root) ? compiled : null;
}

/** Whether SCRIPT_FILENAME is built from `$fastcgi_script_name` (or not set here: fastcgi.conf's default is). */
function filenameFromScriptName(location: EffectiveNode, names: string[] | undefined): boolean {
  if (!names) return true;
  if (names.includes('fastcgi_script_name')) return true;
  // `try_files $fastcgi_script_name =404` that finds the script makes it the request's `$uri`
  // (ngx_http_try_files_handler sets r->uri to the file it found): `$request_filename` and
  // `$uri` then name the script too (froxlor's generated vhost: blind case
  // froxlor--port80-no-redirect, nginx 1.22.1 ran lib/userdata.inc.php for its path-info form).
  const tryFiles = location.childrenNamed('try_files')[0];
  if (tryFiles && tryFilesFindsScript(tryFiles) && names.some((name) => URI_AFTER_TRY_FILES.has(name)))
    return true;
  // Through a variable the location sets from it (HumHub's `set $fsn $fastcgi_script_name;` in an `if (-f …)`).
  return locationSetsOf(location, names).some((set) =>
    variablesIn(set.args[1]?.value ?? '').some((v) => v.name === 'fastcgi_script_name'),
  );
}

/**
 * Variables that follow the request's `$uri`, which a `try_files` that finds a file replaces by
 * that file; as SCRIPT_FILENAME, the whole request path PHP-FPM walks back (`phpWalksBack`).
 */
const URI_AFTER_TRY_FILES = new Set(['uri', 'document_uri', 'request_filename']);

/** Variables that give the whole request path: for a path-info request, a file that does not exist. */
const WHOLE_PATH_VARIABLES = new Set(['uri', 'document_uri', 'request_uri', 'request_filename']);

const SCRIPT_NAME_ONLY = /^\$(?:fastcgi_script_name|\{fastcgi_script_name\})$/;

/**
 * Whether a path-info request gets past the location's existence checks to its handler.
 * `try_files $fastcgi_script_name =404` finds the uploaded script; an entry built from `$uri`
 * tests `…/h.php/x`, which does not exist, and a fixed entry sends the request elsewhere. An
 * `if (!-f …)` on anything but the script name refuses it.
 */
function findsSplitScript(location: EffectiveNode): boolean {
  const tryFiles = location.childrenNamed('try_files')[0];
  if (tryFiles && !tryFilesFindsScript(tryFiles)) return false;
  return !location.childrenNamed('if').some(testsRequestFile);
}

function tryFilesFindsScript(tryFiles: EffectiveNode): boolean {
  for (const entry of tryFiles.args.slice(0, -1)) {
    if (SCRIPT_NAME_ONLY.test(entry.value)) return true;
    const variables = variablesIn(entry.value);
    if (variables.length === 0 || !variables.every((v) => WHOLE_PATH_VARIABLES.has(v.name))) return false;
  }
  return false;
}

function testsRequestFile(branch: EffectiveNode): boolean {
  const condition = branch.directive.kind === 'block' ? ifCondition(branch.directive) : undefined;
  if (condition?.operator !== '!-f' && condition?.operator !== '!-e') return false;
  return !variablesIn(condition.subject.value).some((v) => v.name === 'fastcgi_script_name');
}

/** The deny location the fix inserts before the script location. */
export function denyLocationFor(upload: UploadPath): { head: string; body: string[] } {
  return {
    head: `location ~* ^/${upload.regexSource}/.*\\.(${DENIED_EXTENSIONS})${SCRIPT_END}`,
    body: ['deny all;'],
  };
}
