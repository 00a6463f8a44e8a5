import { defineRule } from '../../server/src/engine/rule.ts';
import { childrenOf, type Directive, type NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { locationParts, regexUsagesOf } from '../../server/src/formats/nginx/semantics-regex-sources.ts';
import { literalStart } from '../../server/src/formats/nginx/semantics-regex-shape.ts';

/** Directories whose whole content must never be served (and their ancestors: `/`, `/var`, `/usr`). */
const SYSTEM_DIRS = new Set([
  '/',
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/home',
  '/lib',
  '/lib32',
  '/lib64',
  '/media',
  '/mnt',
  '/opt',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/srv',
  '/sys',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/lib',
  '/usr/local',
  '/usr/sbin',
  '/usr/share',
  '/var',
  '/var/backups',
  '/var/cache',
  '/var/lib',
  '/var/log',
  '/var/mail',
  '/var/run',
  '/var/spool',
  '/var/tmp',
]);

/** Directories nothing below which may be served: configuration, secrets, kernel views, logs, sessions. */
const SENSITIVE_TREES = [
  '/etc/',
  '/root/',
  '/proc/',
  '/sys/',
  '/boot/',
  '/dev/',
  '/var/log/',
  '/var/lib/php/',
  '/run/secrets/',
];

/**
 * nginx's own default root when built with the prefix `/etc/nginx` (the official Docker image, and
 * nginx-proxy's on it): `html/` there holds its welcome and error pages, nothing of `/etc`
 * (blind case easyengine: nginx-proxy's default server, `root /etc/nginx/html;`).
 */
const NGINX_HTML = '/etc/nginx/html/';

/** The path without repeated or trailing slashes (`//etc/` → `/etc`), or undefined when it has variables or is relative. */
function normalised(path: string): string | undefined {
  if (!path.startsWith('/') || path.includes('$')) return undefined;
  const collapsed = path.replace(/\/{2,}/g, '/').replace(/\/\.(?=\/|$)/g, '');
  if (collapsed.split('/').includes('..')) return undefined;
  // Slashes are single here: at most one trailing one to drop.
  return collapsed.length > 1 && collapsed.endsWith('/') ? collapsed.slice(0, -1) : collapsed;
}

/**
 * The directory a `root` really serves. nginx maps a request to root + URI, and a prefix or exact
 * location only takes URIs that begin with its prefix (regex locations nested in it too), so
 * `location ^~ /phpmyadmin/ { root /usr/share; }` serves /usr/share/phpmyadmin/ and nothing
 * else of /usr/share. Not when a `rewrite` of the block can change the URI first, nor in a named
 * location (any URI can be sent there). `alias` replaces the prefix: it is judged as written.
 */
function servedTree(directive: Directive, path: string): string {
  const block = directive.parent;
  if (directive.name !== 'root' || !block || rewritesUri(block)) return path;
  // Every location around the root narrows the URIs it sees; the longest certain start wins.
  let reached = '';
  for (let p: Directive | undefined = block; p; p = p.parent) {
    if (p.name !== 'location') continue;
    const parts = locationParts(p);
    if (!parts || parts.modifier === '@') return path;
    const start = certainStart(p, parts.modifier, parts.pattern);
    if (start.length > reached.length) reached = start;
    if (parts.modifier !== '~' && parts.modifier !== '~*') break;
  }
  return reached === '' ? path : (normalised(`${path}/${reached}`) ?? path);
}

/**
 * The directories every URI a location takes begins with. A prefix location takes any name that
 * begins with its prefix (`location /e` takes `/etc/passwd`): only the directories it ends with
 * are certain; an exact one takes one path. A regex anchored on a literal path (EGroupware's
 * `location ~ ^/egroupware/[^/]+\.php` with `root /usr/share`) takes URIs in that folder only.
 */
function certainStart(location: Directive, modifier: string, pattern: string): string {
  if (modifier === '=') return pattern;
  let start = pattern;
  if (modifier === '~' || modifier === '~*') {
    const parsed = regexUsagesOf(location)[0]?.parsed;
    start = (parsed?.root && literalStart(parsed.root)) ?? '';
  }
  return start.slice(0, start.lastIndexOf('/') + 1);
}

/** Whether the block is a location that only internal requests reach (`internal;`). */
function isInternal(block: Directive | undefined): boolean {
  return block?.name === 'location' && childrenOf(block).some((d) => d.name === 'internal');
}

/** Whether a `rewrite` of the block, or of an `if` in it, can change the URI before the file is read. */
function rewritesUri(block: Directive): boolean {
  return childrenOf(block).some((d) => d.name === 'rewrite' || (d.name === 'if' && rewritesUri(d)));
}

/**
 * `root /;`, `alias /etc/;`, `root /home;`: the location serves a system directory, so
 * `/etc/passwd`, `/proc/self/environ`, SSH keys or logs are one request away. Gixy-ng reports
 * `root /` (filesystem root exposure); the same holds for the system directories themselves
 * and for anything below `/etc`, `/root`, `/proc`, `/var/log`…
 */
export const filesystemRoot = defineRule<NginxFile>({
  meta: {
    id: 'nginx/filesystem-root',
    format: 'nginx',
    severity: 'error',
    title: '`root` and `alias` must not serve system directories',
    presets: ['recommended', 'strict'],
    messages: {
      root: '`{{directive}} {{path}}` serves the whole file system: any readable file, such as /etc/passwd, can be downloaded',
      system:
        "`{{directive}} {{path}}` serves a system directory: configuration, keys, logs or other users' files can be downloaded",
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    for (const directive of [
      ...fileDirectivesNamed(context.ast, 'root'),
      ...fileDirectivesNamed(context.ast, 'alias'),
    ]) {
      const arg = directive.args[0];
      const written = arg && normalised(arg.value);
      if (!arg || written === undefined) continue;
      const path = servedTree(directive, written);
      const withSlash = `${path}/`;
      // An `internal` location answers internal redirects only (`error_page`, X-Accel-Redirect):
      // eLabFTW's `location /error-pages/ { alias /etc/nginx/error-pages/; internal; }` serves its
      // pages to no request a client names. Not a whole system directory (`/etc`), which an
      // application's X-Accel-Redirect could still open file by file.
      if (isInternal(directive.parent) && !SYSTEM_DIRS.has(path)) continue;
      if (
        path !== '/' &&
        !SYSTEM_DIRS.has(path) &&
        (!SENSITIVE_TREES.some((tree) => withSlash.startsWith(tree)) || withSlash.startsWith(NGINX_HTML))
      )
        continue;
      context.report({
        messageId: path === '/' ? 'root' : 'system',
        data: { directive: directive.name, path: arg.value },
        range: arg.range,
      });
    }
  },
});
