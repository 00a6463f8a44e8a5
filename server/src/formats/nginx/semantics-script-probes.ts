import type { EffectiveNode } from './effective.ts';
import { locationInfo, type LocationInfo } from './locations.ts';
import { patternMatches, scriptRunnerOf } from './semantics-php-locations.ts';
import { sampleMatchesOfSource } from './semantics-regex-samples.ts';
import { locationsOfServer } from './semantics-tree-index.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * Requests for scripts placed in a directory of a server (`/uploads/h.php`, `/admin/index.php`,
 * `/media/customer/a/get.php`), to ask nginx's own location choice which block would run them:
 * nginx/upload-execution asks it for upload directories, nginx/regex-location-bypass for the
 * directories a location refuses or restricts. A directory is a request path ending in `/`
 * (`/uploads/`, `/` for the root).
 */

/** The file extensions a script handler is commonly configured for. */
const SCRIPT_EXTENSIONS = ['php', 'phtml', 'phar', 'php5', 'pl', 'py', 'cgi', 'sh'];

/** A request for a script, and the script's own request path. */
export interface ScriptProbe {
  uri: string;
  /** The uploaded file: `uri` itself, or `uri` without its path info (`/uploads/h.php` for `/uploads/h.php/x`). */
  script: string;
}

/** What a path-info request adds after the script (`/uploads/h.php/x`). */
const PATH_INFO = '/x';

const FIXED_NAMES = SCRIPT_EXTENSIONS.map((extension) => `h.${extension}`);

/**
 * The path-info forms of script requests (`/wp-login.php/x`, `/wp-login.php/x.php`): nginx's
 * PHP-FPM example takes the first (`[^/]\.php(/|$)`), a location ending in `\.php$` the second,
 * and both run the script when the location splits the path (`fastcgi_split_path_info`, Debian's
 * `snippets/fastcgi-php.conf`), past a location written for the script alone.
 */
export function pathInfoProbes(
  probes: readonly ScriptProbe[],
  server?: EffectiveNode,
  /** How many of the probes also get the server's script names as path info (each adds up to `NAMED_TAILS`). */
  named = Infinity,
): ScriptProbe[] {
  const out: ScriptProbe[] = [];
  let left = named;
  for (const { uri, script } of probes) {
    if (uri !== script) continue;
    out.push({ uri: `${script}${PATH_INFO}`, script }, { uri: `${script}${PATH_INFO}.php`, script });
    if (server && left-- > 0) out.push(...namedTails(server, script));
  }
  return out;
}

/**
 * Path info named like a script the server's regex script locations take: Piwigo's unanchored
 * `location ~ /(?:index|picture|ws)\.php(?:/|$)` takes `/admin.php/index.php` and, splitting at
 * the first `.php`, runs `/admin.php` (checked on nginx 1.22.1), while `/admin.php/x.php` goes to
 * the catch-all that refuses it.
 */
function namedTails(server: EffectiveNode, script: string): ScriptProbe[] {
  const out: ScriptProbe[] = [];
  // Names tried, not found, are counted: a server of thousands of script locations has as many names.
  let tried = 0;
  for (const [name, sources] of scriptNamesOfServer(server)) {
    if (FIXED_NAMES.includes(name)) continue;
    if (tried++ >= NAMED_TAILS) break;
    const uri = `${script}/${name}`;
    if (sources.some((info) => patternMatches(info, uri))) out.push({ uri, script });
  }
  return out;
}

/** Script names tried as path info per script: front controllers are a handful (Magento 2.0 has seven). */
const NAMED_TAILS = 16;

/** Requests for the fixed script names (`h.php`, `h.phtml`…) in a directory. */
export function fixedScriptProbes(directory: string): ScriptProbe[] {
  return FIXED_NAMES.map((name) => ({ uri: `${directory}${name}`, script: `${directory}${name}` }));
}

/** The requests the server's own script locations take in a directory, beyond the fixed ones (`patternProbes`). */
export function shapedScriptProbes(server: EffectiveNode, directory: string): ScriptProbe[] {
  return patternProbes(
    server,
    directory,
    FIXED_NAMES.map((name) => `${directory}${name}`),
  );
}

/**
 * The directory an uploaded script sits in below the upload directory: applications file uploads
 * by user, date or type (`media/customer/a/`, `uploads/2024/05/`).
 */
const UPLOAD_SUBDIRECTORY = 'a';

/**
 * Requests for scripts in the upload directory shaped by the server's own script locations, which
 * `/<dir>/h.php` misses. Magento 2.0's unanchored
 * `location ~ (index|get|static|report|404|503|health_check)\.php$` never takes `/media/h.php`
 * but runs an uploaded `/media/customer/a/index.php`; nginx's PHP-FPM example
 * `location ~ [^/]\.php(/|$)` takes `/upload/h.php/x`, which a deny ending in `\.php$` misses.
 * Each script name a regex script location takes is put in the directory and one level down,
 * with and without path info; a probe counts only when the regex of a location that gave the
 * name matches it, so a front controller anchored at the root (`^/(index|get)\.php$`) gives none.
 * The requests in `skip` (the fixed probes) were asked already.
 */
function patternProbes(server: EffectiveNode, directory: string, skip: readonly string[]): ScriptProbe[] {
  const probes: ScriptProbe[] = [];
  for (const [name, sources] of scriptNamesOfServer(server)) {
    // A sample's tail (`richdocumentscode/proxy.php`) names path info, not a file of the directory.
    if (name.includes('/')) continue;
    for (const script of [`${directory}${name}`, `${directory}${UPLOAD_SUBDIRECTORY}/${name}`])
      for (const uri of [script, `${script}${PATH_INFO}`]) {
        if (skip.includes(uri) || !sources.some((info) => patternMatches(info, uri))) continue;
        probes.push({ uri, script });
        if (probes.length >= PROBE_LIMIT) return probes;
      }
  }
  return probes;
}

/**
 * Requests asked per server and directory beyond the fixed probes: each costs a location choice
 * over the whole server, so thousands of script locations with a name each would make the rule
 * quadratic. The cap is safe because a server's script locations name a handful of front
 * controllers (Magento 2.0 has seven, each asked in four forms), well under it; and every request
 * asks the same question, whether a location before the script location takes scripts in the
 * directory: a deny written for the directory (what the fix inserts and the guides recommend)
 * answers for every name alike, so only a deny written name by name for dozens of names could
 * hide a finding past the cap. Like `SAMPLE_LIMIT` in semantics-regex-samples.ts.
 */
const PROBE_LIMIT = 64;

const serverScriptNames = new NodeMemo<Map<string, LocationInfo[]>>();

/**
 * The script names of a server's regex script locations (`scriptNamesOf`), each once, in the
 * order the locations give them, with the locations that gave it: computed once per server, not
 * per directory and location.
 */
function scriptNamesOfServer(server: EffectiveNode): ReadonlyMap<string, readonly LocationInfo[]> {
  let names = serverScriptNames.get(server);
  if (!names) {
    names = new Map();
    for (const location of locationsOfServer(server)) {
      const info = locationInfo(location);
      if (!info?.isRegex) continue;
      // A location that hands its requests to a named script location (`error_page 418 = @php;
      // return 418;`) runs scripts as much as one that passes them itself.
      if (!scriptRunnerOf(location)) continue;
      for (const name of scriptNamesOf(info)) {
        const sources = names.get(name);
        if (sources) sources.push(info);
        else names.set(name, [info]);
      }
    }
    serverScriptNames.set(server, names);
  }
  return names;
}

const SCRIPT_FILE_NAME = new RegExp(`\\.(${SCRIPT_EXTENSIONS.join('|')})$`, 'i');

const scriptNamesByPattern = new Map<string, readonly string[]>();

/**
 * The script file names to try with a regex location: the fixed probes' (`h.php`…), then the
 * last segment of each of its sample matches that ends in a script extension (`index.php`,
 * `get.php`…), and the sample past its first segment (`richdocumentscode/proxy.php`, tried as
 * path info only). A name without a stem (`\.php$` gives `.php`) gets the fixed probes' `h`: an
 * upload is not a dotfile. Kept per pattern: servers repeat the same locations.
 */
function scriptNamesOf(info: LocationInfo): readonly string[] {
  const key = `${info.modifier} ${info.pattern}`;
  let names = scriptNamesByPattern.get(key);
  if (!names) {
    const found = [...FIXED_NAMES];
    for (const sample of sampleMatchesOfSource(info.pattern, info.modifier === '~*')) {
      const last = sample.slice(sample.lastIndexOf('/') + 1);
      const name = last.startsWith('.') ? `h${last}` : last;
      if (!SCRIPT_FILE_NAME.test(name)) continue;
      if (!found.includes(name)) found.push(name);
      // The sample past its first segment too: Nextcloud's `.+/richdocumentscode/proxy\.php` takes
      // `/config/config.php/richdocumentscode/proxy.php`, never `…/config.php/proxy.php`.
      const rest = sample.slice(sample.indexOf('/', 1) + 1);
      if (sample.indexOf('/', 1) > 0 && rest !== name && !found.includes(rest)) found.push(rest);
    }
    names = found;
    if (scriptNamesByPattern.size > 2048) scriptNamesByPattern.clear();
    scriptNamesByPattern.set(key, names);
  }
  return names;
}
