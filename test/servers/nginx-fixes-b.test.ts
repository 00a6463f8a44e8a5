/**
 * The quick fixes of group B's rules, applied by the engine to realistic configurations, must
 * give configurations the real `nginx -t` accepts (and the rule must then be silent).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultServer } from '../../rules/nginx/default-server.ts';
import { directoryListing } from '../../rules/nginx/directory-listing.ts';
import { http2MisdirectedRequest } from '../../rules/nginx/http2-misdirected-request.ts';
import { lowKeepalive } from '../../rules/nginx/low-keepalive.ts';
import { regexLocationBypass } from '../../rules/nginx/regex-location-bypass.ts';
import { runAsRoot } from '../../rules/nginx/run-as-root.ts';
import { satisfyAnyDeny } from '../../rules/nginx/satisfy-any-deny.ts';
import { serverTokens } from '../../rules/nginx/server-tokens.ts';
import { statusExposed } from '../../rules/nginx/status-exposed.ts';
import { weakTls } from '../../rules/nginx/weak-tls.ts';
import type { AnyRule } from '../../server/src/engine/rule.ts';
import { applyRuleFixes, type RuleTestCase } from '../helpers/rule-tester.ts';
import { nginxCheckSkipReason, nginxTest } from './nginx-harness.ts';

const MAIN = 'etc/nginx/nginx.conf';

/** A PHP location that splits path info and checks the script (as Debian's snippets/fastcgi-php.conf). */
const SPLIT_PHP =
  '    location ~ \\.php$ {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        try_files $fastcgi_script_name =404;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n';

interface FixCheck extends RuleTestCase {
  name: string;
}

const CASES: [AnyRule, FixCheck[]][] = [
  [
    weakTls,
    [
      {
        name: 'protocols and ciphers of a TLS server',
        code: [
          'server {',
          '    listen 127.0.0.1:8443 ssl;',
          '    ssl_certificate /etc/ssl/certs/app.pem;',
          '    ssl_certificate_key /etc/ssl/private/app.key;',
          '    ssl_protocols SSLv3 TLSv1 TLSv1.1 TLSv1.2;',
          '    ssl_ciphers "RC4:HIGH:!aNULL:!MD5";',
          '    ssl_prefer_server_ciphers on;',
          '}',
          '',
        ].join('\n'),
      },
      {
        name: 'http-level settings of nginx.conf',
        path: MAIN,
        code: [
          'events {}',
          'http {',
          '    ssl_protocols TLSv1 TLSv1.2;',
          '    ssl_ciphers ALL:!ADH:RC4+RSA:+HIGH:+MEDIUM;',
          '}',
          '',
        ].join('\n'),
      },
    ],
  ],
  [
    serverTokens,
    [
      {
        name: 'nginx.conf without server_tokens',
        path: MAIN,
        code: 'events {}\nhttp {\n    sendfile on;\n    server {\n        listen 127.0.0.1:8080;\n    }\n}\n',
      },
      {
        name: 'sites file read alone',
        code: 'server {\n    listen 127.0.0.1:8080;\n    location / {\n        server_tokens build;\n    }\n}\n',
      },
    ],
  ],
  [
    directoryListing,
    [
      {
        name: 'autoindex in a location',
        code: 'server {\n    listen 127.0.0.1:8080;\n    location /files/ {\n        autoindex on;\n    }\n}\n',
      },
    ],
  ],
  [
    runAsRoot,
    [
      {
        name: 'user root in nginx.conf',
        path: MAIN,
        code: 'user root root;\nworker_processes 1;\nevents {}\nhttp {}\n',
      },
    ],
  ],
  [
    statusExposed,
    [
      {
        name: 'stub_status in an open location',
        code: 'server {\n    listen 127.0.0.1:8080;\n    listen 8081;\n    location = /nginx_status {\n        stub_status;\n    }\n}\n',
      },
      {
        name: 'allow without deny',
        code: 'server {\n    listen 8081;\n    location = /s {\n        stub_status;\n        allow 10.0.0.0/8;\n    }\n}\n',
      },
      {
        name: 'a proxied metrics location',
        code: 'server {\n    listen 8081;\n    location = /metrics {\n        proxy_pass http://127.0.0.1:9100;\n    }\n}\n',
      },
      {
        name: "PHP-FPM's pool status page",
        code: 'server {\n    listen 8081;\n    location = /fpm-status {\n        fastcgi_param SCRIPT_NAME /fpm-status;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n',
      },
    ],
  ],
  [
    satisfyAnyDeny,
    [
      {
        name: 'satisfy all before a nested deny all',
        code: 'server {\n    listen 8081;\n    location ^~ /pma/ {\n        satisfy any;\n        allow 10.0.0.0/8;\n        deny all;\n        auth_basic "pma";\n        auth_basic_user_file /etc/nginx/pma.htpasswd;\n        location ~ ^/pma/setup/ {\n            deny all;\n        }\n    }\n}\n',
      },
    ],
  ],
  [
    regexLocationBypass,
    [
      {
        name: 'a prefix deny of vendor/ becomes ^~',
        code: `server {\n    listen 8081;\n    root /var/www/app;\n    location /vendor/ {\n        deny all;\n    }\n${SPLIT_PHP}}\n`,
      },
      {
        name: 'an exact deny reached with path info becomes ^~',
        code: `server {\n    listen 8081;\n    root /var/www/app;\n    location = /xmlrpc.php {\n        deny all;\n    }\n${SPLIT_PHP}}\n`,
      },
      {
        name: 'an exact login location behind a password becomes ^~',
        code: `server {\n    listen 8081;\n    root /var/www/app;\n    location = /wp-login.php {\n        auth_basic "Staff";\n        auth_basic_user_file /etc/nginx/htpasswd;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n${SPLIT_PHP}}\n`,
      },
      {
        name: 'an exact route of the front controller becomes ^~',
        code: `server {\n    listen 8081;\n    root /var/www/app;\n    location = /index.php/admin/remotecontrol {\n        allow 10.0.0.0/8;\n        deny all;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n    location ~ ^/index\\.php(/|$) {\n        fastcgi_split_path_info ^(.+\\.php)(/.*)$;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n`,
      },
      {
        name: 'a regex deny after the PHP location moves before it',
        code: `server {\n    listen 8081;\n    root /var/www/app;\n${SPLIT_PHP}    location ~ ^/(vendor|config)/ {\n        deny all;\n    }\n}\n`,
      },
      {
        name: 'a regex deny of a data folder after the static regex moves before it',
        code: `server {\n    listen 8081;\n    root /var/www/app;\n    location ~* \\.(?:css|js|png|jpe?g)$ {\n        expires 30d;\n    }\n    location ~ ^/upload/(?:files|temp)/ {\n        deny all;\n    }\n}\n`,
        files: { 'var/www/app/upload/files/1732190400-passport.jpg': '' },
      },
    ],
  ],
  [
    defaultServer,
    [
      {
        name: 'two servers on one port',
        code: 'server {\n    listen 8081;\n    server_name a.test;\n}\nserver {\n    listen 8081;\n    server_name b.test;\n}\n',
      },
    ],
  ],
  [
    lowKeepalive,
    [
      {
        name: 'keepalive_requests in http',
        path: MAIN,
        code: 'events {}\nhttp {\n    keepalive_requests 100;\n}\n',
      },
    ],
  ],
];

CASES.push([
  http2MisdirectedRequest,
  [
    {
      name: 'TLS catch-all with HTTP/2 from the listen (nginx 1.22 has no `http2` directive)',
      code: 'server {\n    listen 127.0.0.1:8443 ssl http2 default_server;\n    ssl_reject_handshake on;\n}\n',
    },
  ],
]);
// nginx/quic-reuseport is not checked here: the stock Debian nginx 1.22 has no QUIC support.

const skip = nginxCheckSkipReason();

describe('group B fixes pass nginx -t', { skip }, () => {
  for (const [rule, cases] of CASES) {
    describe(rule.meta.id, () => {
      for (const c of cases) {
        test(c.name, () => {
          const before = nginxTest(c.code);
          assert.ok(
            before.ok,
            `the unfixed configuration must itself be valid:\n${before.output}\n${before.config}`,
          );
          const fixed = applyRuleFixes(rule, c, c.code);
          assert.ok(fixed.fixed, 'expected a fix');
          assert.notEqual(fixed.text, c.code);
          const after = nginxTest(fixed.text);
          assert.ok(after.ok, `nginx -t failed:\n${after.output}\n--- config ---\n${after.config}`);
          assert.equal(
            applyRuleFixes(rule, c, fixed.text).fixed,
            false,
            'the rule still offers a fix after its fix',
          );
        });
      }
    });
  }
});
