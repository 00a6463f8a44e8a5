import type { FormatId } from './types.ts';

/**
 * Which language a file is, from its path and, for the ambiguous `*.conf`, its first bytes.
 * Implements DESIGN.md "Files and languages"; the discovery of a workspace audit and the
 * language server both call it, so the editor and the CLI lint the same files.
 *
 * Directory hints look at every ancestor in the path given: callers pass absolute paths.
 */

/** How many characters of a file `readHead` is expected to return. */
export const SNIFF_LENGTH = 8192;

export type ServerConfigFormat = 'nginx' | 'apache';

const SYMFONY_FILE_NAMES = new Set(['security', 'framework', 'monolog']);
const COMPOSE_FILE = /^(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/;
const SERVICES_FILE = /^services[^/]*\.ya?ml$/;
/** `.env.local.php` is what `composer dump-env` writes: PHP code, not a dotenv file. */
const DOTENV_PHP = /\.php$/;
/** Documentation, code and editor files that sit beside the sites without being one. */
const NOT_A_SITE = /\.(?:md|markdown|txt|rst|html?|json|ya?ml|xml|php|sh|py|js|swp)$|~$/;

export function detectFormat(path: string, readHead?: () => string | undefined): FormatId | undefined {
  const segments = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s.length > 0);
  const name = (segments.pop() ?? '').toLowerCase();
  const dirs = segments.map((s) => s.toLowerCase());
  if (name === '') return undefined;

  const dotenv = detectDotenv(name);
  if (dotenv) return dotenv;
  if (name === '.htaccess' || name === 'httpd.conf' || name === 'apache2.conf') return 'apache';
  if (name === 'nginx.conf' || name.endsWith('.nginx') || name.endsWith('.nginxconf')) return 'nginx';
  if (isShellFile(name)) return 'shell';
  if (name.endsWith('.yaml') || name.endsWith('.yml'))
    return isSymfonyYaml(name, dirs) ? 'symfony' : undefined;
  // ServerPilot includes an app's `*.ssl_conf` into its HTTPS server and `*.nonssl_conf` into its
  // HTTP one (`/etc/nginx-sp/vhosts.d/<app>.d/`): configuration like any `.conf`.
  // FASTPANEL includes a site's own directives from `fastpanel2-sites/<user>/<site>.includes`.
  if (
    name.endsWith('.conf') ||
    name.endsWith('.ssl_conf') ||
    name.endsWith('.nonssl_conf') ||
    name.endsWith('.includes')
  )
    return detectConf(dirs, readHead);
  const parent = dirs[dirs.length - 1];
  // The nginx Docker image renders `/etc/nginx/templates/*.template` with envsubst into conf.d/
  // (`default.conf.template` becomes `conf.d/default.conf`) when the container starts.
  if (name.endsWith('.conf.template') && parent === 'templates') return detectConf(dirs, readHead);
  // Debian's nginx layout names sites without `.conf` (`sites-enabled/default`, `example.org`):
  // there only a server block or a virtual host counts, never a guess from loose statements.
  // SpinupWP keeps each site in a folder of its own: `sites-available/<site>/<site>`.
  const grandparent = dirs[dirs.length - 2];
  const siteFolder =
    parent === 'sites-available' ||
    parent === 'sites-enabled' ||
    ((grandparent === 'sites-available' || grandparent === 'sites-enabled') && parent === name);
  if (siteFolder && !NOT_A_SITE.test(name)) {
    const head = readHead?.();
    return head === undefined ? undefined : sniffServerConfig(head, { blocksOnly: true });
  }
  // nginx-proxy (and EasyEngine on it) reads `vhost.d/<host>` and `vhost.d/<host>_location` into the
  // server of that host: bare directives (`add_header …;`), named by the host, without `.conf`.
  if (parent === 'vhost.d' && !NOT_A_SITE.test(name)) {
    const head = readHead?.();
    return head === undefined ? undefined : nginxOnly(sniffServerConfig(head));
  }
  return undefined;
}

function detectDotenv(name: string): FormatId | undefined {
  if (name === '.env') return 'dotenv';
  if (name.startsWith('.env.')) return DOTENV_PHP.test(name) ? undefined : 'dotenv';
  if (name.length > 4 && name.endsWith('.env')) return 'dotenv';
  return undefined;
}

/** An nginx verdict, nothing else: a folder only nginx reads is never Apache's. */
function nginxOnly(format: ServerConfigFormat | undefined): FormatId | undefined {
  return format === 'nginx' ? 'nginx' : undefined;
}

function isShellFile(name: string): boolean {
  return (
    name.endsWith('.sh') ||
    name.startsWith('dockerfile') ||
    name === 'makefile' ||
    name === 'gnumakefile' ||
    name === 'composer.json' ||
    COMPOSE_FILE.test(name)
  );
}

function isSymfonyYaml(name: string, dirs: readonly string[]): boolean {
  const base = name.replace(/\.ya?ml$/, '');
  if (SYMFONY_FILE_NAMES.has(base)) return true;
  for (let i = 0; i + 1 < dirs.length; i++) {
    if (dirs[i] === 'config' && dirs[i + 1] === 'packages') return true;
  }
  return dirs[dirs.length - 1] === 'config' && SERVICES_FILE.test(name);
}

function detectConf(
  dirs: readonly string[],
  readHead: (() => string | undefined) | undefined,
): FormatId | undefined {
  // The nearest server directory wins: `/etc/apache2/…` is Apache even inside a repo called nginx/.
  // Only a near one counts: server configurations sit at most a few folders below it
  // (`nginx/conf.d/`, `nginx/sites-available/`, `nginx/snippets/php/`), while an application
  // tree deep below a folder that happens to be named nginx/ holds other programs' `.conf` files
  // (a Cacti plugin's `configs/core.conf`).
  for (let i = dirs.length - 1; i >= 0 && i >= dirs.length - SERVER_DIR_DEPTH; i--) {
    const dir = dirs[i];
    // Hosting panels' own builds: RunCloud's `/etc/nginx-rc/`, ServerPilot's `/etc/nginx-sp/`.
    if (dir === 'nginx' || dir === 'nginx-rc' || dir === 'nginx-sp') return 'nginx';
    if (dir === 'apache2' || dir === 'httpd') return 'apache';
  }
  const parent = dirs[dirs.length - 1] ?? '';
  if (parent === 'snippets') return 'nginx';
  if (parent.startsWith('conf-') || parent.startsWith('mods-')) return 'apache';
  // Both servers use these directories (Debian's layouts, the nginx Docker image's conf.d/).
  if (parent === 'sites-available' || parent === 'sites-enabled' || parent === 'conf.d') {
    const head = readHead?.();
    if (head === undefined) return 'nginx';
    // Another program's `conf.d/` of assignments is neither server's.
    return sniffServerConfig(head) ?? (onlyForeignStatements(head) ? undefined : 'nginx');
  }
  if (parent.startsWith('sites-')) return 'apache';
  return sniff(readHead);
}

/** How many folders above a `.conf` file a server's directory (`nginx/`, `apache2/`) is looked for. */
const SERVER_DIR_DEPTH = 3;

function sniff(readHead: (() => string | undefined) | undefined): ServerConfigFormat | undefined {
  const head = readHead?.();
  return head === undefined ? undefined : sniffServerConfig(head);
}

const NGINX_BLOCK = /^(?:http|events|stream|mail|types|server)\s*\{/;
const NGINX_NAMED_BLOCK = /^(?:location|upstream|map|geo|split_clients|limit_except|if)\b[^;]*\{$/;
const APACHE_SECTION =
  /^<\/?(?:VirtualHost|Directory|DirectoryMatch|Files|FilesMatch|Location|LocationMatch|IfModule|IfDefine|IfVersion|IfFile|Proxy|ProxyMatch|Limit|LimitExcept|If|ElseIf|Else|RequireAll|RequireAny|RequireNone|Macro)\b/i;
const APACHE_CORE_DIRECTIVE = /^(?:LoadModule|ServerName|ServerAlias|ServerRoot|ServerAdmin|DocumentRoot)\s/;
const NGINX_DIRECTIVE = /^[a-z][a-z0-9_]*(?:\s|;|$)/;
const APACHE_DIRECTIVE = /^[A-Z][A-Za-z0-9]*(?:\s|$)/;
const TRAILING_COMMENT = /\s#.*$/;
/**
 * A statement of neither server: an assignment (`server.document-root = "/www"`, `key = value`,
 * lighttpd's `server.modules += (…)`) or a lighttpd condition (`$HTTP["url"] =~ "^/var-" {`).
 */
const FOREIGN_STATEMENT = /^(?:[A-Za-z][\w.-]*\s*[+:]?=(?!~)|\$(?:HTTP|SERVER|PHYSICAL|REQUEST_HEADER)\[)/;

/**
 * Tells an nginx config from an Apache one by its content. Blocks (`server {`, `location … {`)
 * and sections (`<VirtualHost>`, `<IfModule>`, `LoadModule`) decide; a snippet with neither
 * is judged by its statements (unless `blocksOnly`): nginx ends them with `;` and names them in
 * snake_case, Apache names them in CamelCase without a terminator. Undefined when the text does
 * not say.
 */
export function sniffServerConfig(
  text: string,
  options: { blocksOnly?: boolean } = {},
): ServerConfigFormat | undefined {
  const { strongNginx, strongApache, weakNginx, weakApache, foreign } = tally(text);
  if (strongNginx > 0 || strongApache > 0) {
    if (strongNginx > strongApache) return 'nginx';
    if (strongApache > strongNginx) return 'apache';
  }
  if (options.blocksOnly) return undefined;
  // Loose statements decide when they outnumber the others, the foreign ones included.
  if (weakNginx > 0 && weakNginx >= 2 * (weakApache + foreign)) return 'nginx';
  if (weakApache > 0 && weakApache >= 2 * (weakNginx + foreign)) return 'apache';
  return undefined;
}

/**
 * Whether every statement of the text is another program's (assignments, lighttpd conditions):
 * ZoneMinder's `/etc/zm/conf.d/*.conf` hold `ZM_PATH_ZMS=/zm/cgi-bin/nph-zms` lines, in a
 * `conf.d/` like nginx's.
 */
function onlyForeignStatements(text: string): boolean {
  const { strongNginx, strongApache, weakNginx, weakApache, foreign } = tally(text);
  return foreign > 0 && strongNginx + strongApache + weakNginx + weakApache === 0;
}

interface Tally {
  strongNginx: number;
  strongApache: number;
  weakNginx: number;
  weakApache: number;
  foreign: number;
}

/** The statements of the text's head, by the server whose syntax they follow. */
function tally(text: string): Tally {
  const head = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
  const counts: Tally = { strongNginx: 0, strongApache: 0, weakNginx: 0, weakApache: 0, foreign: 0 };
  for (const rawLine of head.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const statement = line.replace(TRAILING_COMMENT, '').trimEnd();
    const terminated = statement.endsWith(';') || statement.endsWith('{') || statement.endsWith('}');
    if (NGINX_BLOCK.test(statement) || NGINX_NAMED_BLOCK.test(statement)) counts.strongNginx++;
    else if (APACHE_SECTION.test(statement)) counts.strongApache++;
    else if (!terminated && APACHE_CORE_DIRECTIVE.test(statement)) counts.strongApache++;
    else if (FOREIGN_STATEMENT.test(statement)) counts.foreign++;
    // A lone `}` closes a block of any brace language (lighttpd's, HAProxy's): no vote.
    else if (statement !== '}' && terminated && NGINX_DIRECTIVE.test(statement)) counts.weakNginx++;
    else if (!terminated && APACHE_DIRECTIVE.test(statement)) counts.weakApache++;
  }
  return counts;
}
