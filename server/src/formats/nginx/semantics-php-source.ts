import type { WorkspaceView } from '../../engine/types.ts';
import { samePlace, type EffectiveNode } from './effective.ts';
import {
  compileRegexCached,
  locationInfo,
  locationsOf,
  matchLocation,
  type LocationMatch,
} from './locations.ts';
import { joinPath, pathBeforeArguments } from './paths.ts';
import { matchCaptures } from './regex.ts';
import { regexUsagesOf } from './semantics-regex-sources.ts';
import { literalStart } from './semantics-regex-shape.ts';
import { authenticationAt } from './semantics-restrictions.ts';
import { isSlash, trimEndOf } from '../../engine/text-runs.ts';
import { refusesRequests } from './semantics-php-locations.ts';
import {
  aliasedFolder,
  aliasUri,
  handsOver,
  PASSING_HANDLERS,
  restricted,
} from './semantics-private-paths.ts';
import { ifCondition } from './conditions.ts';
import { canProbe, canRunPattern } from './semantics-probe-safety.ts';
import { locationsOfServer } from './semantics-tree-index.ts';
import { includesUnreadFile } from './semantics-unread-includes.ts';
import { pathPart, tryFilesFolder } from './semantics-try-files-fallback.ts';
import { requestPathsOf, sampleMatchesOfSource } from './semantics-regex-samples.ts';
import { workspaceRootsFor } from './semantics-upload-paths.ts';
import { foldersBelow, memoByWorkspace, type TreeFolder } from './semantics-workspace-tree.ts';
import { documentRoot } from './server-blocks.ts';
import { NodeMemo } from './node-memo.ts';
import { surelyKeepsRequestPath } from './semantics-server-rewrites.ts';
import { rewriteFlag } from './semantics-tls-server.ts';

/**
 * PHP scripts that nginx would send as files: a request for a script that no location passes to
 * PHP ends in a location that serves the root's files (`location / { try_files $uri … }`), and
 * the static module answers with the script's source (a `config.php` with the database
 * password). It happens when the only PHP location is written for the front controller
 * (`location ~ ^/index\.php(/|$)`) and the catch-all that refuses other scripts (Symfony's
 * `location ~ \.php$ { return 404; }`) is missing, or when a server moved from Apache has no
 * PHP location at all. Only scripts known to exist are asked about: those the workspace tree
 * shows below the root, and the script the server's own `try_files` falls back to.
 */

/** The extensions PHP-FPM is configured to run. */
const PHP_SCRIPT = /\.(?:php\d?|phtml|phar)$/i;

/**
 * Whether a folder holds dependencies, not the application's own entry points: `node_modules/`,
 * and Composer's `vendor/` beside the project's `composer.json`. A front-end template's
 * `assets/vendor/` is read: BootstrapMade's `assets/vendor/php-email-form/php-email-form.php`
 * went out as source under `location ^~ /assets/ { expires 30d; }` (blind case
 * adminer--assets-caret-location, nginx 1.22.1).
 */
function isDependencies(name: string, parent: TreeFolder): boolean {
  if (name === 'node_modules') return true;
  return (
    name === 'vendor' && (parent.names.includes('composer.json') || parent.names.includes('composer.lock'))
  );
}

/**
 * The root's own scripts and those up to four levels down (a plugin's `plugins/thold/includes/`, a
 * theme's `content/legacy/themes/Peafowl/`, a published bundle's `assets/<hash>/php/connectors/`),
 * from enough folders to reach them past an application's many top folders (Cacti has twenty).
 */
const SCRIPT_WALK = {
  depth: 4,
  listings: 48,
  // A name with an extension is a file (`about.php`), which would take a listing of its own; a
  // version folder (`zc_plugins/DisplayLogs/v3.1.0/`) ends in digits; a CiviCRM extension's folder
  // is named like a reversed domain (`ext/org.example.donate/`), whose last part is no file
  // extension (blind case civi-standalone--ext-caret-cache).
  descend: (name: string, parent: TreeFolder) =>
    !name.startsWith('.') && /^[^.]*$|\.\d+$|\.[a-z][\w-]{5,}$/i.test(name) && !isDependencies(name, parent),
};

/** How many scripts of the tree are asked about per root, and per folder: every folder sampled. */
const TREE_SCRIPTS = 48;
const SCRIPTS_PER_FOLDER = 6;

/** Scripts that hold credentials or set an installation up: asked about first in their folder. */
const SENSITIVE_SCRIPT = /config|settings|database|secret|local|install|setup/i;

/**
 * Directives that answer a request with content of their own (not a file of the root): a
 * location that holds one, or an `if` block that does, is not judged.
 */
const CONTENT_HANDLERS = [
  'js_content',
  'perl',
  'content_by_lua',
  'content_by_lua_block',
  'content_by_lua_file',
  'stub_status',
  'empty_gif',
  'api',
];

/** A script request nginx answers with the script's source, and the block that serves it. */
export interface SourceServed {
  uri: string;
  block: EffectiveNode;
  match: LocationMatch;
  /** The script whose source is sent, when it is not the one the request names (a fixed `try_files` entry). */
  script?: string;
}

const treeScripts = memoByWorkspace<readonly string[]>();

/**
 * Request paths of the PHP scripts the workspace tree shows below a root (`/config.php`): the
 * first script of every folder, then the second…, those that look like configuration first, so
 * that a folder deep in a large application is asked about too.
 */
function scriptsOfTree(rootPath: string, workspace: WorkspaceView, below = '/'): readonly string[] {
  return treeScripts(workspace, `${rootPath}\u0000${below}`, () => {
    const perFolder: string[][] = [];
    for (const dir of workspaceRootsFor(rootPath, workspace))
      for (const folder of foldersBelow(workspace, joinPath(dir, below.slice(1)), below, SCRIPT_WALK)) {
        const scripts = folder.names.filter(
          (name) => PHP_SCRIPT.test(name) && workspace.listDir(joinPath(folder.path, name)) === undefined,
        );
        if (scripts.length === 0) continue;
        scripts.sort((a, b) => Number(SENSITIVE_SCRIPT.test(b)) - Number(SENSITIVE_SCRIPT.test(a)));
        perFolder.push(scripts.slice(0, SCRIPTS_PER_FOLDER).map((name) => `${folder.uri}${name}`));
      }
    const found: string[] = [];
    for (let round = 0; round < SCRIPTS_PER_FOLDER; round++)
      for (const scripts of perFolder) {
        const uri = scripts[round];
        if (uri === undefined || found.includes(uri)) continue;
        found.push(uri);
        if (found.length >= TREE_SCRIPTS) return found;
      }
    return found;
  });
}

/**
 * The scripts the configuration names: those the server's `try_files` fall back to
 * (`/index.php?$query_string`, `/index.php$is_args$args`), as every request for a missing file is
 * sent to them, and those of exact locations (`location = /api.php { limit_req …; }`, written for
 * that script: blind case froxlor--api-exact-ratelimit, nginx 1.22.1 sent api.php's source).
 */
function fallbackScripts(server: EffectiveNode): string[] {
  const out: string[] = [];
  const named = (path: string): void => {
    if (PHP_SCRIPT.test(path) && !out.includes(path)) out.push(path);
  };
  const add = (block: EffectiveNode): void => {
    for (const tryFiles of block.childrenNamed('try_files')) {
      const last = tryFiles.args[tryFiles.args.length - 1]?.value ?? '';
      if (last.startsWith('/')) named(pathBeforeArguments(last));
    }
  };
  add(server);
  for (const location of locationsOfServer(server)) {
    add(location);
    const info = locationInfo(location);
    if (info?.modifier === '=' && info.pattern.startsWith('/')) named(info.pattern);
  }
  return out;
}

/** Whether the block answers with content of its own (a handler this module does not follow). */
function answersItself(block: EffectiveNode): boolean {
  return CONTENT_HANDLERS.some((name) => block.childrenNamed(name).length > 0);
}

/**
 * Whether an `if` of the block may change what a GET of an existing file gets: one that passes
 * requests on or answers them itself, unless its condition cannot hold for such a request
 * (`!-e $request_filename`, `!-f …`, `$request_method = OPTIONS`: the CORS preflight and the
 * front-controller rewrite of old recipes).
 */
function ifMayAnswer(block: EffectiveNode): boolean {
  return block.childrenNamed('if').some((branch) => {
    if (PASSING_HANDLERS.some((name) => branch.childrenNamed(name).length > 0) || answersItself(branch))
      return true;
    if (!handsOver(branch) && branch.childrenNamed('rewrite').length === 0) return false;
    return !heldOnlyByOtherRequests(branch);
  });
}

/** An `if` whose condition is false for a GET of a file that exists. */
function heldOnlyByOtherRequests(branch: EffectiveNode): boolean {
  const condition = ifCondition(branch.directive);
  if (!condition) return false;
  const { operator, subject, operand } = condition;
  if ((operator === '!-e' || operator === '!-f') && subject.value === '$request_filename') return true;
  return (
    operator === '=' &&
    subject.value === '$request_method' &&
    operand !== undefined &&
    !/^(GET|HEAD)$/.test(operand.value)
  );
}

/**
 * Whether a `rewrite` of the block (or of its `if`s) may take the request elsewhere: one whose
 * regex matches it, or cannot be read here.
 */
function rewritesIt(block: EffectiveNode, uri: string): boolean {
  const rewrites = [...block.childrenNamed('rewrite')];
  for (const branch of block.childrenNamed('if'))
    if (!heldOnlyByOtherRequests(branch)) rewrites.push(...branch.childrenNamed('rewrite'));
  return rewrites.some((rewrite) => {
    const pattern = rewrite.args[0]?.value;
    if (pattern === undefined) return false;
    // Asked for every probe of every server: compiled once per pattern.
    const compiled = compileRegexCached(pattern, false);
    // A regex that may backtrack catastrophically is not run on a long path: it may take it.
    if (compiled === undefined || !canRunPattern(pattern, compiled.nestedQuantifier, uri)) return true;
    return compiled.regex.test(uri);
  });
}

/** Whether every regex location of the block, at any depth, can be run here (an unreadable one may take the scripts). */
function regexesReadable(block: EffectiveNode): boolean {
  for (const location of locationsOf(block)) {
    if (location.isRegex && location.compiled === undefined) return false;
    if (!regexesReadable(location.node)) return false;
  }
  return true;
}

/**
 * Whether nginx sends the file `uri` of the server's root as it is: the block it chooses is
 * open to anybody, hands nothing over, reads the same root, and its `try_files` (if any) tries
 * the requested file. Undefined when not, or when a file the workspace does not hold may
 * change that (an `include` of an unread snippet in the block or around it).
 */
function servedAsFile(
  server: EffectiveNode,
  uri: string,
  /** What the block must read the file from: the root's path, or the location whose `alias` it is. */
  from: string | EffectiveNode,
  /** The `try_files` entry that finds the script: `$uri`, or `$uri.php` for a request without the extension. */
  entry = '$uri',
): SourceServed | undefined {
  if (!canProbe(server, uri)) return undefined;
  const match = matchLocation(server, uri);
  if (match.uncertain) return undefined;
  const block = match.location?.node ?? server;
  if (
    !sendsFileAsItIs(server, block, from, entry) ||
    rewritesIt(block, uri) ||
    !surelyKeepsRequestPath(server, uri)
  )
    return undefined;
  return { uri, block, match };
}

/**
 * Whether the block nginx chose sends the requested file as it is: it is open to anybody, hands
 * nothing over and answers nothing itself, reads the file from `from`, and its `try_files` (if
 * any) tries `entry`; not when a file the workspace does not hold may change that.
 */
function sendsFileAsItIs(
  server: EffectiveNode,
  block: EffectiveNode,
  from: string | EffectiveNode,
  entry: string,
): boolean {
  // Most script requests reach a location that passes them to PHP: asked first.
  if (handsOver(block) || answersItself(block) || refusesRequests(block) || restricted(block)) return false;
  if (authenticationAt(block) || ifMayAnswer(block)) return false;
  // The server's own includes were asked about once, before any probe (computeServed).
  for (let level: EffectiveNode | undefined = block; level && level !== server; level = level.parent)
    if (includesUnreadFile(level)) return false;
  const root = documentRoot(block);
  if (typeof from === 'string') {
    if (root?.kind !== 'root' || trimEndOf(root.path, isSlash, 1) !== from) return false;
  } else if (root?.kind !== 'alias' || !root.node.parent || !samePlace(root.node.parent, from)) return false;
  // try_files is not inherited: the block's own decides (a server's only serves requests no location takes).
  const tryFiles = block.childrenNamed('try_files');
  const last = tryFiles[tryFiles.length - 1];
  return last ? last.args.slice(0, -1).some((arg) => arg.value === entry) : entry === '$uri';
}

const exposures = new NodeMemo<readonly SourceServed[]>();

/**
 * The PHP scripts of the server's root that nginx sends as files, with the block that serves
 * each; empty when the server has no root of its own or an unread snippet may hold its PHP
 * location.
 */
export function phpSourceServed(server: EffectiveNode, workspace: WorkspaceView): readonly SourceServed[] {
  let known = exposures.get(server);
  if (!known) {
    known = computeServed(server, workspace);
    exposures.set(server, known);
  }
  return known;
}

function computeServed(server: EffectiveNode, workspace: WorkspaceView): SourceServed[] {
  if (includesUnreadFile(server)) return [];
  const probes = rootProbes(server, workspace);
  // The same request asked of another place is another question: EGroupware's nested PHP
  // location's `root /usr/share` names `/egroupware/api/config.php` too, which the `^~
  // /egroupware/` location's alias is what sends (blind case egroupware--php-location-top-level-only).
  const asked = (uri: string, from: string | EffectiveNode) =>
    probes.some((p) => p.uri === uri && p.from === from);
  for (const { root, folder, entry } of tryFilesFolders(server))
    for (const uri of scriptsOfTree(joinPath(root, folder.slice(1)), workspace))
      if (!asked(uri, root)) probes.push({ uri, from: root, entry });
  for (const { root, folder } of locationRoots(server))
    for (const uri of scriptsOfTree(root, workspace, folder))
      if (!asked(uri, root)) probes.push({ uri, from: root });
  const named = fallbackScripts(server);
  for (const { location, prefix, folder } of aliasFolders(server)) {
    for (const script of scriptsOfTree(folder, workspace)) {
      const uri = aliasUri(prefix, script);
      if (!asked(uri, location)) probes.push({ uri, from: location });
    }
    // The scripts the configuration names below the prefix are the alias folder's, whether or
    // not the tree's sample holds them: osTicket's `location = /support/login.php { limit_req …; }`
    // nested in `^~ /support/ { alias …/upload/; }` lost its PHP include, and nginx 1.22.1 sent
    // login.php's source (blind case osticket-alias--login-limit-without-php).
    const base = trimEndOf(prefix, isSlash);
    const dirs = workspaceRootsFor(folder, workspace);
    for (const uri of named) {
      if (!uri.startsWith(`${base}/`) || asked(uri, location)) continue;
      const relative = uri.slice(base.length + 1);
      // A script named but absent from the tree is a loop or a 404, not a leak.
      if (dirs.length === 0 || dirs.some((dir) => workspace.exists(joinPath(dir, relative))))
        probes.push({ uri, from: location });
    }
  }
  for (const { location, prefix, folder, entry, fileOf } of regexAliasFolders(server))
    for (const script of scriptsOfTree(folder, workspace)) {
      // The script's path follows the literal start as a folder (`^/(modules|vendor)/…`), or is
      // glued to it when a capture starts right after it (Cockpit's `^/:([^/]+)/storage/(.+)$`
      // publishing `.spaces/$1/storage/$2` as `/:acme/storage/…`): the request whose file it is.
      const uri = [`${trimEndOf(prefix, isSlash)}${script}`, `${prefix}${script.slice(1)}`].find(
        (u) => fileOf(u) === `${folder}${script}`,
      );
      if (uri !== undefined && !asked(uri, location)) probes.push({ uri, from: location, entry });
    }
  for (const probe of fixedScriptProbes(server, workspace))
    if (!asked(probe.uri, probe.from)) probes.push(probe);
  if (probes.length === 0 || !regexesReadable(server)) return [];
  const extensionless = triesWithExtension(server);
  const out: SourceServed[] = [];
  for (const { uri, from, entry, script } of probes) {
    const served =
      servedAsFile(server, uri, from, entry) ??
      // `try_files $uri $uri.php …` finds `config.php` for `/config`, in a location no PHP regex takes.
      (extensionless && typeof from === 'string' && uri.endsWith('.php')
        ? servedAsFile(server, uri.slice(0, -4), from, '$uri.php')
        : undefined);
    if (served) out.push(script === undefined ? served : { ...served, script });
  }
  const root = serverRoot(server);
  if (root !== undefined) {
    const rootPath = trimEndOf(root, isSlash, 1);
    const scripts = probes.filter((p) => p.from === rootPath && p.entry === undefined).map((p) => p.uri);
    for (const served of breakRewriteServed(server, rootPath, scripts))
      if (!out.some((o) => o.uri === served.uri)) out.push(served);
  }
  return out;
}

/**
 * Scripts of the root that a prefix location's `rewrite … break;` maps a request onto: nginx
 * rewrites the URI, stays in that location (`break`), and its static module sends the script as
 * a file, every regex location skipped.
 * - a capture put back as the path (`/$1`): e107's versioned static URLs, `^/static/<digits>/(.*)$`
 *   to `/$1` in `location ^~ /static/` (nginx 1.22.1 sent `/static/1/e107_config.php`, the
 *   database password in it). The request asked about is the prefix, then the script's path (or
 *   `1` and the script's path), when the regex takes it and its capture gives back the script;
 * - a fixed script (`/index.php`): Typemill's guide, `rewrite ^/(system|content|data|settings)
 *   /index.php break;` in `location /` (nginx 1.22.1 sent `index.php`'s source for `/settings/`).
 *   The request asked about is a sample of the regex, when the script is one of the root's.
 */
function breakRewriteServed(
  server: EffectiveNode,
  rootPath: string,
  scripts: readonly string[],
): SourceServed[] {
  // One request shows the location; the message lists a few.
  return breakRewriteRequests(server, rootPath, scripts, 3).map(({ uri, file, location, match }) => ({
    uri,
    block: location,
    match,
    script: file,
  }));
}

/**
 * Requests that a prefix location's `rewrite … break;` maps onto files of the root (`files`,
 * paths from the root), which that location then sends as they are (see `breakRewriteServed`),
 * up to `limit` of them. Private files are asked the same way (nginx/private-paths-exposed:
 * Chamilo's old links, `location ^~ /chamilo/ { rewrite ^/chamilo/(.*)$ /$1 break; }`, sent
 * `/chamilo/composer.json`, checked on nginx 1.22.1).
 */
export function breakRewriteRequests(
  server: EffectiveNode,
  rootPath: string,
  files: readonly string[],
  limit: number,
): { uri: string; file: string; location: EffectiveNode; match: LocationMatch }[] {
  const out: { uri: string; file: string; location: EffectiveNode; match: LocationMatch }[] = [];
  if (files.length === 0) return out;
  for (const location of locationsOfServer(server)) {
    const info = locationInfo(location);
    if (!info || info.isRegex || !info.pattern.endsWith('/')) continue;
    const rewrites = location.childrenNamed('rewrite');
    const rewrite = rewrites[0];
    if (rewrites.length !== 1 || !rewrite || rewriteFlag(rewrite) !== 'break') continue;
    const pattern = rewrite.args[0]?.value ?? '';
    const replacement = rewrite.args[1]?.value ?? '';
    const compiled = compileRegexCached(pattern, false);
    if (!compiled || compiled.nestedQuantifier) continue;
    // Once the rewrite has changed the URI, the location sends that file of the root as it is.
    if (location.childrenNamed('if').length > 0 || locationsOf(location).length > 0) continue;
    if (!sendsFileAsItIs(server, location, rootPath, '$uri')) continue;
    // A capture put back after a literal folder: `/$1`, or Bedrock's old links, `/app/$1` for
    // `^/wp-content/(.*)$` (the blind case's helper: nginx 1.22.1 sent the plugins' source).
    const captured = /^(\/(?:[\w.-]+\/)*)\$([1-9])$/.exec(replacement);
    const fixed = pathBeforeArguments(replacement);
    const requests: { uri: string; file: string }[] = [];
    if (captured) {
      const [, folder = '/', group = '1'] = captured;
      for (const file of files) {
        if (!file.startsWith(folder)) continue;
        const rest = file.slice(folder.length);
        const uri = [`${info.pattern}${rest}`, `${info.pattern}1/${rest}`].find(
          (u) => matchCaptures(compiled, u)?.[Number(group) - 1] === rest,
        );
        if (uri !== undefined) requests.push({ uri, file });
      }
    } else if (!fixed.includes('$') && files.includes(fixed)) {
      // The regex's samples, and the location's own prefix for a regex that takes any path
      // (`rewrite ^ /index.php break;` in `^~ /media/cache/resolve/`, LiipImagine's route: blind
      // case symfony-deployer--resolve-rewrite-break, nginx 1.22.1 sent index.php's source).
      const candidates = [info.pattern, `${info.pattern}x`, ...sampleMatchesOfSource(pattern, false)];
      for (const sample of candidates) {
        const uri = sample.startsWith('/') ? sample : `/${sample}`;
        if (compiled.regex.test(uri) && !requests.some((r) => r.uri === uri))
          requests.push({ uri, file: fixed });
        if (requests.length >= 2) break;
      }
    }
    for (const { uri, file } of requests) {
      if (!canProbe(server, uri)) continue;
      const match = matchLocation(server, uri);
      if (match.uncertain || match.location?.node !== location || !surelyKeepsRequestPath(server, uri))
        continue;
      out.push({ uri, file, location, match });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/**
 * Requests of the locations whose `try_files` tests a fixed script before its last parameter
 * (`try_files /index.php$is_args$args =404;`, the usual repair of Pico's documented
 * one-parameter form, which nginx refuses): nginx finds that file for every request the location
 * takes without a query string and, with no PHP handler there, sends the script's source (blind
 * case pico--internal-files-try-files-index, nginx 1.22.1: `/config/config.yml` got index.php's
 * source). The request asked about is the location's prefix, or a sample of its regex; the
 * script must be in the tree when the tree holds the root.
 */
function fixedScriptProbes(server: EffectiveNode, workspace: WorkspaceView): Probe[] {
  let out: Probe[] | undefined;
  // Asked of every server: plain loops, and the root read only for a location that has such an entry.
  for (const location of locationsOfServer(server)) {
    const args = location.childrenNamed('try_files')[0]?.args;
    if (!args) continue;
    let entry: string | undefined;
    for (let i = 0; i < args.length - 1 && entry === undefined; i++) {
      const value = args[i]!.value;
      if (!value.startsWith('/')) continue;
      const path = pathPart(value);
      if (!path.includes('$') && PHP_SCRIPT.test(path)) entry = value;
    }
    if (entry === undefined) continue;
    const root = serverRoot(server);
    if (root === undefined) return [];
    const rootPath = trimEndOf(root, isSlash, 1);
    const script = pathPart(entry);
    const dirs = workspaceRootsFor(rootPath, workspace);
    if (dirs.length > 0 && !dirs.some((dir) => workspace.exists(joinPath(dir, script.slice(1))))) continue;
    const uri = requestTakenBy(server, location);
    if (uri !== undefined && uri !== script) (out ??= []).push({ uri, from: rootPath, entry, script });
  }
  return out ?? [];
}

/** A request nginx gives to the location: its prefix, or the first sample of its regex it takes. */
function requestTakenBy(server: EffectiveNode, location: EffectiveNode): string | undefined {
  const info = locationInfo(location);
  if (!info || info.modifier === '@') return undefined;
  for (const uri of requestPathsOf(info))
    if (canProbe(server, uri) && matchLocation(server, uri).location?.node === location) return uri;
  return undefined;
}

/** A script asked about, and what the block that answers it must read it from (see `servedAsFile`). */
interface Probe {
  uri: string;
  from: string | EffectiveNode;
  /** The `try_files` entry that finds the script, when not `$uri`. */
  entry?: string;
  /** The script sent, when the entry is a fixed one (`fixedScriptProbes`). */
  script?: string;
}

/** The scripts of the server's root to ask about: the fallbacks of its `try_files`, and those of the tree. */
function rootProbes(server: EffectiveNode, workspace: WorkspaceView): Probe[] {
  const root = serverRoot(server);
  if (root === undefined) return [];
  // A root written with a variable (`/srv/sites/$site/public`) is each folder the workspace shows
  // for it (workspaceRootsFor); the chosen block's root is the same text (servedAsFile).
  const rootPath = trimEndOf(root, isSlash, 1);
  // The root's folder in the workspace, when it holds the application (a deployment repository
  // may keep only a `.htaccess` or a `.gitkeep` there: that says nothing of the scripts).
  const dirs = workspaceRootsFor(rootPath, workspace).filter((dir) =>
    (workspace.listDir(dir) ?? []).some((name) => !name.startsWith('.')),
  );
  // A fallback named by the configuration but absent from the tree is a loop, not a leak.
  const uris = fallbackScripts(server).filter(
    (uri) => dirs.length === 0 || dirs.some((dir) => workspace.exists(joinPath(dir, uri.slice(1)))),
  );
  if (dirs.length > 0)
    for (const below of ['/', ...prefixFolders(server)])
      for (const uri of scriptsOfTree(rootPath, workspace, below)) if (!uris.includes(uri)) uris.push(uri);
  return uris.map((uri) => ({ uri, from: rootPath }));
}

/**
 * The folders below the root that the `try_files` of the server's locations read requests from
 * (`location / { try_files /public$uri /public$uri/ /public/index.php?$args; }` under a root that
 * is the repository): `public/index.php` is sent as a file for `/index.php` when no PHP location
 * takes that address (blind case koel--root-app-folder-public-try-files, nginx 1.22.1).
 */
function tryFilesFolders(server: EffectiveNode): { root: string; folder: string; entry: string }[] {
  const out: { root: string; folder: string; entry: string }[] = [];
  for (const block of [server, ...locationsOfServer(server)]) {
    const folder = tryFilesFolder(block);
    if (folder === undefined) continue;
    const own = documentRoot(block);
    if (own?.kind !== 'root' || own.path.includes('$')) continue;
    const root = trimEndOf(own.path, isSlash, 1);
    const entry = block.childrenNamed('try_files')[0]!.args.find((a) => a.value.includes('$'))!.value;
    if (!out.some((f) => f.root === root && f.folder === folder)) out.push({ root, folder, entry });
    if (out.length >= LOCATION_FOLDERS) break;
  }
  return out;
}

/**
 * The roots that prefix locations set for themselves (`location /blog/ { root /var/www/wordpress;
 * }`), with the folder of each prefix: the scripts the tree shows below it, in that root, are
 * requests the location may answer (a request ends in such a location only when it takes it, so
 * its own `root` decides).
 */
function locationRoots(server: EffectiveNode): { root: string; folder: string }[] {
  const serverRootPath = serverRoot(server);
  const out: { root: string; folder: string }[] = [];
  for (const location of locationsOfServer(server)) {
    if (location.childrenNamed('root').length === 0) continue;
    const pattern = prefixPattern(location);
    if (pattern === undefined) continue;
    const own = documentRoot(location);
    if (own?.kind !== 'root' || own.inherited || own.path.includes('$')) continue;
    const root = trimEndOf(own.path, isSlash, 1);
    if (serverRootPath !== undefined && root === trimEndOf(serverRootPath, isSlash, 1)) continue;
    const folder = pattern.endsWith('/') ? pattern : `${pattern.slice(0, pattern.lastIndexOf('/') + 1)}`;
    if (out.some((r) => r.root === root && r.folder === folder)) continue;
    out.push({ root, folder });
    if (out.length >= LOCATION_FOLDERS) break;
  }
  return out;
}

/** How many locations with a root or an alias of their own have their folder read for scripts, per kind. */
const LOCATION_FOLDERS = 8;

/**
 * The folders the server's prefix locations publish with `alias` (`location ^~ /data/ { alias
 * /var/www/grocy/data/; }`), with the request prefix that reaches them: the scripts the tree shows
 * there are requests under that prefix (blind case grocy--data-caret-alias, nginx 1.22.1:
 * `/data/config.php` came back as source).
 */
function aliasFolders(server: EffectiveNode): { location: EffectiveNode; prefix: string; folder: string }[] {
  const out: { location: EffectiveNode; prefix: string; folder: string }[] = [];
  for (const location of locationsOfServer(server)) {
    if (location.childrenNamed('alias').length === 0) continue;
    const published = aliasedFolder(location);
    if (!published) continue;
    out.push({ location, prefix: published.prefix, folder: trimEndOf(published.alias, isSlash, 1) });
    if (out.length >= LOCATION_FOLDERS) break;
  }
  return out;
}

interface RegexAliasFolder {
  location: EffectiveNode;
  /** The literal start of the regex, `/icingaweb2`: a request is that, then the file's path. */
  prefix: string;
  folder: string;
  /** The `try_files` entry that reads the file, `$1`; `$uri` when the alias itself names it. */
  entry: string;
  /** The file nginx reads for a request, or undefined when the regex does not take it. */
  fileOf: (uri: string) => string | undefined;
}

/**
 * The folders regex locations publish with `alias`, and how a request names a file there:
 * - an alias without variables and a `try_files` that reads a capture first: Icinga Web 2's
 *   documented `location ~ ^/icingaweb2(.+)? { alias …/public; try_files $1 …; }` reads
 *   `/icingaweb2/x` as the alias folder's `/x` (nginx appends the entry to the alias). The alias
 *   pointed at the package folder instead of `public/` sent every library script's source (blind
 *   case icingaweb2--alias-app-folder, nginx 1.22.1);
 * - an alias built from the captures and no `try_files`: `location ~ ^/(modules|vendor)/(.+)$ {
 *   alias /usr/local/share/cypht/$1/$2; }` reads `/modules/x.php` as that folder's
 *   `modules/x.php` (blind case cypht--debug-regex-alias, nginx 1.22.1: source sent).
 * Only a regex that starts with `^` and literal text.
 */
function regexAliasFolders(server: EffectiveNode): RegexAliasFolder[] {
  const out: RegexAliasFolder[] = [];
  for (const location of locationsOfServer(server)) {
    const info = locationInfo(location);
    const compiled = info?.compiled;
    if (!info?.isRegex || !compiled) continue;
    const alias = location.childrenNamed('alias')[0]?.args[0]?.value;
    const prefix = regexLiteralStart(location);
    if (!alias || prefix === undefined) continue;
    const tryFiles = location.childrenNamed('try_files')[0];
    const entry = tryFiles?.args[0]?.value;
    const group = entry === undefined ? undefined : /^\$([1-9])$/.exec(entry)?.[1];
    if (!alias.includes('$') && group) {
      const index = Number(group) - 1;
      const folder = trimEndOf(alias, isSlash, 1);
      const fileOf = (uri: string) => {
        const captured = matchCaptures(compiled, uri)?.[index];
        return captured === undefined ? undefined : `${folder}${captured}`;
      };
      out.push({ location, prefix, folder, entry: entry!, fileOf });
    } else if (!tryFiles && /^[^$]*\/\$[1-9]/.test(alias) && !/\$(?![1-9](?!\d))/.test(alias)) {
      // The literal start of the alias, to its last `/` before the first capture, is the folder.
      const literal = alias.slice(0, alias.indexOf('$'));
      const folder = trimEndOf(literal.slice(0, literal.lastIndexOf('/') + 1), isSlash, 1);
      const fileOf = (uri: string) => {
        const captures = matchCaptures(compiled, uri);
        return captures
          ? alias.replace(/\$([1-9])/g, (_, n: string) => captures[Number(n) - 1] ?? '')
          : undefined;
      };
      out.push({ location, prefix, folder, entry: '$uri', fileOf });
    }
    if (out.length >= LOCATION_FOLDERS) break;
  }
  return out;
}

/** The literal text a regex location's `^`-anchored pattern starts with (`^/icingaweb2(.+)?` → `/icingaweb2`). */
function regexLiteralStart(location: EffectiveNode): string | undefined {
  const parsed = regexUsagesOf(location.directive)[0]?.parsed;
  return parsed?.root ? literalStart(parsed.root) : undefined;
}

/**
 * The folder a location names in the root: a prefix location's path (`location /x/`, `location ^~
 * /x/`), or the literal folder a `^`-anchored regex location starts with (October CMS's allowlist
 * `location ~ ^/storage/ { try_files $uri 404; }`, whose Twig cache is PHP four folders down:
 * blind case octobercms--storage-allowlist-too-broad, nginx 1.22.1 sent it as source).
 */
function prefixPattern(location: EffectiveNode): string | undefined {
  const info = locationInfo(location);
  if (!info) return undefined;
  let pattern: string | undefined;
  if (!info.isRegex && (info.modifier === '' || info.modifier === '^~')) pattern = info.pattern;
  else if (info.isRegex) {
    const start = regexLiteralStart(location);
    // Up to its last `/`: `^/storage/app` names the folder `/storage/`.
    if (start !== undefined) pattern = start.slice(0, start.lastIndexOf('/') + 1);
  }
  return pattern?.startsWith('/') && !pattern.includes('..') ? pattern : undefined;
}

/** How many prefix locations of a server have their folder read for scripts, besides the root. */
const PREFIX_FOLDERS = 8;

/**
 * The folders of the server's prefix locations (`^~ /administrator/components/com_civicrm/`):
 * the tree below the root is read four folders down, and such a location may send the scripts of
 * a folder deeper than that (CiviCRM's `civicrm/extern/rest.php`, five down). Read from each
 * location's folder, four down again. Not those that refuse every request: they send nothing, and
 * a configuration that denies many folders (Fork CMS's `^~ /app/`, `/bin/`, `/var/`, `/vendor/`…)
 * would spend the budget before the location that serves CKFinder's scripts.
 */
function prefixFolders(server: EffectiveNode): string[] {
  const out: string[] = [];
  for (const location of locationsOfServer(server)) {
    const pattern = prefixPattern(location);
    if (pattern === undefined || pattern.length < 2 || refusesRequests(location)) continue;
    const folder = pattern.endsWith('/') ? pattern : `${pattern}/`;
    if (!out.includes(folder)) out.push(folder);
    if (out.length >= PREFIX_FOLDERS) break;
  }
  return out;
}

/** Whether a `try_files` of the server or its locations tries `$uri.php` before its fallback. */
function triesWithExtension(server: EffectiveNode): boolean {
  const tries = (block: EffectiveNode) =>
    block.childrenNamed('try_files').some((t) => t.args.slice(0, -1).some((a) => a.value === '$uri.php'));
  return tries(server) || locationsOfServer(server).some(tries);
}

/** The server's root, or when only its locations set one, that of its `location /` (older recipes). */
function serverRoot(server: EffectiveNode): string | undefined {
  const own = documentRoot(server);
  if (own) return own.kind === 'root' ? own.path : undefined;
  const slash = server.childrenNamed('location').find((l) => {
    const info = locationInfo(l);
    return info?.pattern === '/' && (info.modifier === '' || info.modifier === '^~');
  });
  const root = slash ? documentRoot(slash) : undefined;
  return root?.kind === 'root' ? root.path : undefined;
}
