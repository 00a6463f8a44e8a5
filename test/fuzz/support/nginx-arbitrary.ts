import fc from 'fast-check';
import { envelopeArbitrary, mutated } from './mutations.ts';

/**
 * nginx configurations built from nginx's grammar (directives, blocks, quoted and bare
 * arguments, comments) with the directives the rules look at and the values that make them
 * fire, then bent: missing `;`, unbalanced braces, escapes, CRLF, BOMs, deep nesting.
 */

export interface NginxNode {
  name: string;
  args: string[];
  /** undefined: a simple directive. */
  children?: NginxNode[];
  /** Raw text for `*_by_lua_block` bodies. */
  raw?: string;
  comment?: string;
  /** Drop the `;` (or the `}`): a syntax error nginx would refuse. */
  broken?: boolean;
}

/** Names of files the fuzzed workspace holds, for `include` (one is the document itself: a cycle). */
export const INCLUDE_TARGETS = [
  'snippets/headers.conf',
  'snippets/*.conf',
  '/ws/etc/nginx/snippets/php.conf',
  'sites-enabled/*',
  'conf.d/*.conf',
  'nginx.conf',
  'missing.conf',
  '/etc/passwd',
  '../../../../etc/shadow',
  '*',
];

const SIMPLE: Record<string, readonly string[]> = {
  listen: [
    '80',
    '443 ssl',
    '[::]:443 ssl http2',
    '443 quic reuseport',
    'unix:/run/x.sock',
    '8080 default_server',
    '*:80',
  ],
  server_name: ['example.com', '*.example.com www.example.com', '~^(?<sub>.+)\\.example\\.com$', '_', '""'],
  root: ['/var/www/html', '/', '/var/www/app/public', '$document_root', '/var/www/chamilo'],
  alias: ['/var/www/static/', '/data', '/var/www/files', '$1', '/srv/uploads/'],
  add_header: [
    'Strict-Transport-Security "max-age=31536000; includeSubDomains" always',
    'Strict-Transport-Security max-age=60',
    'X-Frame-Options SAMEORIGIN',
    'X-Content-Type-Options nosniff always',
    'Content-Type text/plain',
    'content-type "application/json; charset=utf-8"',
    '"X-Multi" "first\n        second"',
    "X-Multi 'a\r\n b'",
    'Set-Cookie "sid=1; Path=/"',
    'Access-Control-Allow-Origin $http_origin',
    'X-Uri $uri',
    'Content-Security-Policy "default-src \'self\'"',
  ],
  proxy_pass: [
    'http://backend',
    'http://$host$request_uri',
    'http://127.0.0.1:8080/',
    'http://backend$1',
    'https://$http_host',
    'http://u/$uri',
  ],
  proxy_set_header: [
    'Host $http_host',
    'Host $host',
    'X-Forwarded-For $proxy_add_x_forwarded_for',
    'X-Uri $uri',
  ],
  return: ['301 https://$host$request_uri', '403', '200 "ok"', '302 $uri', '444', '301 http://$1'],
  rewrite: ['^/(.*)$ /index.php?q=$1 last', '^ /x break', '^/old/(.*) /new/$1 permanent', '"^/a b" /c'],
  allow: ['127.0.0.1', 'all', '10.0.0.0/8', '::1'],
  deny: ['all', '192.168.0.1'],
  error_log: ['off', '/var/log/nginx/error.log warn', 'stderr', '/dev/null crit'],
  merge_slashes: ['off', 'on'],
  valid_referers: ['none blocked server_names', 'none', '~\\.google\\.', 'example.com *.example.org'],
  autoindex: ['on', 'off'],
  server_tokens: ['on', 'off', 'build'],
  user: ['root', 'www-data', 'nginx nginx'],
  ssl_protocols: ['TLSv1 TLSv1.1 TLSv1.2', 'TLSv1.2 TLSv1.3', 'SSLv3'],
  ssl_ciphers: ['HIGH:!aNULL:!MD5', 'RC4:DES', '"ECDHE-RSA-AES128-GCM-SHA256"'],
  ssl_certificate: ['/etc/ssl/certs/ssl-cert-snakeoil.pem', 'cert.pem'],
  try_files: ['$uri =404', '$uri $uri/ /index.php?$query_string', '$uri @fallback'],
  fastcgi_pass: ['unix:/run/php/php8.2-fpm.sock', '127.0.0.1:9000'],
  fastcgi_param: [
    'SCRIPT_FILENAME $document_root$fastcgi_script_name',
    'PHP_VALUE "session.cookie_secure=0"',
  ],
  include: INCLUDE_TARGETS,
  resolver: ['8.8.8.8', '127.0.0.53 valid=30s'],
  limit_req: ['zone=one burst=5'],
  set: ['$x "$1"', '$y $http_host', '$z ""'],
  expires: ['1d', 'max'],
  unknown_directive: ['x y z', ''],
  worker_processes: ['auto', '1'],
  keepalive_timeout: ['0', '65'],
  stub_status: [''],
  api: ['write=on'],
  ssl: ['on'],
  http2: ['on'],
  ssl_stapling: ['on'],
  ssl_ecdh_curve: ['X25519:prime256v1', 'auto'],
  add_header_inherit: ['merge', 'off'],
  proxy_cookie_flags: ['~ secure httponly samesite=strict', 'one nosecure'],
  limit_req_zone: ['$binary_remote_addr zone=one:10m rate=1r/s'],
  worker_connections: ['1024', '100000'],
  fastcgi_split_path_info: ['^(.+\\.php)(/.+)$'],
  index: ['index.php index.html'],
  error_page: ['404 /404.html', '500 502 =200 @fallback'],
  auth_basic: ['"Restricted"', 'off'],
  server_names_hash_bucket_size: ['64'],
};

const LOCATION_ARGS = [
  ['/'],
  ['=', '/exact'],
  ['~', '\\.php$'],
  ['~', '\\.php'],
  ['~*', '\\.(jpg|png|gif)$'],
  ['^~', '/static/'],
  ['~', '^/(a+)+$'],
  ['~', '^/(\\w*)*x$'],
  ['~', '(.*a){2,}'],
  ['~', '^/login$'],
  ['~', '('],
  ['~', '"^/quoted path$"'],
  ['@named'],
  ['/uploads'],
  ['/files/'],
  ['~', '^/(?<name>[^/]+)/(.+)$'],
  ['~', '/\\.(?!well-known)'],
  ['~', '^/api/(.*)'],
];

const IF_ARGS = [
  ['($host', '~*', '^www\\.(.+)$)'],
  ['(-f', '$request_filename)'],
  ['($http_origin', '~', '"https?://(www\\.)?example\\.com")'],
  ['($http_referer', '~', 'example.com)'],
  ['($request_method', '=', 'POST)'],
  ['($invalid_referer)'],
  ['($x'],
];

export const simpleDirective: fc.Arbitrary<NginxNode> = fc
  .constantFrom(...Object.keys(SIMPLE))
  .chain((name) =>
    fc.record({
      name: fc.constant(name),
      args: fc.constantFrom(...SIMPLE[name]!).map((a) => (a === '' ? [] : [a])),
      comment: fc.constantFrom(
        undefined,
        undefined,
        undefined,
        ' trailing comment',
        ' harden-disable-next-line',
      ),
      broken: fc.constantFrom(false, false, false, false, false, false, false, true),
    }),
  );

const BLOCKS: readonly { name: string; args: fc.Arbitrary<string[]> }[] = [
  { name: 'http', args: fc.constant([]) },
  { name: 'events', args: fc.constant([]) },
  { name: 'server', args: fc.constant([]) },
  { name: 'server', args: fc.constant([]) },
  { name: 'location', args: fc.constantFrom(...LOCATION_ARGS) },
  { name: 'location', args: fc.constantFrom(...LOCATION_ARGS) },
  { name: 'location', args: fc.constantFrom(...LOCATION_ARGS) },
  { name: 'if', args: fc.constantFrom(...IF_ARGS) },
  { name: 'upstream', args: fc.constant(['backend']) },
  { name: 'limit_except', args: fc.constant(['GET']) },
];

const dataBlock: fc.Arbitrary<NginxNode> = fc.record({
  name: fc.constantFrom('map', 'types', 'geo', 'split_clients'),
  args: fc.constantFrom(
    ['$host', '$backend'],
    [],
    ['$remote_addr', '$geo'],
    ['"${remote_addr}"', '$variant'],
  ),
  children: fc.array(
    fc.record({
      name: fc.constantFrom(
        'default',
        'hostnames',
        '~^/a',
        '"quoted key"',
        'text/html',
        '10.0.0.0/8',
        '50%',
        '*',
      ),
      args: fc.constantFrom([], ['1'], ['html htm'], ['"value with space"'], ['$uri']),
    }),
    { maxLength: 4 },
  ),
});

const rawBlock: fc.Arbitrary<NginxNode> = fc.record({
  name: fc.constantFrom('content_by_lua_block', 'access_by_lua_block', 'js_content'),
  args: fc.constant([]),
  raw: fc.constantFrom(
    ' ngx.say("}") ',
    ' local t = { a = "{" } ',
    ' -- comment }\n ',
    ' if x then return end ',
  ),
});

export const nginxTree: fc.Arbitrary<NginxNode[]> = fc.letrec<{ node: NginxNode; list: NginxNode[] }>(
  (tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 6, arbitrary: simpleDirective },
      {
        weight: 4,
        arbitrary: fc.constantFrom(...BLOCKS).chain((block) =>
          fc.record({
            name: fc.constant(block.name),
            args: block.args,
            children: tie('list'),
            broken: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
          }),
        ),
      },
      { weight: 1, arbitrary: dataBlock },
      { weight: 1, arbitrary: rawBlock },
    ),
    list: fc.array(tie('node'), { maxLength: 5 }),
  }),
).list;

interface Layout {
  eol: string;
  indent: string;
  oneLine: boolean;
}

function render(nodes: readonly NginxNode[], layout: Layout, depth: number): string {
  const pad = layout.oneLine ? '' : layout.indent.repeat(depth);
  const sep = layout.oneLine ? ' ' : layout.eol;
  return nodes
    .map((node) => {
      const head = [node.name, ...node.args].join(' ');
      const comment = node.comment !== undefined ? ` #${node.comment}${layout.eol}${pad}` : '';
      if (node.raw !== undefined) return `${pad}${head} {${node.raw}}`;
      if (node.children === undefined) return `${pad}${head}${node.broken ? '' : ';'}${comment}`;
      const body = render(node.children, layout, depth + 1);
      const close = node.broken ? '' : `${pad}}`;
      return `${pad}${head} {${sep}${body}${body ? sep : ''}${close}`;
    })
    .join(sep);
}

export function renderNginx(nodes: readonly NginxNode[], layout: Layout & { bom: boolean }): string {
  return (layout.bom ? '\uFEFF' : '') + render(nodes, layout, 0) + layout.eol;
}

const layoutArbitrary = fc.record({
  indent: fc.constantFrom('    ', '\t', '  ', ''),
  oneLine: fc.constantFrom(false, false, false, false, true),
});

/** Most real files are a sites file (servers) or a main config (http around servers). */
const server = (children: NginxNode[]): NginxNode => ({ name: 'server', args: [], children });

const nginxFile: fc.Arbitrary<NginxNode[]> = fc.oneof(
  nginxTree,
  fc.array(nginxTree.map(server), { minLength: 1, maxLength: 3 }),
  fc
    .tuple(fc.array(simpleDirective, { maxLength: 3 }), fc.array(nginxTree, { minLength: 1, maxLength: 3 }))
    .map(([main, servers]): NginxNode[] => [
      ...main,
      { name: 'events', args: [], children: [] },
      {
        name: 'http',
        args: [],
        children: servers.map(server),
      },
    ]),
);

/** A grammar-built nginx config, laid out in a random style and envelope. */
const treeText: fc.Arbitrary<string> = fc
  .tuple(nginxFile, layoutArbitrary, envelopeArbitrary)
  .map(([tree, layout, envelope]) => renderNginx(tree, { ...layout, eol: envelope.eol, bom: envelope.bom }));

/** `location / {` nested `depth` times, closed or not: the parser and every tree walk must not recurse out of stack. */
export function deeplyNested(depth: number, closed: boolean, name = 'location /'): string {
  const open = `${name} {\n`.repeat(depth);
  return `server {\n${open}return 200;\n${closed ? '}\n'.repeat(depth) + '}\n' : ''}`;
}

/** Directive lines that may or may not be there: each rule needs its own combination. */
const maybe = (...lines: string[]) => fc.constantFrom<string[]>([], lines);
const oneOf = (...lines: string[]) => fc.constantFrom(...lines).map((line) => [line]);

const scenarioLocation: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.constantFrom(
      '/',
      '/uploads/',
      '~ \\.php$',
      '~ ^/admin',
      '/api/',
      '= /login',
      '/nginx_status',
      '~* \\.(jpg|png)$',
    ),
    fc.array(
      fc.oneof(
        maybe('add_header X-Custom 1;'),
        maybe('add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;'),
        maybe('proxy_set_header X-Real-IP $remote_addr;'),
        maybe('allow 10.0.0.0/8;', 'deny all;'),
        maybe('allow 127.0.0.1;'),
        maybe('return 200 "ok";'),
        maybe('return 403;'),
        oneOf(
          'proxy_pass http://backend;',
          'proxy_pass http://backend/;',
          'proxy_pass http://backend$uri;',
          'proxy_pass http://$host$request_uri;',
        ),
        maybe('fastcgi_pass unix:/run/php/php-fpm.sock;', 'include fastcgi_params;'),
        maybe('try_files $uri =404;'),
        maybe('stub_status;'),
        maybe('alias /srv/app/uploads/;'),
        maybe('autoindex on;'),
        maybe('limit_req zone=one burst=5;'),
        maybe('expires 30d;'),
        maybe('proxy_set_header Upgrade $http_upgrade;'),
        maybe('if ($request_method = POST) {', '    return 405;', '}'),
      ),
      { maxLength: 4 },
    ),
  )
  .map(([pattern, bodies]) => [`location ${pattern} {`, ...bodies.flat().map((l) => `    ${l}`), '}']);

const scenarioServer: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.constantFrom(
      '80',
      '80 default_server',
      '443 ssl',
      '443 ssl default_server',
      '443 ssl http2',
      '443 quic',
      '443 quic reuseport',
      '[::]:443 ssl',
    ),
    fc.array(
      fc.oneof(
        oneOf('server_name example.com;', 'server_name www.example.com;', 'server_name _;'),
        oneOf(
          'ssl_certificate /etc/ssl/certs/ssl-cert-snakeoil.pem;',
          'ssl_certificate /ws/certs/expired.pem;',
          'ssl_certificate /etc/nginx/cert.pem;',
        ),
        maybe('ssl_stapling on;'),
        maybe('ssl_reject_handshake on;'),
        maybe('listen 443 quic;', 'listen 443 ssl;'),
        maybe('keepalive_requests 100;'),
        maybe('proxy_set_header X-Forwarded-Proto $scheme;'),
        maybe('resolver 8.8.8.8;'),
        maybe('http2 on;'),
        oneOf('root /var/www/html;', 'root /var/www/app;', 'root /;'),
        maybe(
          'add_header X-Frame-Options SAMEORIGIN always;',
          'add_header X-Content-Type-Options nosniff always;',
        ),
        maybe('add_header Strict-Transport-Security "max-age=600";'),
        maybe('proxy_set_header Host $http_host;'),
        maybe('return 301 https://$host$request_uri;'),
        maybe('server_tokens on;'),
        maybe('error_log off;'),
        scenarioLocation,
        scenarioLocation,
      ),
      { maxLength: 7 },
    ),
  )
  .map(([listen, bodies]) => [
    'server {',
    `    listen ${listen};`,
    ...bodies.flat().map((l) => `    ${l}`),
    '}',
  ]);

/** Main configs whose servers combine the directives the rules reason about (inheritance, listen sockets, access phases). */
export const nginxScenarioText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        maybe('user root;'),
        maybe('worker_processes 1;'),
        maybe('worker_rlimit_nofile 1024;'),
        oneOf('events { worker_connections 100000; }', 'events { worker_connections 512; }'),
      ),
      { maxLength: 3 },
    ),
    fc.array(
      fc.oneof(
        maybe('add_header X-Frame-Options DENY always;'),
        maybe('proxy_set_header Host $host;'),
        oneOf('keepalive_timeout 0;', 'keepalive_timeout 5;', 'keepalive_timeout 65;'),
        maybe('server_names_hash_bucket_size 32;'),
        maybe('limit_req_zone $binary_remote_addr zone=one:10m rate=1r/s;'),
        maybe('server_tokens off;'),
        maybe('merge_slashes off;'),
        maybe('upstream backend { server 127.0.0.1:8080; }'),
      ),
      { maxLength: 4 },
    ),
    fc.array(scenarioServer, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([main, http, servers, eol]) =>
    [...main.flat(), 'http {', ...[...http.flat(), ...servers.flat()].map((l) => `    ${l}`), '}', ''].join(
      eol,
    ),
  );

/** nginx configs from the grammar (random trees) or from server scenarios. */
export const nginxText: fc.Arbitrary<string> = fc.oneof(treeText, nginxScenarioText);

/** The same, then mutated at random places. */
export const mutatedNginxText: fc.Arbitrary<string> = mutated(nginxText);
