import type { WorkspaceView } from '../../engine/types.ts';
import { ifCondition } from './conditions.ts';
import { scriptFilenameParam } from './headers.ts';
import type { EffectiveNode } from './effective.ts';
import { compileNginxRegex, matchCaptures } from './regex.ts';
import { errorPageFor, readReturn } from './semantics-tls-server.ts';
import { joinPath, pathBeforeArguments } from './paths.ts';
import { locationInfo, locationsOf, matchLocation, type LocationInfo } from './locations.ts';
import {
  isInternalLocation,
  namedHandOff as handOffOf,
  patternMatches,
  refusesRequests,
  scriptHandler,
  existenceIfHandler,
} from './semantics-php-locations.ts';
import { canProbe } from './semantics-probe-safety.ts';
import { requestPathsOf } from './semantics-regex-samples.ts';
import { keepsRestriction, ownRestriction } from './semantics-restrictions.ts';
import {
  fixedScriptProbes,
  pathInfoProbes,
  shapedScriptProbes,
  type ScriptProbe,
} from './semantics-script-probes.ts';
import { isWithin, locationsOfServer, serverOf } from './semantics-tree-index.ts';
import { filesBelow, folderAndProject, foldersBelow, memoByWorkspace } from './semantics-workspace-tree.ts';
import { rewriteTarget } from './semantics-if-flow.ts';
import { setsReadIn } from './semantics-taint-flow.ts';
import { documentRoot, inheritedDirective, locationBlocks, type DocumentRoot } from './server-blocks.ts';
import { runsRequestedScript, workspaceRootsFor } from './semantics-upload-paths.ts';
import { triesOnlyFixedFiles } from './semantics-try-files-fallback.ts';
import { handsOver, isApplicationRoot } from './semantics-private-paths.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * Requests a restricted location means to cover but a regex location takes instead. nginx picks
 * the longest matching prefix location and then, unless that prefix has `^~`, tries the regex
 * locations in file order and lets the first match win; the access phase then runs the chosen
 * location's rules only. So `location /admin/ { allow 10.0.0.0/8; deny all; }` next to
 * `location ~ \.php$ { fastcgi_pass … }` leaves `/admin/index.php` to the PHP location, open to
 * every client, and a regex deny written after that PHP location never sees the scripts it names
 * (https://nginx.org/en/docs/http/ngx_http_core_module.html#location).
 */

export interface LocationBypass {
  /** A request the restricted location should cover. */
  uri: string;
  /** The location nginx chooses for it. */
  chosen: EffectiveNode;
  /** The regex location that takes it (`chosen` or the regex location `chosen` is nested in). */
  regex: EffectiveNode;
  /** The script that runs: `uri`, or `uri` without its path info (`/wp-login.php` for `/wp-login.php/x.php`). */
  script: string;
  /**
   * How the request was found: a script under the location (`probe`), the location's own
   * `try_files` fallback script taken by a location that is not a regex one (`fallback`), or a
   * route of a front controller outside it reached with the route as path info
   * (`frontController`: `/index.php/s/dashboard` for `location /s/`), or such a route taken by a
   * prefix location whose `try_files` falls back to the front controller (`routedFallback`), or
   * the folder's index script taken that way (`index`), or a route regex location without a
   * handler whose fallback runs the front controller (`routeFallback`; `chosen` is that runner),
   * or the route with a trailing slash, which Laravel trims (`trailingSlash`), or a file of a
   * refused folder that a regex location serves as it is (`staticFile`; `staticFileOrder` when the
   * refused location is a regex one that the serving regex comes before), or a request a location
   * nested in one that checks the client's address with an `if` takes (`ifNested`).
   */
  via:
    | 'probe'
    | 'fallback'
    | 'index'
    | 'frontController'
    | 'routedFallback'
    | 'routeFallback'
    | 'trailingSlash'
    | 'staticFile'
    | 'staticFileOrder'
    | 'ifNested'
    | 'proxiedPathInfo';
  /**
   * The `error_page 404` that sends the request back into `chosen` after its `internal` refused
   * it (Bagisto's guide: `error_page 404 /index.php;`), when that is how the script runs.
   */
  errorPage?: EffectiveNode;
  /** With `errorPage`: the location that answered 404 before the error page sent the request to `regex`. */
  refusedBy?: EffectiveNode;
}

/**
 * Location choices asked per server: each one runs the server's regexes, so a server with
 * thousands of regex denies (a generated block list) would make the rule quadratic. The first
 * restricted locations of a server are checked in full within it; a real server has a handful
 * of them, each asking a few dozen requests.
 */
export const PROBE_BUDGET = 2048;

export interface ProbeBudget {
  left: number;
}

/** Handlers that pass a request on to a program: what runs there is what the restriction was for. */
const BACKEND_HANDLERS = ['fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'proxy_pass', 'grpc_pass'];

const SCRIPT_NAME = /\.(?:php\d?|phtml|phar|pl|py|cgi|sh)$/i;

/**
 * The first request under a restricted location that a regex location of the server takes and
 * passes to a backend without any restriction of its own, if any. Requests for dotfiles are left
 * to nginx/private-paths-exposed and upload directories to nginx/upload-execution.
 */
export function locationBypass(
  server: EffectiveNode,
  location: EffectiveNode,
  isUploadDirectory: (directory: string) => boolean,
  workspace: WorkspaceView,
  budget: ProbeBudget = { left: PROBE_BUDGET },
): LocationBypass | undefined {
  const info = locationInfo(location);
  if (!info || info.modifier === '@') return undefined;
  // An exact location is written for one request: only a script's path-info forms get past it.
  if (info.modifier === '=' && !SCRIPT_NAME.test(info.pattern))
    return (
      exactRouteBypass(server, location, info) ?? frontControllerBypass(server, location, info, workspace)
    );
  if (ownRestriction(location)?.kind === 'address') {
    const nested = nestedPastAddressCheck(server, location, info, budget);
    if (nested) return nested;
  }
  // With its own `alias` or `root` the location serves other files than the server's locations do.
  if (location.childrenNamed('alias').length > 0 || location.childrenNamed('root').length > 0)
    return undefined;
  const fallback = info.isRegex || info.modifier === '=' ? undefined : fallbackBypass(server, location, info);
  if (fallback) return fallback;
  // The location is meant for the script a request runs, whether or not the request adds path info.
  const ownCover = info.isRegex
    ? (script: string) => patternMatches(info, script)
    : info.modifier === '='
      ? (script: string) => script === info.pattern
      : (script: string) => isLongestPrefix(info, script);
  const covers = (script: string) => ownCover(script) && reachedThroughOuter(server, location, script);
  const probesIn = (directory: string) => scriptProbesUnder(server, location, directory, workspace);
  // Script requests only matter where a regex location runs requests itself.
  const codeRoot = () => isApplicationRoot(server, workspace, location);
  const groups = hasOpenRegexBackend(server)
    ? probeGroups(server, info, isUploadDirectory, probesIn, codeRoot)
    : [];
  for (const probes of groups) {
    for (const probe of probes()) {
      // A regex written for a script's path info (`^/index\.php/admin/`) covers the request itself.
      const covered =
        covers(probe.script) || (info.isRegex && probe.uri !== probe.script && covers(probe.uri));
      if (!covered || !canProbe(server, probe.uri)) continue;
      if (budget.left-- <= 0) return undefined;
      if (answeredInside(location, probe.uri)) continue;
      const bypass = takenElsewhere(server, location, probe);
      if (bypass && !frontControllerItself(server, location, probe)) return bypass;
    }
  }
  if (info.modifier === '') {
    const route = regexRouteBypass(server, location, covers, budget);
    if (route) return route;
  }
  if (info.modifier === '' || info.isRegex) {
    const file = staticFileBypass(server, location, covers, isUploadDirectory, workspace, budget);
    if (file) return file;
  }
  if (info.isRegex && !info.pattern.startsWith('^')) {
    const published = publishedFolderBypass(server, location, info, covers, workspace, budget);
    if (published) return published;
  }
  return info.modifier === '=' ? undefined : frontControllerBypass(server, location, info, workspace);
}

/**
 * Whether a location nested in the restricted one would answer the request without the
 * restriction, were the restricted location chosen: its refusal is then not meant for the request
 * (Zen Cart's admin `location ~ ^/shop-admin-x7 { location ~ \.php$ { … } … return 403; }`
 * runs its scripts; the `return 403` is for the rest), and a regex location that takes it first
 * bypasses nothing.
 */
function answeredInside(location: EffectiveNode, uri: string): boolean {
  const nested = matchLocation(location, uri).location?.node;
  return nested !== undefined && nested !== location && !keepsRestriction(nested, location);
}

/**
 * An `if` on the client's address runs only in the location nginx chose: a location nested in
 * the restricted one that passes requests to a backend answers them without the check
 * (phpMyAdmin's `location ^~ /phpmyadmin/ { if ($remote_addr != …) { return 403; } location ~
 * \.php$ { fastcgi_pass …; } }`: `/phpmyadmin/index.php` reached PHP-FPM from any address, blind
 * case hestia--pma-if-remote-addr, nginx 1.22.1). Asked with the requests the nested location's
 * own pattern takes under the restricted one.
 */
function nestedPastAddressCheck(
  server: EffectiveNode,
  location: EffectiveNode,
  info: LocationInfo,
  budget: ProbeBudget,
): LocationBypass | undefined {
  // The folders the restricted location takes: its prefix, or its regex's sample folders.
  const folders = info.isRegex
    ? [...new Set(requestPathsOf(info).map((path) => path.slice(0, path.lastIndexOf('/') + 1)))]
    : [directoryOf(info)];
  const takes = (uri: string) => (info.isRegex ? patternMatches(info, uri) : uri.startsWith(folders[0]!));
  for (const nested of locationBlocks(location)) {
    if (!backendOf(nested) || keepsRestriction(nested, location)) continue;
    const own = locationInfo(nested);
    if (!own || own.modifier === '@') continue;
    // Under the prefix location the nested one sits in (`/phpmyadmin/libraries/` two levels down).
    const bases = [...folders];
    for (let p = nested.parent; p && p !== location; p = p.parent) {
      const around = p.name === 'location' ? locationInfo(p) : undefined;
      if (around && !around.isRegex && around.modifier !== '@') {
        bases.unshift(directoryOf(around));
        break;
      }
    }
    const candidates = own.isRegex
      ? [
          ...bases.flatMap((base) => [
            `${base}index.php`,
            ...requestPathsOf(own).map((path) => `${base}${path.slice(1)}`),
          ]),
          ...requestPathsOf(own),
        ]
      : [own.pattern];
    for (const uri of candidates) {
      if (!takes(uri) || !canProbe(server, uri)) continue;
      if (budget.left-- <= 0) return undefined;
      const chosen = matchLocation(server, uri).location?.node;
      if (chosen && chosen !== location && isWithin(chosen, nested) && !keepsRestriction(chosen, location))
        return { uri, chosen, regex: nested, script: uri, via: 'ifNested' };
    }
  }
  return undefined;
}

/** How many files below a refused folder are asked of nginx's location choice, found how deep. */
const FILES_PROBED = 8;
const FILE_SEARCH_DEPTH = 5;

/**
 * Folders of data rather than code: what users uploaded, exported or were sent, and backups, and
 * CiviCRM's custom-field and import uploads (`civicrm/custom/`, `civicrm/upload/`: ID scans,
 * wherever the CMS is installed; blind case civi-wp-subdir--civicrm-deny-plain-prefix, nginx
 * 1.22.1 sent them through the static regex). A refused folder's other files are often the
 * public assets of a package (MyBB's `install/resources/installer.css`, blind case
 * mybb--install-deny-without-caret), left to the server's static regex without harm.
 */
const DATA_FOLDER =
  /\/(?:data|documents?|private|backups?|exports?|attachments?|protected|confidential|secrets?|dumps?|deleted|civicrm\/(?:custom|upload))\//i;

/**
 * A prefix location that refuses every request (`location /sites/ { deny all; }`) whose files a
 * regex location serves as they are: OpenEMR's patients' scans under `sites/default/documents/`
 * went to the server's `location ~* \.(?:jpe?g|png|css|js)$ { expires 30d; }` (blind case, nginx
 * 1.22.1). Only files the workspace tree holds there, in a folder of data (an upload folder or
 * `DATA_FOLDER`); a location that only restricts (an address list, a password) is left out: its
 * stylesheets and pictures go to the static regex on purpose often enough. A regex location
 * anchored on a folder (`~ ^/upload/files/ { deny all; }`) is asked the same of the regex
 * locations written before it: ProjectSend's clients' files went to the static regex (blind case
 * projectsend--upload-deny-regex-after-php, nginx 1.22.1).
 */
function staticFileBypass(
  server: EffectiveNode,
  location: EffectiveNode,
  covers: (uri: string) => boolean,
  isUploadDirectory: (directory: string) => boolean,
  workspace: WorkspaceView,
  budget: ProbeBudget,
): LocationBypass | undefined {
  if (ownRestriction(location)?.kind !== 'refuse' || !hasOpenStaticRegex(server)) return undefined;
  const info = locationInfo(location)!;
  const root = documentRoot(location);
  if (!root) return undefined;
  const isData = (uri: string) => DATA_FOLDER.test(uri) || isUploadDirectory(uri);
  for (const directory of info.isRegex ? anchoredFolders(info) : [directoryOf(info)]) {
    const served = folderServing(root, directory);
    if (!served) continue;
    for (const folder of workspaceRootsFor(served, workspace)) {
      for (const uri of filesUnder(folder, directory, isData, workspace)) {
        if (!covers(uri) || !canProbe(server, uri)) continue;
        if (budget.left-- <= 0) return undefined;
        const chosen = matchLocation(server, uri).location?.node;
        if (!chosen || isWithin(chosen, location) || !servesFilesAsTheyAre(chosen)) continue;
        const regex = regexLocationOf(chosen);
        if (!regex || keepsRestriction(chosen, location) || refusedByIf(server, chosen, uri)) continue;
        if (documentRoot(chosen)?.path !== root.path || carvedOut(location, regex, uri)) continue;
        return { uri, chosen, regex, script: uri, via: info.isRegex ? 'staticFileOrder' : 'staticFile' };
      }
    }
  }
  return undefined;
}

/**
 * The folders a `^`-anchored regex is written for: its literal start (`/upload/files/` of
 * `^/upload/files/`), or the folders its alternatives name (`/private/` and `/vendor/` of
 * CiviCRM Standalone's `^/(?:private|vendor)(?:/|$)`, a blind case where the static regex written
 * before it sent the private uploads, nginx 1.22.1).
 */
function anchoredFolders(info: LocationInfo): string[] {
  if (!info.pattern.startsWith('^')) return [];
  const folder = anchoredFolder(info.pattern);
  if (folder) return [folder];
  const out: string[] = [];
  for (const path of requestPathsOf(info)) {
    const sample = path.endsWith('/') ? path : path.slice(0, path.lastIndexOf('/') + 1);
    if (sample.length > 1 && !sample.includes('/.') && !out.includes(sample)) out.push(sample);
  }
  return out;
}

/**
 * An unanchored regex that refuses every request names its folder wherever it is (Moodle's
 * documented `location ~ (?:/vendor/|…) { deny all; }`), but nginx never tries it for a request
 * that a `^~` prefix location takes, nor before the regex locations nested in a plain prefix
 * location that takes it: Moodle under `location ^~ /moodle/ { alias /var/www/moodle/;
 * … }` ran `/moodle/vendor/autoload.php` in the PHP location nested there (blind case
 * moodle-alias--internal-files-deny-at-server, nginx 1.22.1). The folders the regex samples are
 * looked for below each prefix location of the same level with an `alias` or `root` of its own,
 * and the scripts the tree shows there are asked of nginx's location choice.
 */
function publishedFolderBypass(
  server: EffectiveNode,
  location: EffectiveNode,
  info: LocationInfo,
  covers: (uri: string) => boolean,
  workspace: WorkspaceView,
  budget: ProbeBudget,
): LocationBypass | undefined {
  if (ownRestriction(location)?.kind !== 'refuse' || !location.parent) return undefined;
  const folders = requestPathsOf(info).filter(
    (path) =>
      path.length > 1 &&
      path.endsWith('/') &&
      !path.includes('/.') &&
      path.indexOf('/', 1) === path.length - 1,
  );
  if (folders.length === 0) return undefined;
  for (const published of location.parent.childrenNamed('location')) {
    const prefix = locationInfo(published);
    // `^~` skips the server's regex locations; a plain prefix tries those nested in it first.
    if (
      !prefix ||
      prefix.isRegex ||
      (prefix.modifier !== '^~' && prefix.modifier !== '') ||
      !prefix.pattern.endsWith('/')
    )
      continue;
    const root = documentRoot(published);
    if (!root || root.inherited) continue;
    for (const folder of folders) {
      const directory = `${prefix.pattern}${folder.slice(1)}`;
      const served = folderServing(root, directory);
      if (!served) continue;
      for (const dir of workspaceRootsFor(served, workspace))
        for (const probe of scriptsUnder(dir, directory, workspace)) {
          if (!covers(probe.uri) || !canProbe(server, probe.uri)) continue;
          if (budget.left-- <= 0) return undefined;
          const chosen = matchLocation(server, probe.uri).location?.node;
          if (!chosen || !isWithin(chosen, published)) continue;
          const regex = regexLocationOf(chosen);
          if (!regex || !backendOf(chosen) || keepsRestriction(chosen, location)) continue;
          if (refusedByIf(server, chosen, probe.uri)) continue;
          return { uri: probe.uri, chosen, regex, script: probe.script, via: 'probe' };
        }
    }
  }
  return undefined;
}

/**
 * Whether the refused location's author lets `uri` out on purpose: a prefix location nested in
 * it takes the request and does not refuse it, or the regex that serves it was written for paths
 * inside the location (`location /sites/ { deny all; }` beside `location ~ ^/sites/[^/]+/files/
 * { expires 30d; }`, Drupal's public files: review, nginx 1.22.1).
 */
function carvedOut(location: EffectiveNode, regex: EffectiveNode, uri: string): boolean {
  for (const nested of locationBlocks(location)) {
    const info = locationInfo(nested);
    if (!info || info.isRegex || info.modifier === '@' || !uri.startsWith(info.pattern)) continue;
    if (!refusesRequests(nested)) return true;
  }
  const prefix = locationInfo(location)!.pattern;
  return anchoredLiteral(locationInfo(regex)?.pattern ?? '').startsWith(prefix);
}

/** The folder a `^`-anchored regex is written for (`/upload/files/` of `^/upload/files/`), if it names one. */
function anchoredFolder(pattern: string): string | undefined {
  const literal = anchoredLiteral(pattern);
  const folder = literal.slice(0, literal.lastIndexOf('/') + 1);
  return folder.length > 1 ? folder : undefined;
}

/** The literal start of a `^`-anchored regex (`/sites/` of `^/sites/[^/]+/files/`); '' without an anchor. */
function anchoredLiteral(pattern: string): string {
  if (!pattern.startsWith('^')) return '';
  let out = '';
  let i = 1;
  for (; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) break;
      out += next;
      i++;
    } else if ('.[](){}*+?|^$'.includes(c)) break;
    else out += c;
  }
  // A quantifier applies to the character before it: `^/sites?` does not promise the `s`.
  return /[*?{]/.test(pattern[i] ?? '') ? out.slice(0, -1) : out;
}

/**
 * The folder nginx reads the requests under `directory` from: below the root, or, for an alias
 * (the location's own or one it inherits), the alias in place of the prefix of the location that
 * wrote it. Undefined for an alias of a regex location or a path with variables.
 */
function folderServing(root: DocumentRoot, directory: string): string | undefined {
  if (root.path.includes('$')) return undefined;
  if (root.kind === 'root') return joinPath(root.path, directory.slice(1));
  const owner = root.node.parent ? locationInfo(root.node.parent) : undefined;
  if (!owner || owner.isRegex || !directory.startsWith(owner.pattern)) return undefined;
  return joinPath(root.path, directory.slice(owner.pattern.length));
}

/**
 * Whether a location answers with the file the request names: it neither hands the request over
 * (`handsOver`) nor refuses it, and its `try_files`, if any, looks for that file (not only for
 * fixed ones: `try_files /placeholder.jpg =404;` sends the placeholder, checked on nginx 1.22.1).
 */
function servesFilesAsTheyAre(location: EffectiveNode): boolean {
  return !handsOver(location) && !refusesRequests(location) && !triesOnlyFixedFiles(location);
}

const openStaticRegexes = new NodeMemo<boolean>();

/** Whether the server has a regex location that serves files as they are (see `servesFilesAsTheyAre`). */
function hasOpenStaticRegex(server: EffectiveNode): boolean {
  let known = openStaticRegexes.get(server);
  if (known === undefined) {
    known = locationsOfServer(server).some(
      (node) => locationInfo(node)?.isRegex === true && servesFilesAsTheyAre(node),
    );
    openStaticRegexes.set(server, known);
  }
  return known;
}

/**
 * Requests for files the workspace holds in a folder (served at `directory`) and below it, in
 * the folders `isData` accepts (not scripts, not dotfiles: other probes ask those).
 */
function filesUnder(
  folder: string,
  directory: string,
  isData: (uri: string) => boolean,
  workspace: WorkspaceView,
): string[] {
  const walk = {
    // OJS keeps submissions five levels down (`files/journals/1/articles/12/x.png`, blind case
    // ojs--files-dir-in-root-prefix-deny); the listings stay capped.
    depth: FILE_SEARCH_DEPTH,
    listings: SCRIPT_SEARCH_LISTINGS,
    descend: (name: string) => !name.startsWith('.'),
  };
  const found: string[] = [];
  const isFile = (name: string) => !name.startsWith('.') && !SCRIPT_NAME.test(name);
  for (const uri of filesBelow(workspace, folder, directory, walk, isData, isFile)) {
    found.push(uri);
    if (found.length >= FILES_PROBED) break;
  }
  return found;
}

/** Sample requests read per regex location for `regexRouteBypass`. */
const ROUTE_SAMPLES = 4;

/**
 * A regex location written for a path under the restricted prefix that hands it to a backend:
 * Snipe-IT's `location ~ ^/admin/backups { fastcgi_pass …; SCRIPT_FILENAME …/index.php; }` beside
 * `location /admin { allow …; deny all; }` runs the backup pages for everybody (checked on nginx
 * 1.22.1). No script needs to exist: the location was written for those requests. Its sample
 * matches under the prefix are asked of nginx's location choice.
 */
function regexRouteBypass(
  server: EffectiveNode,
  location: EffectiveNode,
  covers: (uri: string) => boolean,
  budget: ProbeBudget,
): LocationBypass | undefined {
  const prefix = locationInfo(location)!.pattern;
  const directory = directoryOf(locationInfo(location)!);
  const ownScripts = fallbackScripts(location);
  for (const node of locationsOfServer(server)) {
    const info = locationInfo(node);
    if (!info?.isRegex || isWithin(node, location) || refusesRequests(node)) continue;
    const handled = backendOf(node) !== undefined;
    // Without a handler, a route regex counts when it hands requests to the restricted location's
    // own front controller (its fallback script, or the named location both fall back to).
    if (!handled && !handOffScripts(node).some((script) => ownScripts.includes(script))) continue;
    let runner: EffectiveNode | null | undefined;
    for (const path of requestPathsOf(info).slice(0, ROUTE_SAMPLES)) {
      // An unanchored route regex (`~ /login-check$`) takes the same path under the prefix too; a
      // script location's (`\.php$`) is a script request, which the probes above asked.
      const uris =
        !handled && !info.pattern.startsWith('^') ? [path, `${directory}${path.slice(1)}`] : [path];
      for (const uri of uris) {
        // The prefix test first: `covers` compares with every sibling location.
        if (!uri.startsWith(prefix) || !covers(uri) || !canProbe(server, uri)) continue;
        if (budget.left-- <= 0) return undefined;
        if (handled) {
          const bypass = takenElsewhere(server, location, { uri, script: uri });
          if (bypass?.regex === node) return bypass;
          continue;
        }
        if (matchLocation(server, uri).location?.node !== node || refusedByIf(server, node, uri)) continue;
        // A rewrite leaves before the access phase: the location's own rules never apply.
        if (!rewriteHandOff(node) && keepsRestriction(node, location)) continue;
        runner ??= frontControllerOf(server, node, location, ownScripts) ?? null;
        if (!runner) break;
        return { uri, chosen: runner, regex: node, script: uri, via: 'routeFallback' };
      }
    }
  }
  return undefined;
}

/**
 * The scripts a location without a handler hands every request to: the script of a `rewrite` of
 * every path (`rewriteHandOff`), which runs in the rewrite phase, before `try_files` is ever read
 * (`try_files $uri @static; rewrite ^ /index.php last;` runs /index.php, checked on nginx
 * 1.22.1); otherwise its `try_files` fallback.
 */
function handOffScripts(location: EffectiveNode): string[] {
  const rewritten = rewriteHandOff(location);
  return rewritten ? [rewritten] : fallbackScripts(location);
}

/**
 * The script a location's rewrite directives send every request to (Pimcore's documented
 * `location ~* ^/admin/external { rewrite ^ /index.php last; }`): they run before the access
 * phase, so the location's own `allow`/`deny` never apply (see `rewriteTarget`).
 */
function rewriteHandOff(location: EffectiveNode): string | undefined {
  const target = rewriteTarget(location);
  return target !== undefined && SCRIPT_NAME.test(target) ? target : undefined;
}

/**
 * The front-controller location a regex location without a handler hands its requests to, when
 * the restricted location falls back to the same script (its pages are that front controller's
 * routes: Sylius's `location ~ /login-check$ { limit_req …; try_files $uri /index.php…; }` takes
 * `/admin/login-check` from `location /admin { allow …; deny all; try_files $uri /index.php…; }`,
 * checked on nginx 1.22.1). The fallback is an internal redirect: an `internal` location takes it.
 */
function frontControllerOf(
  server: EffectiveNode,
  node: EffectiveNode,
  restricted: EffectiveNode,
  ownScripts: readonly string[],
): EffectiveNode | undefined {
  const rewritten = rewriteHandOff(node) !== undefined;
  for (const script of handOffScripts(node)) {
    if (!ownScripts.includes(script)) continue;
    // A rewritten URI is searched among the locations again; only a fallback names `@app`.
    const runner = rewritten
      ? scriptRunner(server, script)
      : fallbackRunner(server, node, script, restricted);
    if (runner && backendOf(runner) && !keepsRestriction(runner, restricted, true)) return runner;
  }
  return undefined;
}

/**
 * The location that runs a location's `try_files` fallback `script`: the named location it names
 * (`@app`), or the one nginx chooses for the script's URI.
 */
function fallbackRunner(
  server: EffectiveNode,
  location: EffectiveNode,
  script: string,
  restricted: EffectiveNode,
): EffectiveNode | undefined {
  const tryFiles = location.childrenNamed('try_files')[0];
  const last = tryFiles?.args[tryFiles.args.length - 1]?.value ?? '';
  // A named location that runs the script itself is the runner; one whose `try_files` falls back
  // to the script's URI hands it to the location nginx chooses for that URI, after its own access
  // phase: a named location that keeps the restriction stops the request there (review, nginx
  // 1.22.1: 403).
  let blocked = false;
  for (const entry of fallbackValues(location, last)) {
    if (!entry.startsWith('@')) {
      if (pathBeforeArguments(entry) === script) return scriptRunner(server, script);
      continue;
    }
    if (namedLocationScript(location, entry) === script) return namedLocation(location, entry);
    const named = namedLocation(location, entry);
    if (!named || fallbackScriptOf(location, entry) !== script) continue;
    if (keepsRestriction(named, restricted, true)) blocked = true;
    else return scriptRunner(server, script);
  }
  return blocked ? undefined : scriptRunner(server, script);
}

/** The location nginx chooses for a script's URI, kept per server and script (thousands of route locations share one front controller). */
function scriptRunner(server: EffectiveNode, script: string): EffectiveNode | undefined {
  let known = scriptRunners.get(server);
  if (!known) {
    known = new Map();
    scriptRunners.set(server, known);
  }
  let runner = known.get(script);
  if (runner === undefined) {
    runner = matchLocation(server, script).location?.node ?? null;
    known.set(script, runner);
  }
  return runner ?? undefined;
}

const scriptRunners = new NodeMemo<Map<string, EffectiveNode | null>>();

/**
 * A restricted route of a front controller (`location /s/ { allow …; deny all; try_files $uri
 * /index.php$is_args$args; }`, Mautic's back office) is open when the front controller's own
 * location takes a direct request with the route as path info: `/index.php/s/dashboard` reaches
 * PHP with `PATH_INFO=/s/dashboard`, and Symfony, Laravel and most PHP routers serve the route
 * from it (checked on nginx 1.22.1). Symfony's recipe marks that location `internal` for this
 * reason; an `internal` location refuses the request and is no bypass. Only a location written
 * for the front controller counts (`isFrontControllerLocation`).
 */
function frontControllerBypass(
  server: EffectiveNode,
  location: EffectiveNode,
  info: LocationInfo,
  workspace: WorkspaceView,
): LocationBypass | undefined {
  // A regex location's routes are its sample matches (Kimai's admin pages,
  // `~ "^/[a-z]{2,3}(?:_[A-Za-z]+)?/admin(?:/|$)"`, give `/aa/admin/`).
  // An exact location's route is its one request (wallabag's `= /settings`: `/app.php/settings`).
  const exact = info.modifier === '=';
  const routes = info.isRegex
    ? requestPathsOf(info)
        .slice(0, ROUTE_SAMPLES)
        .map((path) => (path.endsWith('/') ? path : `${path}/`))
    : [exact ? info.pattern : directoryOf(info)];
  for (const script of fallbackScripts(location)) {
    for (const route of routes) {
      if (script.startsWith(route)) continue;
      const probe = { uri: exact ? `${script}${route}` : `${script}${route}x`, script };
      if (!canProbe(server, probe.uri)) continue;
      const bypass = takenElsewhere(server, location, probe);
      // A generic PHP location (`[^/]\.php(/|$)`) serves the route too where the application strips
      // the script name (Sylius: `/index.php/admin/x`, checked on nginx 1.22.1).
      if (bypass && (isFrontControllerLocation(bypass.regex) || stripsScriptName(server, workspace)))
        return { ...bypass, via: 'frontController' };
      const routed = routedThroughFallback(server, location, probe, workspace);
      if (routed) return routed;
    }
  }
  return trailingSlashBypass(server, location, info, workspace);
}

/**
 * Laravel matches routes with the trailing slash trimmed (its `UriValidator`), while nginx
 * chooses the location for the path as sent: `/api/v1/cron/<token>/` misses `location ~
 * "^/api/v1/cron/[A-Za-z0-9]{32}$"` (or `location = /settings`), goes to `location /`, whose
 * `try_files` falls back to the front controller, and Laravel runs the route (Firefly III,
 * checked on nginx 1.22.1). Symfony redirects such a request to the route instead: only a
 * workspace that shows Laravel is reported.
 */
function trailingSlashBypass(
  server: EffectiveNode,
  location: EffectiveNode,
  info: LocationInfo,
  workspace: WorkspaceView,
): LocationBypass | undefined {
  if (!info.isRegex && info.modifier !== '=') return undefined;
  const scripts = fallbackScripts(location);
  if (scripts.length === 0 || !frameworkShows(server, workspace, LARAVEL)) return undefined;
  for (const route of requestPathsOf(info).slice(0, ROUTE_SAMPLES)) {
    const uri = `${route}/`;
    // A sample is a candidate: only a route the regex takes, and whose slashed form it does not.
    if (route.endsWith('/') || !canProbe(server, uri)) continue;
    if (info.isRegex && (!patternMatches(info, route) || patternMatches(info, uri))) continue;
    for (const script of scripts) {
      const routed = routedThroughFallback(server, location, { uri, script }, workspace, 'trailingSlash');
      if (routed) return routed;
    }
  }
  return undefined;
}

/**
 * Behind a generic PHP location (`location ~ \.php$`, Laravel Forge's and BookStack's guide),
 * `/index.php/settings` matches no regex: `location /` takes it and its `try_files` falls back to
 * `/index.php`, which runs with `REQUEST_URI=/index.php/settings`. Symfony's HttpFoundation
 * (Laravel, Symfony, Drupal) strips the script name and serves `/settings`, past `location
 * /settings { allow …; deny all; }` (checked on nginx 1.22.1 with BookStack). Reported only where
 * the workspace shows such an application: what another one does with that path is unknown.
 */
function routedThroughFallback(
  server: EffectiveNode,
  location: EffectiveNode,
  probe: ScriptProbe,
  workspace: WorkspaceView,
  via: 'routedFallback' | 'trailingSlash' = 'routedFallback',
): LocationBypass | undefined {
  const chosen = matchLocation(server, probe.uri).location?.node;
  if (!chosen || isWithin(chosen, location) || regexLocationOf(chosen)) return undefined;
  if (!handsOverTo(chosen, probe.script) || keepsRestriction(chosen, location)) return undefined;
  // The fallback is a URI (whose location nginx then chooses) or a named location; either way an
  // internal redirect, which enters an `internal` location.
  const runner = fallbackRunner(server, chosen, probe.script, location);
  if (!runner) return undefined;
  // A named location is the runner itself, and so is an exact one (`location = /index.php
  // { internal; … }`, Pixelfed's and Omeka S's; blind cases, nginx 1.22.1); otherwise a URI's
  // runner is a regex location or sits in one.
  const regex = runningLocation(runner);
  if (!regex || !backendOf(runner) || keepsRestriction(runner, location, true)) return undefined;
  if (!sameFiles(location, runner) || !stripsScriptName(server, workspace)) return undefined;
  return { uri: probe.uri, chosen, regex, script: probe.script, via };
}

/** How the workspace tree shows an application built on a framework: files at its top, or packages its `composer.json` requires. */
interface ApplicationSigns {
  marks: readonly string[];
  packages: ReadonlySet<string>;
}

/** Applications whose request object strips the script name from the path (Symfony's HttpFoundation, Yii 2's Request). */
const HTTP_FOUNDATION: ApplicationSigns = {
  marks: ['artisan', 'symfony.lock'],
  packages: new Set([
    'laravel/framework',
    // The whole framework in one package (Symfony 2 and 3 applications).
    'symfony/symfony',
    'symfony/http-foundation',
    'symfony/framework-bundle',
    'drupal/core',
    'drupal/core-recommended',
    // Yii 2's Request::resolvePathInfo strips the script name too (HumHub, Craft CMS).
    'yiisoft/yii2',
    'craftcms/cms',
    // Contao 4 and 5 are Symfony bundles; a managed edition requires only these (blind case
    // contao--generic-php-location: `/index.php/contao` reaches the back end, nginx 1.22.1).
    'contao/manager-bundle',
    'contao/core-bundle',
    // Laminas (Zend) takes the script name as the base URL and routes on the rest (blind case
    // omekas--script-deny-dollar: `/index.php/admin/item` reached Omeka S's admin, nginx 1.22.1).
    'laminas/laminas-mvc',
    'laminas/laminas-http',
    'zendframework/zendframework',
    'zendframework/zend-http',
  ]),
};

/** Laravel, whose router trims a trailing slash. */
const LARAVEL: ApplicationSigns = { marks: ['artisan'], packages: new Set(['laravel/framework']) };

/**
 * Whether a `composer.json` requires one of the packages: in `require`, not `require-dev`,
 * `conflict` or `suggest` (a library that only suggests Symfony runs without it). A manifest
 * that is not JSON says nothing.
 */
function requiresAny(text: string | undefined, packages: ReadonlySet<string>): boolean {
  if (!text) return false;
  let manifest: unknown;
  try {
    // A byte order mark is not JSON, and editors on Windows write one.
    manifest = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return false;
  }
  const require = (manifest as { require?: unknown } | null)?.require;
  if (!require || typeof require !== 'object') return false;
  return Object.keys(require).some((name) => packages.has(name.toLowerCase()));
}

/** Whether the server's application routes on the path after the script name (see `HTTP_FOUNDATION`). */
function stripsScriptName(server: EffectiveNode, workspace: WorkspaceView): boolean {
  return frameworkShows(server, workspace, HTTP_FOUNDATION);
}

/**
 * Whether the workspace tree shows the server's application as one built on a framework: one of
 * its marks, or a `composer.json` that requires one of its packages, in the root's folder or the
 * one above it (`public/` is the root of Laravel and Symfony).
 */
function frameworkShows(server: EffectiveNode, workspace: WorkspaceView, signs: ApplicationSigns): boolean {
  const root = documentRoot(server);
  if (root?.kind !== 'root') return false;
  // Asked for each restricted location of each server: the tree answers once per root.
  const key = `${signs === LARAVEL ? 'laravel' : 'foundation'}:${root.path}`;
  return treeAnswers(workspace, key, () => treeShows(root.path, workspace, signs));
}

const treeAnswers = memoByWorkspace<boolean>();

function treeShows(rootPath: string, workspace: WorkspaceView, signs: ApplicationSigns): boolean {
  for (const dir of workspaceRootsFor(rootPath, workspace)) {
    for (const app of folderAndProject(dir, workspace)) {
      const names = workspace.listDir(app);
      if (!names) continue;
      if (signs.marks.some((mark) => names.includes(mark))) return true;
      if (
        names.includes('composer.json') &&
        requiresAny(workspace.readText(joinPath(app, 'composer.json')), signs.packages)
      )
        return true;
    }
  }
  return false;
}

/**
 * An exact location for a front controller's route (LimeSurvey's `location =
 * /index.php/admin/remotecontrol { allow …; deny all; … }`) matches that one request: the same
 * route with a trailing slash or more segments (`/index.php/admin/remotecontrol/x`) goes to the
 * front controller's regex location, which runs it with the route as path info, and routers
 * (Yii, Symfony) serve the same action from it (checked on nginx 1.22.1). The admin wrote the
 * script into the route, so the application reads its routes from the path info.
 */
function exactRouteBypass(
  server: EffectiveNode,
  location: EffectiveNode,
  info: LocationInfo,
): LocationBypass | undefined {
  const route = /^(\/.*?\.php)\/[^/]/.exec(info.pattern);
  if (!route) return undefined;
  const script = route[1]!;
  // nginx merges slashes: `/index.php/api//` is the exact location's own request.
  const forms = info.pattern.endsWith('/') ? [`${info.pattern}x`] : [`${info.pattern}/`, `${info.pattern}/x`];
  for (const uri of forms) {
    if (!canProbe(server, uri)) continue;
    const bypass = takenElsewhere(server, location, { uri, script });
    if (bypass) return { ...bypass, via: 'frontController' };
  }
  return undefined;
}

/** Directives that restrict who gets an answer, besides `internal`. */
const GUARDS = ['allow', 'deny', 'auth_basic', 'auth_request', 'auth_jwt', 'satisfy'];

/**
 * Whether the probe is the bare request for the front controller that an `internal` location
 * runs: the server's fallbacks run it for every page (`location / { try_files $uri /index.php…; }`),
 * so `/index.php` taken by a generic PHP location answers what `/` answers. Symfony's recipe makes
 * the location `internal` against `/index.php/route`, which stays reported (Pimcore's legacy
 * `\.php$` location before it, checked on nginx 1.22.1).
 */
function frontControllerItself(server: EffectiveNode, location: EffectiveNode, probe: ScriptProbe): boolean {
  if (probe.uri !== probe.script || location.childrenNamed('internal').length === 0) return false;
  // With an address list or a password too, `/` itself is what the list was for.
  if (GUARDS.some((name) => location.childrenNamed(name).length > 0)) return false;
  return serverFallbackScripts(server).includes(probe.script);
}

/**
 * Whether a request for `script` reaches the locations around `location` on its way to it: a
 * location nested in `location ~ /data/` is only searched for requests that regex takes, so a deny
 * of `[^/]\.php(/|$)` written there is about `/data/…`, not `/calendar.php` (ILIAS's guide).
 */
function reachedThroughOuter(server: EffectiveNode, location: EffectiveNode, script: string): boolean {
  for (let outer = location.parent; outer && outer !== server; outer = outer.parent) {
    if (outer.name !== 'location') continue;
    const info = locationInfo(outer);
    if (!info) return false;
    if (info.isRegex ? !patternMatches(info, script) : !script.startsWith(info.pattern)) return false;
  }
  return true;
}

/**
 * Whether a regex location is written for the front controller (`^/index\.php(/|$)`), not for
 * any script: that shape exists to route path info into the application (Symfony's recipe adds
 * `internal` to refuse it), so the route is served. Behind a generic PHP location, whether
 * `/index.php/route` reaches the route depends on how the application reads its path (CiviCRM
 * Standalone reads REQUEST_URI, Symfony strips the script name): not reported.
 */
function isFrontControllerLocation(regex: EffectiveNode): boolean {
  const info = locationInfo(regex);
  return info !== undefined && !patternMatches(info, '/harden-probe.php');
}

/**
 * The script a restricted prefix location falls back to (`try_files $uri /typo3/index.php…`) is
 * the one its restriction is for. When another location that is not a regex one takes that
 * script's own request (`location = /typo3/index.php { fastcgi_pass …; }` beside
 * `location /typo3/ { allow …; deny all; }`), the backend entry point is open (checked on nginx
 * 1.22.1). Regex locations are judged with the other probes.
 */
function fallbackBypass(
  server: EffectiveNode,
  location: EffectiveNode,
  info: LocationInfo,
): LocationBypass | undefined {
  const directory = directoryOf(info);
  const entries: [string, 'fallback' | 'index'][] = [
    ...fallbackScripts(location).map((script): [string, 'fallback'] => [script, 'fallback']),
    ...indexScripts(location, directory).map((script): [string, 'index'] => [script, 'index']),
  ];
  for (const [script, via] of entries) {
    if (!script.startsWith(directory)) continue;
    const chosen = matchLocation(server, script).location?.node;
    if (!chosen || isWithin(chosen, location) || regexLocationOf(chosen)) continue;
    if (!backendOf(chosen) || keepsRestriction(chosen, location) || !sameFiles(location, chosen)) continue;
    return { uri: script, chosen, regex: chosen, script, via };
  }
  return undefined;
}

/**
 * The index scripts of the folder a prefix location serves: a request for `/i/` is redirected
 * internally to `/i/index.php` by the `index` directive in effect (default `index.html`), like a
 * `try_files` fallback. FreshRSS's HTTP login puts `auth_basic` on `location /i/` beside an open
 * `location = /i/index.php` (checked on nginx 1.22.1).
 */
function indexScripts(location: EffectiveNode, directory: string): string[] {
  const index = inheritedDirective(location, 'index')?.node;
  if (!index) return [];
  return index.args
    .map((arg) => arg.value)
    .filter((name) => !name.includes('$') && SCRIPT_NAME.test(name))
    .map((name) => (name.startsWith('/') ? name : `${directory}${name}`));
}

/**
 * The scripts a location's `try_files` falls back to (`try_files $uri /admin/index.php$is_args$args`
 * gives `/admin/index.php`): its last entry's path, before the query string or variables.
 */
/**
 * Whether the location sends the requests it takes to the script: its `try_files` falls back to
 * it, or a rewrite of every path names it (October CMS's `location / { rewrite ^/.*$ /index.php
 * last; }`: `/index.php/admin/x` taken there reached the restricted back end through a generic
 * PHP location; blind case octobercms--generic-php-location, nginx 1.22.1).
 */
function handsOverTo(location: EffectiveNode, script: string): boolean {
  return fallbackScripts(location).includes(script) || rewriteTarget(location) === script;
}

function fallbackScripts(location: EffectiveNode): string[] {
  const scripts: string[] = [];
  for (const tryFiles of location.childrenNamed('try_files')) {
    const last = tryFiles.args[tryFiles.args.length - 1]?.value ?? '';
    for (const entry of fallbackValues(location, last)) {
      const script = fallbackScriptOf(location, entry);
      if (script?.startsWith('/') && SCRIPT_NAME.test(script) && !scripts.includes(script))
        scripts.push(script);
    }
  }
  return scripts;
}

/**
 * What a `try_files` fallback can be: the entry itself, or, for a variable, the fixed values the
 * `set`s of the location and its server give it (Statamic's static caching: `set $statamic_try
 * @static;` and `@dynamic` in `if`s, `try_files $uri $statamic_try;`).
 */
function fallbackValues(location: EffectiveNode, last: string): string[] {
  const variable = /^\$(\w+)$/.exec(last)?.[1];
  if (!variable) return [last];
  const values: string[] = [];
  for (const set of setsReadIn(location, variable)) {
    const value = set.args[1]?.value;
    if (value && !value.includes('$') && !values.includes(value)) values.push(value);
  }
  return values;
}

/**
 * The script a fallback entry runs: a URI's path, the fixed script of a named location that
 * passes to FastCGI, or the URI a named location's own `try_files` falls back to (Statamic's
 * `location @dynamic { try_files $uri /index.php?$query_string; }`; blind case
 * statamic--php-location-from-docs, nginx 1.22.1).
 */
function fallbackScriptOf(location: EffectiveNode, entry: string): string | undefined {
  if (!entry.startsWith('@')) return pathBeforeArguments(entry);
  const fixed = namedLocationScript(location, entry);
  if (fixed) return fixed;
  const named = namedLocation(location, entry);
  const tryFiles = named?.childrenNamed('try_files')[0];
  const last = tryFiles?.args[tryFiles.args.length - 1]?.value ?? '';
  if (last.startsWith('/')) return pathBeforeArguments(last);
  // Thelia's and Symfony 2's `location @rewriteapp { rewrite ^(.*)$ /index.php$1 last; }`: the
  // script the replacement names before the request's path (blind case thelia--generic-php-location).
  const replacement = named?.childrenNamed('rewrite')[0]?.args[1]?.value ?? '';
  return /^(\/[^$?]*?\.php\d?)(?=[$?/]|$)/.exec(replacement)?.[1];
}

/**
 * The script a named location runs for every request (Snipe-IT's `location @snipeit {
 * fastcgi_param SCRIPT_FILENAME $realpath_root/index.php; … }` runs `/index.php`), as a request
 * path under the root; undefined when the script comes from the request.
 */
function namedLocationScript(location: EffectiveNode, name: string): string | undefined {
  const named = namedLocation(location, name);
  if (!named || !named.childrenNamed('fastcgi_pass')[0]) return undefined;
  const value = scriptFilenameParam(named)?.value;
  const fixed = value && /^\$(?:document_root|realpath_root)(\/[^$]+)$/.exec(value);
  return fixed ? fixed[1] : undefined;
}

/** The server's named location `@name` (nginx allows them at server level only). */
function namedLocation(node: EffectiveNode, name: string): EffectiveNode | undefined {
  const server = serverOf(node);
  return server?.childrenNamed('location').find((child) => {
    const info = locationInfo(child);
    return info?.modifier === '@' && `@${info.pattern}` === name;
  });
}

/** A prefix location's pattern as a directory (`/admin` → `/admin/`). */
function directoryOf(info: LocationInfo): string {
  return info.pattern.endsWith('/') ? info.pattern : `${info.pattern}/`;
}

/** The folder of the prefix location a location is nested in (MediaWiki's `/w/`), or `/`. */
export function enclosingFolder(location: EffectiveNode): string {
  const around = location.parent?.name === 'location' ? locationInfo(location.parent) : undefined;
  return around && !around.isRegex && around.modifier !== '@' ? directoryOf(around) : '/';
}

/** The probes, group by group (computed only when the ones before found nothing). */
function probeGroups(
  server: EffectiveNode,
  info: LocationInfo,
  isUploadDirectory: (directory: string) => boolean,
  probesIn: (directory: string) => (() => readonly ScriptProbe[])[],
  codeRoot: () => boolean,
): (() => readonly ScriptProbe[])[] {
  const groups: (() => readonly ScriptProbe[])[] = [];
  const paths = requestPathsOf(info);
  let everyScriptAsked = false;
  // A regex that takes a script of any name in any folder (`^.+\.php$`, Bitnami's copy of
  // Matomo's "every other script" deny) samples one (`/a.php`): it stands for every script too
  // (blind case bitnami-matomo: the entry points' location before it is no bypass).
  const anyScript = info.isRegex && patternMatches(info, '/harden-probe/harden-probe/harden-probe.php');
  for (const path of paths) {
    if (path.includes('/.') || (anyScript && SCRIPT_NAME.test(path))) {
      // A regex of extensions alone (`\.(?:php\d?|phtml)(?:/|$)`, "every script but the front
      // controller") samples `/.php`: it stands for the scripts of the whole root, not a dotfile.
      // Only where the root is the application's own folder (ProcessWire's `site/config.php`,
      // `wire/core/`): the scripts of a `public/` folder are its entry points (Pimcore's legacy
      // `newsletter/unsubscribe.php`, run on purpose by a generic location written before the deny).
      if (!everyScriptAsked && (anyScript || takesAnyScriptNamed(info, path)) && codeRoot()) {
        everyScriptAsked = true;
        // A deny nested in a location covers that location's scripts (MediaWiki's `^~ /w/`).
        groups.push(
          ...probesIn(enclosingFolder(info.node)).map(
            (group) => () => group().filter((p) => !isEntryPoint(server, p)),
          ),
        );
      }
      continue;
    }
    // `location /wp-login.php { auth_basic …; }`, `location ~* ^/xmlrpc\.php$ { deny all; }`: the
    // script itself, then its path-info forms. A regex that takes any script of a folder
    // (`^/install/.*\.php$`) stands for the folder instead.
    if (SCRIPT_NAME.test(path) && (!info.isRegex || namesScripts(info, paths, path))) {
      const script = [{ uri: path, script: path }];
      groups.push(
        () => script,
        () => pathInfoProbes(script, server),
        () => proxiedPathInfoProbes(script, server),
      );
      continue;
    }
    // A regex's sample script (`/install/a.php` of `^/install/.*\.php$`) stands for its directory.
    const directory = SCRIPT_NAME.test(path)
      ? path.slice(0, path.lastIndexOf('/') + 1)
      : path.endsWith('/')
        ? path
        : `${path}/`;
    if (isUploadDirectory(directory)) continue;
    // A regex sample through a script (`/index.php/admin/` of `^/index\.php/admin/`) is path info
    // of that script, not a folder: probed as such (a location that splits it runs the script).
    const segments = directory.split('/');
    const scriptAt = info.isRegex ? segments.findIndex((segment) => SCRIPT_NAME.test(segment)) : -1;
    if (scriptAt >= 0) {
      const probe = { uri: `${directory}x`, script: segments.slice(0, scriptAt + 1).join('/') };
      groups.push(() => [probe]);
      continue;
    }
    const found = probesIn(directory);
    // Path info named like the server's entry scripts is tried for a few scripts of a folder: a
    // folder scan asks for many scripts, and each would add a request per name to the budget.
    groups.push(
      ...found,
      ...found.map((group) => () => pathInfoProbes(group(), server, NAMED_PER_FOLDER)),
      ...found.map((group) => () => proxiedPathInfoProbes(group(), server)),
    );
  }
  return groups;
}

/** Path info a static-files regex takes (`/x.css`), for `proxiedPathInfoProbes`. */
const STATIC_PATH_INFO = '/x.css';

/**
 * The path-info forms of script requests that a static-files regex takes when it hands what it
 * lacks to a proxy: cPanel's ea-nginx writes `location ~* \.(?:css|js|…)$ { try_files $uri
 * @cpanel_apache; }`, and nginx 1.22.1 gave `/administrator/index.php/x.css` to it, past a prefix
 * location's allow list; Apache ran `index.php` with `/x.css` as path info (blind case
 * cpanel-nginx--admin-allow-list-prefix).
 */
function proxiedPathInfoProbes(probes: readonly ScriptProbe[], server: EffectiveNode): ScriptProbe[] {
  if (!handsStaticToProxy(server)) return [];
  return probes
    .filter((probe) => probe.uri === probe.script)
    .map((probe) => ({ uri: `${probe.script}${STATIC_PATH_INFO}`, script: probe.script }));
}

/** Whether a regex location of the server takes `.css` files and hands the missing ones to a proxying named location. */
function handsStaticToProxy(server: EffectiveNode): boolean {
  let known = staticToProxy.get(server);
  if (known === undefined) {
    known = locationsOfServer(server).some((node) => {
      const info = locationInfo(node);
      if (!info?.isRegex || backendOf(node) || !patternMatches(info, `/harden-probe${STATIC_PATH_INFO}`))
        return false;
      const handOff = missingFileHandOff(node);
      return handOff !== undefined && backendOf(handOff)?.name === 'proxy_pass';
    });
    staticToProxy.set(server, known);
  }
  return known;
}

const staticToProxy = new NodeMemo<boolean>();

/**
 * The named location with a backend that a `try_files` built on `$uri` falls back to for a file
 * that does not exist (`try_files $uri @cpanel_apache;`).
 */
function missingFileHandOff(location: EffectiveNode): EffectiveNode | undefined {
  const tryFiles = location.childrenNamed('try_files');
  const args = tryFiles[tryFiles.length - 1]?.args;
  const fallback = args?.[args.length - 1]?.value;
  if (!args || args.length < 2 || !fallback?.startsWith('@')) return undefined;
  if (!args.slice(0, -1).every((arg) => /^\$uri(?![\w{])/.test(arg.value))) return undefined;
  const named = namedLocation(location, fallback);
  return named && backendOf(named) ? named : undefined;
}

/**
 * Whether a proxied backend runs the probe's script for its path-info form: Apache's PHP handlers
 * accept path info (`AcceptPathInfo` is on for them by default).
 */
function proxiesPathInfo(handOff: EffectiveNode, probe: ScriptProbe): boolean {
  return backendOf(handOff)?.name === 'proxy_pass' && probe.uri.startsWith(`${probe.script}/`);
}

/**
 * Whether a regex sample that starts with a dot (`/.php`, `/.phtml/`) comes from a regex of
 * extensions: it takes the same ending after any file name, where a dotfile regex (`/\.`) does not.
 */
function takesAnyScriptNamed(info: LocationInfo, sample: string): boolean {
  return sample.startsWith('/.') && patternMatches(info, `/harden-probe${sample.slice(1)}`);
}

/**
 * Whether a script is one the server means to run, which a deny of every script written after
 * its location does not restrict: the front controller the locations fall back to, or a script
 * that a regex location written for some scripts takes: named ones (`^/index\.php(/|$)`), or
 * those of chosen folders (osTicket's `^/(?:kb/|pages/|apps/)?[a-z0-9_-]+\.php(/|$)`, with
 * `\.php(/|$) { return 404; }` after it for the rest). Only a location that takes a script in any
 * folder (`\.php$`) leaves the deny nothing to refuse.
 */
function isEntryPoint(server: EffectiveNode, probe: ScriptProbe): boolean {
  if (entryScripts(server).includes(probe.script)) return true;
  const chosen = matchLocation(server, probe.uri).location?.node;
  const regex = chosen && regexLocationOf(chosen);
  const info = regex && locationInfo(regex);
  return info !== undefined && !patternMatches(info, '/harden-probe/harden-probe/harden-probe.php');
}

/**
 * The scripts a server runs for requests that name none: the scripts its locations' `try_files`
 * fall back to, and the `index` scripts of its root (`/` is redirected internally to
 * `/index.php`). A deny that takes one of them, moved before the location that runs it, would
 * refuse the whole site.
 */
export function entryScripts(server: EffectiveNode): string[] {
  return [...new Set([...indexScripts(server, '/'), ...serverFallbackScripts(server)])];
}

/** The scripts the locations of a server fall back to, kept per server: every probe of the server asks. */
function serverFallbackScripts(server: EffectiveNode): readonly string[] {
  let known = fallbacksByServer.get(server);
  if (!known) {
    known = locationsOfServer(server).flatMap(fallbackScripts);
    fallbacksByServer.set(server, known);
  }
  return known;
}

const fallbacksByServer = new NodeMemo<readonly string[]>();

/**
 * Whether a regex location is written for named scripts: every sample is a script
 * (`^/(wp-login|xmlrpc)\.php$`), and the regex takes no other script of the sample's folder
 * (`^/install/.*\.php$` does). A list of private files with a script among them (Moodle's
 * `/vendor/|…|/install/stepslib\.php$|/readme\.txt$…`, WordPress's `wp-config-sample\.php`) is
 * about not serving them: running such a library or sample file does nothing, and its path-info
 * form is not reported.
 */
function namesScripts(info: LocationInfo, samples: readonly string[], sample: string): boolean {
  if (!samples.every((path) => SCRIPT_NAME.test(path))) return false;
  return !patternMatches(info, `${sample.slice(0, sample.lastIndexOf('/') + 1)}harden-probe.php`);
}

/**
 * Whether a prefix location is the longest prefix among its siblings for `uri`: a longer sibling
 * (`location /admin/public/` beside `location /admin/`) is a carve-out its author wrote on purpose.
 */
function isLongestPrefix(info: LocationInfo, uri: string): boolean {
  if (!uri.startsWith(info.pattern)) return false;
  const level = info.node.parent;
  if (!level) return true;
  return !locationsOf(level).some(
    (other) =>
      other !== info &&
      !other.isRegex &&
      other.modifier !== '@' &&
      other.pattern.length > info.pattern.length &&
      uri.startsWith(other.pattern),
  );
}

function takenElsewhere(
  server: EffectiveNode,
  location: EffectiveNode,
  probe: ScriptProbe,
): LocationBypass | undefined {
  const chosen = matchLocation(server, probe.uri).location?.node;
  if (!chosen || isWithin(chosen, location)) return undefined;
  const regex = regexLocationOf(chosen);
  // A path-info request names no file: a `try_files $uri @name` hands it to the named location.
  const handOff = backendOf(chosen)
    ? undefined
    : (namedHandOff(chosen) ?? (probe.uri !== probe.script ? missingFileHandOff(chosen) : undefined));
  if (handOff) {
    // `return` runs in the rewrite phase: the chosen location's own access rules never do; the
    // named location's do (it is entered at its rewrite phase).
    if (!regex || keepsRestriction(handOff, location, true) || !sameFiles(location, handOff, probe.script))
      return undefined;
    if (refusedByIf(server, chosen, probe.uri)) return undefined;
    if (
      probe.uri !== probe.script &&
      !runsRequestedScript(handOff, probe) &&
      !proxiesPathInfo(handOff, probe)
    )
      return undefined;
    const proxied = probe.uri !== probe.script && !runsRequestedScript(handOff, probe);
    return {
      uri: probe.uri,
      chosen,
      regex,
      script: probe.script,
      via: proxied ? 'proxiedPathInfo' : 'probe',
    };
  }
  const errorPage = reenteringErrorPage(server, chosen, probe.script);
  if (!regex || !backendOf(chosen) || keepsRestriction(chosen, location, errorPage !== undefined))
    return errorPageRedirect(server, location, chosen, probe);
  if (!sameFiles(location, chosen, probe.script) || refusedByIf(server, chosen, probe.uri)) return undefined;
  // A path-info request only counts when the location splits it and runs the script itself.
  if (probe.uri !== probe.script && !runsRequestedScript(chosen, probe)) return undefined;
  const bypass: LocationBypass = { uri: probe.uri, chosen, regex, script: probe.script, via: 'probe' };
  if (errorPage) bypass.errorPage = errorPage;
  return bypass;
}

/** The named location a location hands its requests to (see semantics-php-locations), when it passes them to a backend. */
function namedHandOff(location: EffectiveNode): EffectiveNode | undefined {
  const named = handOffOf(location);
  return named && backendOf(named) ? named : undefined;
}

/**
 * The `error_page 404` in effect at an `internal` location that sends a refused request back to
 * it: `internal` answers a client's `/index.php/admin/dashboard` with 404, the error page
 * `/index.php` is an internal redirect, which enters the location, and the script runs with the
 * client's `REQUEST_URI` (checked on nginx 1.22.1 with Bagisto's guide; Laravel and Symfony read
 * the route from it). Only an error page whose path is `script` and that lands in `chosen`.
 */
function reenteringErrorPage(
  server: EffectiveNode,
  chosen: EffectiveNode,
  script: string,
): EffectiveNode | undefined {
  if (!isInternalLocation(chosen)) return undefined;
  const page = errorPageTo(chosen, script);
  return page && scriptRunner(server, script) === chosen ? page : undefined;
}

/** The `error_page 404` in effect at a location when its page is `script` (`error_page 404 /index.php;`). */
function errorPageTo(location: EffectiveNode, script: string): EffectiveNode | undefined {
  const page = errorPageFor(location, 404);
  const target = page?.args[page.args.length - 1]?.value ?? '';
  return page && pathBeforeArguments(target) === script ? page : undefined;
}

/**
 * The location a finding names for the one that runs a script: a named or exact location is
 * written for it; otherwise the regex location that is the runner or holds it (undefined when
 * there is none).
 */
function runningLocation(runner: EffectiveNode): EffectiveNode | undefined {
  const modifier = locationInfo(runner)?.modifier;
  return modifier === '@' || modifier === '=' ? runner : regexLocationOf(runner);
}

/**
 * A location that answers the request with `return 404` while an `error_page 404` in effect there
 * names the front controller: the error page is an internal redirect, which enters the script's
 * location (`internal` or not), and the script runs with the client's request URI (Invoice
 * Ninja's `~ [^/]\.php(/|$) { return 404; }` beside `error_page 404 /index.php;`: `/index.php/setup`
 * reached Laravel's installer, blind case, nginx 1.22.1).
 */
function errorPageRedirect(
  server: EffectiveNode,
  location: EffectiveNode,
  chosen: EffectiveNode,
  probe: ScriptProbe,
): LocationBypass | undefined {
  const ret = chosen.childrenNamed('return')[0];
  if (!ret || readReturn(ret)?.code !== 404) return undefined;
  const page = errorPageTo(chosen, probe.script);
  if (!page) return undefined;
  const runner = scriptRunner(server, probe.script);
  if (!runner || runner === chosen || isWithin(runner, location) || !backendOf(runner)) return undefined;
  if (keepsRestriction(runner, location, true) || !sameFiles(location, runner)) return undefined;
  const regex = runningLocation(runner);
  if (!regex) return undefined;
  return {
    uri: probe.uri,
    chosen,
    regex,
    script: probe.script,
    via: 'probe',
    errorPage: page,
    refusedBy: chosen,
  };
}

/**
 * Variables that hold the request path as nginx decoded it, which locations are chosen by. Not
 * `$request_uri`: it is the request as sent, so `/app.php/%75sers/list` gets past `if ($request_uri
 * ~ ^/app\.php/users/)` and still reaches the route (wallabag, checked on nginx 1.22.1).
 */
const PATH_SUBJECTS = new Set(['$uri', '$document_uri']);

/**
 * Whether an `if` of the server or of the chosen location refuses the request in the rewrite
 * phase, before any handler: `if ($uri ~ ^/vendor/) { return 403; }`. (An outer location's `if`
 * does not run for requests of a nested one.)
 */
function refusedByIf(server: EffectiveNode, chosen: EffectiveNode, uri: string): boolean {
  for (const level of [server, chosen]) {
    for (const branch of level.childrenNamed('if')) {
      const ret = branch.childrenNamed('return')[0];
      const code = ret ? readReturn(ret)?.code : undefined;
      if (code === undefined || code < 400) continue;
      const condition = ifCondition(branch.directive);
      if (!condition?.isRegex || !condition.operand || condition.operator?.startsWith('!')) continue;
      if (!PATH_SUBJECTS.has(condition.subject.value)) continue;
      const compiled = compileNginxRegex(condition.operand.value, condition.caseInsensitive);
      if (compiled && !compiled.nestedQuantifier && matchCaptures(compiled, uri)) return true;
    }
  }
  return false;
}

/** The regex location that is `node` or holds it, up to the server. */
function regexLocationOf(node: EffectiveNode): EffectiveNode | undefined {
  for (let n: EffectiveNode | undefined = node; n && n.name === 'location'; n = n.parent)
    if (locationInfo(n)?.isRegex) return n;
  return undefined;
}

function backendOf(location: EffectiveNode): EffectiveNode | undefined {
  for (const name of BACKEND_HANDLERS) {
    const found = location.childrenNamed(name)[0];
    if (found) return found;
  }
  // DirectAdmin's `if (-f $request_filename) { fastcgi_pass …; }`: the backend of every script that exists.
  return existenceIfHandler(location, BACKEND_HANDLERS);
}

/**
 * Whether the chosen location reaches what the restricted one holds: a script handler runs files
 * of its document root, so both must serve the same root; a proxy passes the URI on, whatever root.
 * A restricted location that proxies (rspamd's controller under `/rspamd/`) guards its backend,
 * which a script handler of the root never reaches: `/rspamd/h.php` is a file of the root there.
 */
function sameFiles(restricted: EffectiveNode, chosen: EffectiveNode, script?: string): boolean {
  if (!scriptHandler(chosen)) return true;
  if (proxiesOnly(restricted)) return false;
  const own = documentRoot(restricted);
  const theirs = documentRoot(chosen);
  if (own?.path === theirs?.path) return true;
  // The same file by another way: EGroupware's `^~ /egroupware/` aliases /usr/share/egroupware/,
  // and its PHP location, nested in it, sets `root /usr/share` (blind case
  // egroupware--setup-prefix-without-php, nginx 1.22.1 ran `/egroupware/setup/index.php`).
  if (script === undefined || !own || !theirs) return false;
  const file = folderServing(own, script);
  return file !== undefined && file === folderServing(theirs, script);
}

/** Whether a location passes its requests to a proxied backend (not to a script handler of its files). */
function proxiesOnly(location: EffectiveNode): boolean {
  const backend = backendOf(location);
  return backend !== undefined && !scriptHandler(location);
}

/**
 * Directories of PHP applications that hold scripts by their nature: Composer's `vendor/`
 * (PHPUnit's `eval-stdin.php`, CVE-2017-9841), source and configuration trees, installers.
 * A deny written for one of them is meant to keep its scripts from running. Back-office names
 * (`admin`) are left out: in a framework they are routes of the front controller, not folders.
 */
const CODE_DIRECTORY =
  /^(?:vendor|src|lib|libs|app|config|conf|include|includes|inc|classes|bin|tests?|install|installation|installer|setup|cron|cli|maintenance|libraries)$/i;

/**
 * Scripts found in a folder that also get the server's script names as path info (Nextcloud's
 * `/config/config.php/richdocumentscode/proxy.php` runs `config.php`, blind case
 * nextcloud2--denies-after-php-location, nginx 1.22.1); the others get `/x` and `/x.php` only.
 */
const NAMED_PER_FOLDER = 4;
/** Directory levels and listings read in the workspace to find the scripts under a directory, and how many are probed. */
const SCRIPT_SEARCH_DEPTH = 2;
const SCRIPT_SEARCH_LISTINGS = 32;
const SCRIPTS_PROBED = 16;

/**
 * Requests for the scripts under a directory, when there are any: a request that runs nothing is
 * no bypass. What the restricted location itself hands to a script handler (its own handler, a
 * nested script location, a `try_files` fallback inside it: PrestaShop's `/admin…/index.php`)
 * says the directory holds scripts, and is probed by name (`h.php`, the names the server's script
 * locations take). Otherwise, when the workspace holds the server's document root, the
 * scripts found under the directory are the probes, and a path that is only a route of the
 * application (`/horizon`, `/admin` in Symfony) gives none. A code directory by name (`vendor/`,
 * `config/`…) is probed by name.
 */
function scriptProbesUnder(
  server: EffectiveNode,
  location: EffectiveNode,
  directory: string,
  workspace: WorkspaceView,
): (() => readonly ScriptProbe[])[] {
  const byName = [() => fixedScriptProbes(directory), () => shapedScriptProbes(server, directory)];
  if (handlesScriptsItself(location, directory)) return byName;
  // The location's files: the server's root, or an alias it inherits (MediaWiki's `^~ /w/`).
  const root = documentRoot(location);
  const served = root && folderServing(root, directory);
  const folders = served ? workspaceRootsFor(served, workspace) : [];
  const found = folders.flatMap((folder) => scriptsUnder(folder, directory, workspace));
  if (found.length > 0) return [() => found];
  // By name too when the tree has none: a skeleton tree lacks files, and Composer's scripts lie deeper than the search.
  return directory.split('/').some((segment) => CODE_DIRECTORY.test(segment)) ? byName : [];
}

function handlesScriptsItself(location: EffectiveNode, directory: string): boolean {
  if (backendOf(location) || namedHandOff(location)) return true;
  if (locationBlocks(location).some((nested) => scriptHandler(nested) !== undefined || namedHandOff(nested)))
    return true;
  return fallbackScripts(location).some((script) => script.startsWith(directory));
}

/** Requests for the scripts found in the workspace under a directory of a document root (a few levels, a few of them). */
function scriptsUnder(folder: string, directory: string, workspace: WorkspaceView): ScriptProbe[] {
  const found: ScriptProbe[] = [];
  const walk = {
    depth: SCRIPT_SEARCH_DEPTH,
    listings: SCRIPT_SEARCH_LISTINGS,
    descend: (name: string) => !name.startsWith('.') && !SCRIPT_NAME.test(name),
  };
  for (const below of foldersBelow(workspace, folder, directory, walk)) {
    for (const name of below.names) {
      if (name.startsWith('.') || !SCRIPT_NAME.test(name)) continue;
      const uri = `${below.uri}${name}`;
      found.push({ uri, script: uri });
    }
    if (found.length >= SCRIPTS_PROBED) break;
  }
  return found.slice(0, SCRIPTS_PROBED);
}

const openBackends = new NodeMemo<boolean>();

/** Whether the server has a regex location that passes requests to a backend and does not refuse them. */
function hasOpenRegexBackend(server: EffectiveNode): boolean {
  let known = openBackends.get(server);
  if (known === undefined) {
    known = locationsOfServer(server).some(
      (node) =>
        regexLocationOf(node) !== undefined &&
        // A `return 418` handed to a named location by `error_page` is no refusal.
        ((backendOf(node) !== undefined && !refusesRequests(node)) ||
          namedHandOff(node) !== undefined ||
          missingFileHandOff(node) !== undefined),
    );
    openBackends.set(server, known);
  }
  return known;
}
