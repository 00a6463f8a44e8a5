/**
 * The quick fixes of group C's rules (the core hardening rules), proven by the real nginx: each
 * fixture is a valid configuration with one flaw; after the rule's fix, `nginx -t` (Debian's
 * nginx, with a test certificate made by openssl) must accept it, and a new lint with every
 * nginx rule must find the flaw gone and nothing that was not there before.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULES } from '../../rules/index.ts';
import { headerInheritance } from '../../rules/nginx/header-inheritance.ts';
import { hstsMissing } from '../../rules/nginx/hsts-missing.ts';
import { hostSpoofing } from '../../rules/nginx/host-spoofing.ts';
import { hstsWeak } from '../../rules/nginx/hsts-weak.ts';
import { httpSplitting } from '../../rules/nginx/http-splitting.ts';
import { httpWithoutRedirect } from '../../rules/nginx/http-without-redirect.ts';
import { loginRateLimit } from '../../rules/nginx/login-rate-limit.ts';
import { phpSourceExposed } from '../../rules/nginx/php-source-exposed.ts';
import { privatePathsExposed } from '../../rules/nginx/private-paths-exposed.ts';
import { proxyHeaderInheritance } from '../../rules/nginx/proxy-header-inheritance.ts';
import { setCookieInsecure } from '../../rules/nginx/set-cookie-insecure.ts';
import { phpAnyFile } from '../../rules/nginx/php-any-file.ts';
import { securityHeadersMissing } from '../../rules/nginx/security-headers-missing.ts';
import { uploadExecution } from '../../rules/nginx/upload-execution.ts';
import { defaultConfig } from '../../server/src/engine/config-types.ts';
import { Linter } from '../../server/src/engine/linter.ts';
import type { AnyRule } from '../../server/src/engine/rule.ts';
import type { Finding } from '../../server/src/engine/types.ts';
import { FORMATS } from '../../server/src/formats/index.ts';
import { applyRuleFixes, TEST_ROOT, type RuleTestCase } from '../helpers/rule-tester.ts';
import { MemoryWorkspace } from '../helpers/memory-workspace.ts';
import { nginxCheckSkipReason, nginxTest } from './nginx-harness.ts';

const SITE = 'etc/nginx/sites-available/app.conf';
const MAIN = 'etc/nginx/nginx.conf';

interface FixCheck extends RuleTestCase {
  name: string;
}

const TLS = [
  '    listen 8443 ssl;',
  '    server_name app.example.com;',
  '    ssl_certificate /etc/ssl/certs/app.pem;',
  '    ssl_certificate_key /etc/ssl/private/app.key;',
].join('\n');

const HEADERS = [
  '    add_header X-Content-Type-Options nosniff always;',
  '    add_header X-Frame-Options SAMEORIGIN always;',
  '    add_header Referrer-Policy strict-origin-when-cross-origin always;',
].join('\n');

const PHP = [
  '    location ~ \\.php$ {',
  '        try_files $uri =404;',
  '        fastcgi_pass 127.0.0.1:9000;',
  '        include fastcgi_params;',
  '        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
  '    }',
].join('\n');

const FASTCGI_PARAMS =
  'fastcgi_param QUERY_STRING $query_string;\nfastcgi_param REQUEST_METHOD $request_method;\n';

const CASES: [AnyRule, FixCheck[]][] = [
  [
    hstsMissing,
    [
      {
        name: 'a TLS server without HSTS',
        code: `server {\n${TLS}\n    root /var/www/app/public;\n}\n`,
      },
      {
        name: 'a location drops the server HSTS',
        code: `server {\n${TLS}\n    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;\n    location /downloads/ {\n        add_header Content-Disposition attachment;\n    }\n}\n`,
      },
      {
        name: 'nginx.conf: headers inherited from http are copied into the server with HSTS',
        path: MAIN,
        code: `events {}\nhttp {\n    add_header X-Frame-Options DENY always;\n    server {\n${TLS.replace(/^/gm, '    ')}\n        location /assets/ {\n            add_header Cache-Control public;\n        }\n    }\n}\n`,
      },
      {
        name: 'a server on one line',
        code: 'server { listen 8443 ssl; ssl_certificate /etc/ssl/a.pem; ssl_certificate_key /etc/ssl/a.key; root /srv; }\n',
      },
    ],
  ],
  [
    hstsWeak,
    [
      {
        name: 'short max-age without always',
        code: `server {\n${TLS}\n    add_header Strict-Transport-Security max-age=16070400;\n}\n`,
      },
      {
        name: 'preload kept, always added',
        code: `server {\n${TLS}\n    add_header Strict-Transport-Security "max-age=63072000; preload";\n}\n`,
      },
    ],
  ],
  [
    headerInheritance,
    [
      {
        name: 'a location that adds Cache-Control',
        code: `server {\n    listen 8080;\n${HEADERS}\n    location ~* \\.(css|js)$ {\n        add_header Cache-Control "public, max-age=31536000";\n    }\n}\n`,
      },
      {
        name: 'an if block inside a location',
        code: `server {\n    listen 8080;\n${HEADERS}\n    location / {\n        if ($request_method = OPTIONS) {\n            add_header Access-Control-Allow-Origin "*";\n            return 204;\n        }\n    }\n}\n`,
      },
      {
        name: 'the headers come from an included snippet',
        code: 'server {\n    listen 8080;\n    include snippets/security-headers.conf;\n    location /static/ {\n        add_header Cache-Control public;\n    }\n}\n',
        files: { 'etc/nginx/snippets/security-headers.conf': HEADERS.replace(/^ {4}/gm, '') + '\n' },
      },
    ],
  ],
  [
    securityHeadersMissing,
    [
      {
        name: 'a server without any header, with a location that declares one',
        code: `server {\n${TLS}\n    root /srv;\n    location /api/ {\n        add_header Cache-Control no-store;\n    }\n}\n`,
      },
      {
        name: 'wrong values rewritten',
        code: `server {\n${TLS}\n    add_header X-Frame-Options "ALLOW-FROM https://a.example";\n    add_header X-Content-Type-Options nosniff;\n    add_header Referrer-Policy unsafe-url;\n}\n`,
      },
      {
        name: 'the Chamilo preset adds X-XSS-Protection',
        code: `server {\n${TLS}\n${HEADERS}\n}\n`,
        config: { presets: ['chamilo'] },
      },
    ],
  ],
  [
    phpAnyFile,
    [
      {
        name: 'the tutorial PHP location',
        code: 'server {\n    listen 8080;\n    root /srv;\n    location ~ \\.php$ {\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n}\n',
        files: { 'etc/nginx/fastcgi_params': FASTCGI_PARAMS },
      },
      {
        name: 'with fastcgi_split_path_info',
        code: 'server {\n    listen 8080;\n    root /srv;\n    location ~ [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        fastcgi_pass 127.0.0.1:9000;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        fastcgi_param PATH_INFO $fastcgi_path_info;\n    }\n}\n',
      },
    ],
  ],
  [
    uploadExecution,
    [
      {
        name: 'a plain upload prefix before the PHP location',
        code: `server {\n    listen 8080;\n    root /var/www/app;\n    location /uploads/ {\n        expires 30d;\n    }\n${PHP}\n}\n`,
        files: { 'etc/nginx/fastcgi_params': FASTCGI_PARAMS },
      },
      {
        name: 'Drupal sites/*/files found in the workspace',
        code: `server {\n    listen 8080;\n    root /var/www/drupal/web;\n${PHP}\n}\n`,
        files: { 'etc/nginx/fastcgi_params': FASTCGI_PARAMS, 'web/sites/default/files/a.txt': '' },
      },
      {
        name: "Chamilo's course rewrite into app/courses",
        code: `server {\n    listen 8080;\n    root /var/www/chamilo;\n    location / {\n        rewrite ^/courses/([^/]+)/(.*)$ /app/courses/$1/$2 last;\n        try_files $uri $uri/ /index.php$is_args$args;\n    }\n${PHP}\n}\n`,
        files: { 'etc/nginx/fastcgi_params': FASTCGI_PARAMS },
      },
    ],
  ],
  [
    httpWithoutRedirect,
    [
      {
        name: 'a plain server with content',
        code: 'server {\n    listen 8080;\n    server_name example.com;\n    root /var/www/app/public;\n}\n',
      },
      {
        name: "certbot's host test in the port's default server, the site below it",
        code: 'server {\n    if ($host = example.com) {\n        return 301 https://$host$request_uri;\n    }\n    listen 8080;\n    server_name example.com;\n    root /var/www/app/public;\n}\n',
      },
      {
        name: 'HTTP and HTTPS in one server',
        code: `server {\n    listen 8080;\n${TLS}\n    root /srv;\n}\n`,
      },
      {
        name: 'an ACME location kept on HTTP',
        code: 'server {\n    listen 8080;\n    root /srv;\n    location ^~ /.well-known/acme-challenge/ {\n        default_type text/plain;\n    }\n}\n',
      },
      {
        name: "a rewrite … last before the server's redirect",
        code: 'server {\n    listen 8080;\n    root /srv;\n    rewrite ^/api/?(.*)$ /dispatcher.php?url=$1 last;\n    return 301 https://$host$request_uri;\n    location ~ \\.php$ {\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n',
      },
    ],
  ],
  [
    phpSourceExposed,
    [
      {
        name: 'a front controller location only: the other scripts of the tree are sent as files',
        code: 'server {\n    listen 8080;\n    root /var/www/app/public;\n    location / {\n        try_files $uri $uri/ /index.php$is_args$args;\n    }\n    location ~ ^/index\\.php(/|$) {\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi_params;\n        internal;\n    }\n}\n',
        files: {
          'etc/nginx/fastcgi_params': FASTCGI_PARAMS,
          'var/www/app/public/index.php': '<?php\n',
          'var/www/app/public/config.php': '<?php\n',
        },
      },
      {
        name: "CloudPanel's loopback backend, proxied to by the public server",
        code: 'server {\n    listen 8080;\n    root /var/www/app/public;\n    location / {\n        proxy_pass http://127.0.0.1:8081;\n    }\n}\nserver {\n    listen 127.0.0.1:8081;\n    root /var/www/app/public;\n    try_files $uri $uri/ /index.php?$args;\n    location ~ ^/index\\.php(/|$) {\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi_params;\n        internal;\n    }\n}\n',
        files: {
          'etc/nginx/fastcgi_params': FASTCGI_PARAMS,
          'var/www/app/public/index.php': '<?php\n',
          'var/www/app/public/config.php': '<?php\n',
        },
      },
      {
        name: 'no PHP location: the fallback script is sent as a file',
        code: 'server {\n\tlisten 8080;\n\troot /var/www/app/public;\n\tlocation / {\n\t\ttry_files $uri /index.php?$query_string;\n\t}\n}\n',
      },
    ],
  ],
  [
    privatePathsExposed,
    [
      {
        name: 'a public root without denies',
        code: 'server {\n    listen 8080;\n    root /var/www/app/public;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
      },
      {
        name: 'an application root that runs PHP',
        code: `server {\n    listen 8080;\n    root /var/www/chamilo;\n${PHP}\n}\n`,
        files: { 'etc/nginx/fastcgi_params': FASTCGI_PARAMS },
      },
      {
        name: "Drupal's private files and CiviCRM's uploads inside the root",
        code: 'server {\n    listen 8080;\n    root /var/www/drupal/web;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
        files: {
          'var/www/drupal/web/sites/default/files/private/webform/42/scan.jpg': '',
          'var/www/drupal/web/sites/default/files/civicrm/upload/import.csv': '',
        },
      },
      {
        name: "a WordPress network's sub-site CiviCRM uploads",
        code: 'server {\n    listen 8080;\n    root /var/www/wp;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
        files: {
          'var/www/wp/index.php': '<?php\n',
          'var/www/wp/wp-content/uploads/sites/2/civicrm/custom/passport_9b2e.jpg': '',
          'var/www/wp/wp-content/uploads/sites/2/civicrm/upload/donors.csv': '',
        },
      },
      {
        name: "WooCommerce's downloadable products",
        code: 'server {\n    listen 8080;\n    root /var/www/wp;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
        files: {
          'var/www/wp/index.php': '<?php\n',
          'var/www/wp/wp-content/uploads/woocommerce_uploads/2025/11/ebook.pdf': '',
        },
      },
      {
        name: "an application root with Symfony's SQLite database in var/",
        code: 'server {\n    listen 8080;\n    root /var/www/symfony;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
        files: { 'var/www/symfony/composer.json': '{}', 'var/www/symfony/var/data.db': '' },
      },
      {
        name: "an application root with Symfony's JWT private key and file sessions",
        code: 'server {\n    listen 8080;\n    root /var/www/symfony;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
        files: {
          'var/www/symfony/composer.json': '{}',
          'var/www/symfony/config/jwt/private.pem': '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n',
          'var/www/symfony/var/sessions/prod/sess_4b1e0c9d2f7a': '',
        },
      },
      {
        name: "an editor's copy of WordPress's settings script, and an admin's of an include",
        code: 'server {\n    listen 8080;\n    root /var/www/blog;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
        files: {
          'var/www/blog/wp-config.php': '<?php\n',
          'var/www/blog/wp-config.php~': '<?php\n',
          'var/www/blog/includes/settings.inc.orig': '',
        },
      },
      {
        name: "OpenMage's app/etc/local.xml beside a settings file of a config/ folder",
        code: 'server {\n    listen 8080;\n    root /var/www/shop;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
        files: {
          'var/www/shop/app/etc/local.xml': '<config/>\n',
          'var/www/shop/app/Mage.php': '<?php\n',
          'var/www/shop/config/app.ini': '',
        },
      },
      {
        name: 'a regex alias location that maps the rest of the path onto an application folder',
        code: 'server {\n    listen 8080;\n    root /var/www/site;\n    location ~ ^/private/(.*)$ {\n        alias /var/www/app/$1;\n    }\n}\n',
        files: { 'var/www/app/composer.json': '{}\n', 'var/www/app/index.php': '<?php\n' },
      },
      {
        name: "selfoss's config.ini at the root",
        code: 'server {\n    listen 8080;\n    root /var/www/selfoss;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
        files: { 'var/www/selfoss/config.ini': '[globals]\n', 'var/www/selfoss/index.php': '<?php\n' },
      },
      {
        name: "HTMLy's settings files in the root's config/",
        code: 'server {\n    listen 8080;\n    root /var/www/htmly;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
        files: { 'var/www/htmly/config/users/admin.ini': '', 'var/www/htmly/config/config.ini': '' },
      },
      {
        name: 'a ^~ alias location that the server’s regex denies never see',
        code: 'server {\n    listen 8080;\n    root /var/www/site/public;\n    location ~ /\\.(?!well-known/) {\n        deny all;\n    }\n    location ~* \\.(log|sql|bak)$ {\n        deny all;\n    }\n    location ^~ /webmail/ {\n        alias /var/www/roundcube/;\n        location = /webmail/index.php {\n            fastcgi_pass 127.0.0.1:9000;\n            include fastcgi_params;\n            fastcgi_param SCRIPT_FILENAME /var/www/roundcube/index.php;\n        }\n    }\n}\n',
        files: { 'etc/nginx/fastcgi_params': FASTCGI_PARAMS },
      },
    ],
  ],
  [
    proxyHeaderInheritance,
    [
      {
        name: 'a websocket location',
        code: 'server {\n    listen 8080;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-Proto $scheme;\n    location /ws/ {\n        proxy_set_header Upgrade $http_upgrade;\n        proxy_set_header Connection upgrade;\n        proxy_pass http://127.0.0.1:3000;\n    }\n}\n',
      },
    ],
  ],
  [
    setCookieInsecure,
    [
      {
        name: 'add_header Set-Cookie, proxy_cookie_flags and PHP_VALUE',
        code: 'server {\n    listen 8080;\n    add_header Set-Cookie "lang=en; Path=/";\n    location / {\n        proxy_cookie_flags PHPSESSID nosecure;\n        proxy_pass http://127.0.0.1:3000;\n    }\n    location ~ \\.php$ {\n        fastcgi_param PHP_VALUE "session.cookie_secure=0\\nsession.cookie_samesite=None";\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n',
      },
    ],
  ],
  [
    loginRateLimit,
    [
      {
        name: 'a sites file',
        code: 'server {\n    listen 8080;\n    root /srv;\n    location = /login {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
        config: { presets: ['strict'] },
      },
      {
        name: 'nginx.conf',
        path: MAIN,
        code: 'events {}\nhttp {\n    server {\n        listen 8080;\n        location /user/login {\n            proxy_pass http://127.0.0.1:3000;\n        }\n    }\n}\n',
        config: { presets: ['strict'] },
      },
    ],
  ],
  [
    httpSplitting,
    [
      {
        name: 'a redirect with $uri',
        code: 'server {\n    listen 8080;\n    return 301 https://$host$uri$is_args$args;\n}\n',
      },
    ],
  ],
  [
    hostSpoofing,
    [
      {
        name: 'the raw Host header',
        code: 'server {\n    listen 8080;\n    location / {\n        proxy_set_header Host $http_host;\n        proxy_pass http://127.0.0.1:3000;\n    }\n}\n',
      },
    ],
  ],
];

const formatRules = ALL_RULES.filter((r) => r.meta.format === 'nginx');

function lintAll(c: FixCheck, text: string): Finding[] {
  const relative = c.path ?? SITE;
  const workspace = new MemoryWorkspace(TEST_ROOT, { ...c.files, [relative]: text });
  const config = { ...defaultConfig(), ...c.config };
  return new Linter(formatRules, FORMATS).lint(
    { path: `${TEST_ROOT}/${relative}`, text, format: 'nginx' },
    { config, workspace },
  ).findings;
}

/** Files the configuration reads, relative to the nginx prefix (what its includes name). */
function nginxFiles(c: FixCheck): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [p, text] of Object.entries(c.files ?? {}))
    if (p.startsWith('etc/nginx/')) out[p.slice(10)] = text;
  return out;
}

const key = (f: Finding) => `${f.ruleId}\u0000${f.message}`;
const skip = nginxCheckSkipReason();

describe('group C fixes pass nginx -t', { skip }, () => {
  for (const [rule, cases] of CASES) {
    describe(rule.meta.id, () => {
      for (const c of cases) {
        test(c.name, () => {
          const files = nginxFiles(c);
          const before = nginxTest(c.code, { files });
          assert.ok(
            before.ok,
            `the unfixed configuration must be valid:\n${before.output}\n${before.config}`,
          );
          const findingsBefore = lintAll(c, c.code);
          assert.ok(
            findingsBefore.some((f) => f.ruleId === rule.meta.id),
            `${rule.meta.id} must fire on the fixture`,
          );

          const fixed = applyRuleFixes(rule, c, c.code);
          assert.ok(fixed.fixed, 'expected a fix');
          const after = nginxTest(fixed.text, { files });
          assert.ok(
            after.ok,
            `nginx -t failed on the fixed configuration:\n${after.output}\n--- config ---\n${after.config}`,
          );

          const findingsAfter = lintAll(c, fixed.text);
          // Findings without a fix (the CSP advice) may stay; every fixed one must be gone.
          const unfixable = new Set(
            findingsBefore.filter((f) => f.ruleId === rule.meta.id && !f.fix).map(key),
          );
          const still = findingsAfter.filter((f) => f.ruleId === rule.meta.id && !unfixable.has(key(f)));
          assert.deepEqual(
            still.map((f) => f.message),
            [],
            'the finding is gone',
          );
          const known = new Set(findingsBefore.map(key));
          const fresh = findingsAfter.filter((f) => !known.has(key(f)));
          assert.deepEqual(
            fresh.map((f) => `${f.ruleId}: ${f.message}`),
            [],
            'no new finding',
          );
        });
      }
    });
  }
});
