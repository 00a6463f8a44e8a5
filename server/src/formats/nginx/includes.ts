import { ObjectMemo } from '../../engine/object-memo.ts';
import type { WorkspaceView } from '../../engine/types.ts';
import type { Directive, DumpPart, NginxFile } from './ast.ts';
import { expandGlob, globMatches, hasGlobMagic } from './glob.ts';
import { defaultParse, parsedFileAt, type NginxParse } from './parse-cache.ts';
import { ancestorsOfDir, basenameOf, dirnameOf, isAbsolutePath, isInside, joinPath } from './paths.ts';
import { walkDirectives } from './walk.ts';

/**
 * Resolution of `include` as nginx does it (ngx_conf_include): the argument is a path or a
 * glob(3) mask; a relative one is taken from the *configuration prefix*, the directory of the
 * main nginx.conf (`--conf-path`), not from the including file's directory.
 *
 * A workspace does not say where its nginx.conf will live, so the prefix of a file is found
 * this way, most reliable first:
 * 1. the file is a main configuration (with `http`/`events`/… at its top level, or named
 *    nginx.conf and included by no main configuration of the workspace): its own directory,
 *    as nginx would use;
 * 2. an nginx.conf in the file's directory or an ancestor, or at a standard place of a
 *    workspace that mirrors the file system (`<root>/etc/nginx/nginx.conf`), includes it
 *    (directly or through other includes): that nginx.conf's directory (Debian's
 *    /etc/nginx/sites-enabled/x is read with /etc/nginx as prefix);
 * 3. the workspace's nginx root: the nearest ancestor holding an nginx.conf, else one named
 *    `nginx`/`openresty`, else the parent of a standard folder (conf.d, sites-*, snippets…);
 * 4. the including file's directory, the last resort that at least finds siblings.
 * Absolute paths under nginx's usual configuration directories (/etc/nginx, /usr/local/nginx/
 * conf, …) that are not in the workspace are looked up under that prefix, so that
 * `include /etc/nginx/snippets/ssl.conf;` finds the repository's `nginx/snippets/ssl.conf`.
 * Other absolute paths are looked up at the same place under the workspace root, when it holds
 * them: a deployment repository or a copy of a server's files mirrors `/`, and Magento's
 * install guide has the site include `/var/www/magento2/nginx.conf`, kept with the application
 * (`<root>/var/www/magento2/nginx.conf`). Paths the workspace does not hold are never read: a
 * repository's audit must not depend on the machine it runs on.
 */

export type IncludeStatus =
  /** At least one file was brought in. */
  | 'ok'
  /** A mask that matched no file (nginx accepts that). */
  | 'no-match'
  /** A plain path that is not in the workspace (nginx would fail, but the workspace may be partial). */
  | 'not-found'
  /** A path outside the workspace that was not read. */
  | 'outside-workspace'
  /** `include` without exactly one argument. */
  | 'invalid';

export interface IncludeResolution {
  directive: Directive;
  /** The file holding the `include`. */
  path: string;
  /** The argument as written. */
  pattern: string;
  /** The absolute path or mask that was looked up. */
  resolvedPattern: string | undefined;
  /** Absolute paths of the files brought in, in nginx's order. */
  files: string[];
  status: IncludeStatus;
  /**
   * Set when an absolute path outside the workspace was mapped onto it: under the prefix for
   * nginx's own directories, under the root for a workspace that mirrors `/`.
   */
  mappedFrom?: string;
}

/** One `include` on the way to a directive. */
export interface IncludeStep {
  directive: Directive;
  /** File holding the `include`. */
  path: string;
  /** File it brought in. */
  target: string;
  /** The document whose ranges `directive` uses: `path`, or the dump that holds it. */
  document: string;
}

export type PrefixSource = 'main-config' | 'includer' | 'nginx-root' | 'file-directory' | 'dump';

export interface ConfigPrefix {
  dir: string;
  source: PrefixSource;
}

/** nginx's configuration directories on common systems, mapped onto the workspace's prefix. */
const STANDARD_CONF_DIRS = [
  '/etc/nginx/',
  '/usr/local/nginx/conf/',
  '/usr/local/etc/nginx/',
  '/opt/homebrew/etc/nginx/',
  '/opt/nginx/conf/',
  '/etc/openresty/',
  '/usr/local/openresty/nginx/conf/',
  // Hosting panels' own builds: aaPanel (BT), RunCloud, ServerPilot.
  '/www/server/nginx/conf/',
  '/etc/nginx-rc/',
  '/etc/nginx-sp/',
];

const STANDARD_SUBDIRS = new Set([
  'conf.d',
  'sites-available',
  'sites-enabled',
  'snippets',
  'http.d',
  'stream.d',
  'vhosts',
  'vhosts.d',
  'servers',
  'includes',
  'modules-enabled',
]);

const MAIN_ONLY = new Set([
  'http',
  'events',
  'stream',
  'mail',
  'worker_processes',
  'user',
  'pid',
  'load_module',
]);

/** Directives through which includes are searched, at most this deep. */
export const MAX_INCLUDE_DEPTH = 32;
/** Files read when searching which nginx.conf includes a file. */
const MAX_SEARCHED_FILES = 2000;

/** Whether a file declares what only the main context may hold (or is an `nginx -T` dump). */
function declaresMainContext(file: NginxFile): boolean {
  return file.dump !== undefined || file.directives.some((d) => MAIN_ONLY.has(d.name));
}

/**
 * A main configuration: declaring what only the main context may hold, or named nginx.conf.
 * With the workspace, a file named nginx.conf that declares nothing main-only and that a main
 * configuration of the workspace includes is not one: it is read where it is included, like a
 * snippet (Magento's copy of `nginx.conf.sample`, included in the store's `server` block).
 * Without the workspace, the name decides.
 */
export function isMainConfig(
  path: string,
  file: NginxFile,
  workspace?: WorkspaceView,
  parse: NginxParse = defaultParse,
): boolean {
  if (declaresMainContext(file)) return true;
  if (basenameOf(path) !== 'nginx.conf') return false;
  return workspace === undefined || !isIncludedNginxConf(path, workspace, parse);
}

/** How nginx reads a file: as the top of a configuration, or inside the nginx.conf that includes it. */
export interface ReadingContext {
  /** Read as a main configuration: relative includes resolve from its own directory. */
  main: boolean;
  /** The nginx.conf that includes it, when it is not a main configuration. */
  includers: Includers | undefined;
}

/**
 * The one decision `configPrefix`, `effectiveConfig` and the report scope share: a file that
 * declares main-only directives is a main configuration; any other file is placed by the
 * nginx.conf that includes it, if one does; an nginx.conf that none includes stays a main
 * configuration. `standalone` skips the search (the file is read as the top).
 */
export function readingContext(
  path: string,
  file: NginxFile,
  workspace: WorkspaceView,
  parse: NginxParse = defaultParse,
  standalone = false,
): ReadingContext {
  if (declaresMainContext(file)) return { main: true, includers: undefined };
  const includers = standalone ? undefined : findIncluders(path, workspace, parse);
  return { main: includers === undefined && basenameOf(path) === 'nginx.conf', includers };
}

const includedNginxConfs = new ObjectMemo<WorkspaceView, Map<string, boolean>>('includedNginxConfs');
/** nginx.conf files whose inclusion is being decided (a search may meet them again). */
const deciding = new Set<string>();

/** Whether a main configuration of the workspace includes the nginx.conf at `path` (remembered per view). */
function isIncludedNginxConf(path: string, workspace: WorkspaceView, parse: NginxParse): boolean {
  let known = includedNginxConfs.get(workspace);
  if (!known) {
    known = new Map();
    includedNginxConfs.set(workspace, known);
  }
  let answer = known.get(path);
  if (answer !== undefined) return answer;
  // nginx.conf files that include each other: the one met again keeps the name's default.
  if (deciding.has(path)) return false;
  deciding.add(path);
  try {
    answer = findIncluders(path, workspace, parse) !== undefined;
  } finally {
    deciding.delete(path);
  }
  known.set(path, answer);
  return answer;
}

/** The workspace's nginx directory for a file (rule 3 above), if any. */
export function nginxRootFor(path: string, workspace: WorkspaceView): string | undefined {
  const dirs = ancestorsOfDir(dirnameOf(path), workspace.root);
  for (const dir of dirs) if (workspace.exists(joinPath(dir, 'nginx.conf'))) return dir;
  for (const dir of dirs) {
    const name = basenameOf(dir);
    if (name === 'nginx' || name === 'openresty') return dir;
  }
  for (const dir of dirs) {
    if (STANDARD_SUBDIRS.has(basenameOf(dir))) {
      const parent = dirnameOf(dir);
      if (workspace.root === undefined || isInside(parent, workspace.root)) return parent;
    }
  }
  return undefined;
}

/** The configuration prefix that relative includes of `path` resolve against (see above). */
export function configPrefix(
  path: string,
  file: NginxFile,
  workspace: WorkspaceView,
  parse: NginxParse = defaultParse,
): ConfigPrefix {
  return prefixOf(path, file, readingContext(path, file, workspace, parse), workspace);
}

/** The prefix (rules 1 to 4 above) once the file's reading context is known. */
export function prefixOf(
  path: string,
  file: NginxFile,
  context: ReadingContext,
  workspace: WorkspaceView,
): ConfigPrefix {
  const dumpMain = file.dump?.[0];
  if (dumpMain) return { dir: dirnameOf(dumpMain.path), source: 'dump' };
  if (context.main) return { dir: dirnameOf(path), source: 'main-config' };
  if (context.includers) return { dir: dirnameOf(context.includers.mainPath), source: 'includer' };
  const root = nginxRootFor(path, workspace);
  if (root !== undefined) return { dir: root, source: 'nginx-root' };
  return { dir: dirnameOf(path), source: 'file-directory' };
}

/** Where the files of an `nginx -T` dump are looked up instead of the workspace. */
export interface DumpFiles {
  parts: ReadonlyMap<string, DumpPart>;
}

export function dumpFilesOf(file: NginxFile): DumpFiles | undefined {
  if (!file.dump) return undefined;
  const parts = new Map<string, DumpPart>();
  for (const part of file.dump) if (!parts.has(part.path)) parts.set(part.path, part);
  return { parts };
}

/** The files one `include` directive brings in. Reads directory listings, never file contents. */
export function resolveInclude(
  directive: Directive,
  holderPath: string,
  prefix: string,
  workspace: WorkspaceView,
  dump?: DumpFiles,
): IncludeResolution {
  const base = {
    directive,
    path: holderPath,
    pattern: directive.args[0]?.value ?? '',
    files: [] as string[],
  };
  if (directive.args.length !== 1 || base.pattern === '') {
    return { ...base, resolvedPattern: undefined, status: 'invalid' };
  }
  const pattern = base.pattern;
  const absolute = isAbsolutePath(pattern) ? joinPath(pattern, '.') : joinPath(prefix, pattern);
  const magic = hasGlobMagic(pattern);

  if (dump) {
    const files = [...dump.parts.keys()]
      .filter((p) => (magic ? globMatches(absolute, p) : p === absolute))
      .sort();
    const status: IncludeStatus = files.length > 0 ? 'ok' : magic ? 'no-match' : 'not-found';
    return { ...base, resolvedPattern: absolute, files, status };
  }

  const root = workspace.root;
  if (root !== undefined && !isInside(absolute, root)) {
    const outside = { ...base, resolvedPattern: absolute, status: 'outside-workspace' as const };
    const standard = STANDARD_CONF_DIRS.find((dir) => absolute.startsWith(dir));
    const mapped =
      standard === undefined
        ? mirroredInWorkspace(absolute, root)
        : joinPath(prefix, absolute.slice(standard.length));
    if (mapped === undefined || !isInside(mapped, root)) return outside;
    // A glob's matches are kept inside the root too (a root whose own name holds `[` or `*`).
    const files = lookUp(mapped, magic, workspace).filter((file) => isInside(file, root));
    // The mirror is only a guess: a path the workspace does not hold stays the machine's.
    if (standard === undefined && files.length === 0) return outside;
    return { ...base, resolvedPattern: mapped, files, status: statusOf(files, magic), mappedFrom: absolute };
  }
  const files = lookUp(absolute, magic, workspace);
  return { ...base, resolvedPattern: absolute, files, status: statusOf(files, magic) };
}

/**
 * `/var/www/app/nginx.conf` as `<root>/var/www/app/nginx.conf`, for a workspace that mirrors
 * the file system (a deployment repository, a copy of a server's files), as certificates are
 * looked up. `absolute` is normalised, so no `..` is left to climb out of the root; only
 * `/`-rooted paths are mirrored (a Windows drive path names no place under the root).
 */
function mirroredInWorkspace(absolute: string, root: string): string | undefined {
  return absolute.startsWith('/') ? joinPath(root, `.${absolute}`) : undefined;
}

function lookUp(absolute: string, magic: boolean, workspace: WorkspaceView): string[] {
  if (magic) return expandGlob(absolute, workspace).filter((p) => workspace.listDir(p) === undefined);
  return workspace.exists(absolute) && workspace.listDir(absolute) === undefined ? [absolute] : [];
}

function statusOf(files: string[], magic: boolean): IncludeStatus {
  return files.length > 0 ? 'ok' : magic ? 'no-match' : 'not-found';
}

const includeLists = new ObjectMemo<NginxFile, Directive[]>('includeLists');

/** Every `include` directive of a file, at any depth, in source order. */
export function includeDirectivesOf(file: NginxFile): Directive[] {
  let list = includeLists.get(file);
  if (!list) {
    list = [];
    const found = list;
    walkDirectives(file.directives, (d) => {
      if (d.name === 'include' && d.kind === 'simple') found.push(d);
    });
    includeLists.set(file, list);
  }
  return list;
}

export interface Includers {
  /** The nginx.conf that includes the file. */
  mainPath: string;
  /** Every chain of includes from the nginx.conf to the file found at the shallowest depth, the first in nginx's reading order. */
  chains: IncludeStep[][];
}

/**
 * The main nginx.conf that brings the file in, with the include chains that do it. The
 * candidates are the nginx.conf files of the file's directory and its ancestors, nearest
 * first, then those at nginx's standard places under the workspace root (`<root>/etc/nginx/
 * nginx.conf`), which reach files outside their tree through absolute includes that the root
 * mirrors (`include /var/www/magento2/nginx.conf;`). An nginx.conf that is itself included is
 * no candidate (see `isMainConfig`). Breadth-first, so the shortest chains are found first and
 * a file is read at most once; cycles cannot loop.
 */
export function findIncluders(
  path: string,
  workspace: WorkspaceView,
  parse: NginxParse = defaultParse,
): Includers | undefined {
  for (const mainPath of candidateMainPaths(path, workspace.root)) {
    const main = parsedFileAt(mainPath, workspace, parse);
    if (!main || !isMainConfig(mainPath, main, workspace, parse)) continue;
    const chains = includeChainsFrom(mainPath, main, workspace, parse).get(path) ?? [];
    if (chains.length > 0) return { mainPath, chains };
  }
  return undefined;
}

/** Where an nginx.conf that includes `path` may be (see `findIncluders`), without `path` itself. */
function candidateMainPaths(path: string, root: string | undefined): string[] {
  const near = ancestorsOfDir(dirnameOf(path), root).map((dir) => joinPath(dir, 'nginx.conf'));
  const mirrored =
    root === undefined ? [] : STANDARD_CONF_DIRS.map((dir) => joinPath(root, `.${dir}nginx.conf`));
  return [...new Set([...near, ...mirrored])].filter((candidate) => candidate !== path);
}

/** The include chains of every file a main configuration reaches, by main path, per workspace view (default parse only). */
const chainIndexes = new ObjectMemo<WorkspaceView, Map<string, Map<string, IncludeStep[][]>>>('chainIndexes');

/**
 * The chains by which `main` reaches each file: for each, every chain at the shallowest depth
 * it is found, in nginx's reading order. One breadth-first pass for all files, each file read
 * at most once: asked file by file, a server with hundreds of sites (`include
 * sites-enabled/*;`) searched the whole tree once per site.
 */
function includeChainsFrom(
  mainPath: string,
  main: NginxFile,
  workspace: WorkspaceView,
  parse: NginxParse,
): Map<string, IncludeStep[][]> {
  const shared = parse === defaultParse;
  let byMain = shared ? chainIndexes.get(workspace) : undefined;
  const known = byMain?.get(mainPath);
  if (known) return known;
  const prefix = dirnameOf(mainPath);
  const chains = new Map<string, IncludeStep[][]>();
  const visited = new Set([mainPath]);
  let level: { path: string; file: NginxFile; chain: IncludeStep[] }[] = [
    { path: mainPath, file: main, chain: [] },
  ];
  for (let depth = 0; depth < MAX_INCLUDE_DEPTH && level.length > 0; depth++) {
    // Files first found at this depth: their other chains of the same depth count too.
    const foundNow = new Set<string>();
    const next: typeof level = [];
    for (const item of level) {
      for (const directive of includeDirectivesOf(item.file)) {
        for (const file of resolveInclude(directive, item.path, prefix, workspace).files) {
          const chain = [...item.chain, { directive, path: item.path, target: file, document: item.path }];
          const list = chains.get(file);
          if (!list) {
            chains.set(file, [chain]);
            foundNow.add(file);
          } else if (foundNow.has(file)) list.push(chain);
          if (!visited.has(file) && visited.size < MAX_SEARCHED_FILES) {
            visited.add(file);
            const parsed = parsedFileAt(file, workspace, parse);
            if (parsed) next.push({ path: file, file: parsed, chain });
          }
        }
      }
    }
    level = next;
  }
  if (shared) {
    if (!byMain) {
      byMain = new Map();
      chainIndexes.set(workspace, byMain);
    }
    byMain.set(mainPath, chains);
  }
  return chains;
}

export interface Includer {
  /** The file holding the `include`. */
  path: string;
  directive: Directive;
  /** Names of the blocks around the `include` in that file, outermost first (`['http', 'server']`). */
  enclosing: string[];
}

/**
 * Files of the workspace that include `snippetPath` directly. `candidates` are the nginx files
 * to search (the workspace's nginx files, as discovery found them); when omitted, the nginx
 * files under the snippet's nginx root (or its directory) are searched. Each candidate's
 * includes are resolved with the candidate's own prefix (rules 1 and 3 above: a candidate's
 * own includers are not searched, to keep this linear in the number of candidates).
 */
export function includersOf(
  snippetPath: string,
  workspace: WorkspaceView,
  candidates?: readonly string[],
  parse: NginxParse = defaultParse,
): Includer[] {
  const paths =
    candidates ?? nginxFilesUnder(nginxRootFor(snippetPath, workspace) ?? dirnameOf(snippetPath), workspace);
  const out: Includer[] = [];
  for (const path of paths) {
    if (path === snippetPath) continue;
    const file = parsedFileAt(path, workspace, parse);
    if (!file) continue;
    const includes = includeDirectivesOf(file);
    if (includes.length === 0) continue;
    const prefix = isMainConfig(path, file, workspace, parse)
      ? dirnameOf(path)
      : (nginxRootFor(path, workspace) ?? dirnameOf(path));
    for (const directive of includes) {
      if (resolveInclude(directive, path, prefix, workspace).files.includes(snippetPath)) {
        const enclosing: string[] = [];
        for (let p = directive.parent; p; p = p.parent) enclosing.unshift(p.name);
        out.push({ path, directive, enclosing });
      }
    }
  }
  return out;
}

const SKIPPED_DIRS = new Set(['node_modules', 'vendor', '.git']);

/** nginx-looking files under a directory (`*.conf`, `nginx.conf`, `sites-*` entries, `*.nginx`), sorted, at most `limit`. */
export function nginxFilesUnder(dir: string, workspace: WorkspaceView, limit = 2000): string[] {
  const out: string[] = [];
  const stack: { dir: string; depth: number }[] = [{ dir, depth: 0 }];
  while (stack.length > 0 && out.length < limit) {
    const { dir: current, depth } = stack.pop()!;
    const names = workspace.listDir(current);
    if (!names) continue;
    const inSites = basenameOf(current).startsWith('sites-');
    for (const name of names) {
      if (name.startsWith('.') || SKIPPED_DIRS.has(name)) continue;
      const child = joinPath(current, name);
      const looksNginx = /\.(conf|nginx|nginxconf)$/.test(name) || inSites;
      if (workspace.listDir(child) !== undefined) {
        if (depth < 8) stack.push({ dir: child, depth: depth + 1 });
      } else if (looksNginx && out.length < limit) out.push(child);
    }
  }
  return out.sort();
}
