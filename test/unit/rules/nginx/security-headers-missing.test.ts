import { test } from 'node:test';
import { assertLintTimeGrowsLinearly, phpServer } from '../../../helpers/lint-growth.ts';
import { securityHeadersMissing } from '../../../../rules/nginx/security-headers-missing.ts';
import {
  SHARED_SNIPPET,
  SHARED_SNIPPET_FILES,
  SHARED_SNIPPET_PATH,
} from '../../../helpers/nginx-shared-snippet.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const NOSNIFF = 'add_header X-Content-Type-Options nosniff always;';
const XFO = 'add_header X-Frame-Options SAMEORIGIN always;';
const REFERRER = 'add_header Referrer-Policy strict-origin-when-cross-origin always;';
const CSP = "add_header Content-Security-Policy \"default-src 'self'; frame-ancestors 'self'\" always;";
const THREE = [
  { messageId: 'server', line: 1, column: 1 },
  { messageId: 'server', line: 1, column: 1 },
  { messageId: 'server', line: 1, column: 1 },
];
const ALL = `    ${NOSNIFF}\n    ${XFO}\n    ${REFERRER}\n    ${CSP}\n`;
const PORTAL = `server {\n    listen 443 ssl;\n    root /var/www/espocrm/public;\n${ALL}    location /portal/ {\n        add_header X-Robots-Tag noindex always;\n        try_files $uri $uri/ /portal/index.php$is_args$args;\n    }\n    location ~ ^/(?:index|portal/index)\\.php$ {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n}\n`;
const API_CORS = `server {\n    listen 443 ssl;\n    root /var/www/glpi/public;\n${ALL}    location /apirest.php {\n        add_header Access-Control-Allow-Origin https://intranet.example.com always;\n        try_files $uri /index.php$is_args$args;\n    }\n}\n`;

/** Drupal's private-file route, with a cache header of its own (every download is index.php's). */
const SYSTEM_FILES = `server {\n    listen 443 ssl;\n    root /var/www/drupal/web;\n${ALL}    location ~ ^(?:/[a-z\\-]+)?/system/files/ {\n        add_header Cache-Control "private, no-store" always;\n        try_files $uri /index.php?$query_string;\n    }\n}\n`;

const THUMBS =
  'location ^~ /thumbs {\n    try_files $uri /index.php;\n    expires max;\n    add_header Cache-Control "public, proxy-revalidate";\n}\n';

testRule(securityHeadersMissing, {
  valid: [
    {
      name: 'OpenResty: a header_filter_by_lua_block that sets the headers a level lacks',
      code: 'server {\n    listen 443 ssl;\n    header_filter_by_lua_block {\n        ngx.header["X-Content-Type-Options"] = "nosniff"\n        ngx.header["X-Frame-Options"] = "SAMEORIGIN"\n        ngx.header["Referrer-Policy"] = "strict-origin-when-cross-origin"\n        ngx.header.content_security_policy = "default-src \'self\'"\n    }\n    root /srv;\n}\n',
    },
    {
      name: 'headers-more: a clear limited to some statuses (-s) is not counted',
      code: 'server {\n    listen 443 ssl;\n    more_set_headers "X-Content-Type-Options: nosniff" "X-Frame-Options: DENY";\n    more_set_headers "Referrer-Policy: no-referrer" "Content-Security-Policy: default-src \'self\'";\n    location /embed/ {\n        more_clear_headers -s 404 "X-Frame-Options";\n    }\n}\n',
    },
    {
      name: 'headers-more: a level that clears a header, then sets it again',
      code: 'server {\n    listen 443 ssl;\n    more_set_headers "X-Content-Type-Options: nosniff" "X-Frame-Options: DENY";\n    more_set_headers "Referrer-Policy: no-referrer" "Content-Security-Policy: default-src \'self\'";\n    location /embed/ {\n        more_clear_headers "X-Frame-Options";\n        more_set_headers "X-Frame-Options: SAMEORIGIN";\n    }\n}\n',
    },
    {
      name: 'headers-more: clearing a header that is not a security header',
      code: 'server {\n    listen 443 ssl;\n    more_set_headers "X-Content-Type-Options: nosniff" "X-Frame-Options: DENY";\n    more_set_headers "Referrer-Policy: no-referrer" "Content-Security-Policy: default-src \'self\'";\n    location /embed/ {\n        more_clear_headers "X-Powered-By" "Server";\n    }\n}\n',
    },
    {
      // On a server that only listens for plain HTTP, `$scheme = http` always holds: every request
      // but the ACME challenge is redirected, and the certificate authority reads the challenge.
      name: 'a port-80 server whose if ($scheme = http) redirects all but the ACME challenge',
      code: 'server {\n    listen 80;\n    server_name example.com;\n    root /srv;\n    if ($scheme = http) {\n        rewrite ^/(?!.well-known)(.*) https://example.com/$1 permanent;\n    }\n    location ^~ /.well-known/acme-challenge/ {\n        root /var/www/acme;\n    }\n}\n',
    },
    { name: 'all headers at the server', code: `server {\n    listen 443 ssl;\n${ALL}}\n` },
    {
      name: 'CSP frame-ancestors instead of X-Frame-Options',
      code: `server {\n    listen 443 ssl;\n    ${NOSNIFF}\n    ${REFERRER}\n    ${CSP}\n}\n`,
    },
    {
      name: 'values computed by maps (H5BP)',
      code: 'server {\n    listen 80;\n    add_header X-Frame-Options $x_frame_options always;\n    add_header Referrer-Policy $referrer_policy always;\n    add_header X-Content-Type-Options nosniff always;\n    add_header Content-Security-Policy $content_security_policy always;\n}\n',
    },
    {
      name: 'inherited from http',
      path: 'etc/nginx/nginx.conf',
      code: `events {}\nhttp {\n${ALL}    server {\n        listen 443 ssl;\n        location / {\n            root /srv;\n        }\n    }\n}\n`,
    },
    {
      name: 'a redirect-only server sends no page',
      code: 'server {\n    listen 80;\n    return 301 https://$host$request_uri;\n}\n',
    },
    { name: 'return 444', code: 'server {\n    listen 443 ssl default_server;\n    return 444;\n}\n' },
    {
      name: 'a TLS catch-all that refuses every handshake (ssl_reject_handshake on)',
      code: 'server {\n    listen 443 ssl default_server;\n    server_name _;\n    ssl_reject_handshake on;\n}\n',
    },
    {
      name: 'loopback only',
      code: 'server {\n    listen 127.0.0.1:8080;\n    location /status { stub_status; }\n}\n',
    },
    {
      name: 'a snippet without a server',
      path: 'etc/nginx/snippets/php.conf',
      code: 'location ~ \\.php$ {\n    fastcgi_pass unix:/run/php.sock;\n}\n',
    },
    {
      name: 'a location that re-includes the headers snippet',
      code: 'server {\n    include snippets/headers.conf;\n    location /static/ {\n        add_header Cache-Control public;\n        include snippets/headers.conf;\n    }\n}\n',
      files: { 'etc/nginx/snippets/headers.conf': ALL.replace(/^ {4}/gm, '') },
    },
    {
      name: "a plain-HTTP server that serves pages is nginx/http-without-redirect's finding",
      code: 'server {\n    listen 80;\n    root /srv;\n}\n',
    },
    {
      name: 'the HTTP side of an ACME + redirect server serves no page',
      code: 'server {\n    listen 80;\n    location /.well-known/acme-challenge/ {\n        root /var/www/certbot;\n    }\n    location / {\n        return 301 https://$host$request_uri;\n    }\n}\n',
    },
    {
      name: 'Referrer-Policy with a fallback list ending in a safe policy',
      code: `server {\n    ${NOSNIFF}\n    ${XFO}\n    add_header Referrer-Policy "no-referrer, strict-origin-when-cross-origin" always;\n    ${CSP}\n}\n`,
    },
    {
      name: "the server's file leaves a placed snippet's location to the snippet",
      path: 'etc/nginx/sites-enabled/app.conf',
      code: `server {\n    listen 443 ssl;\n${ALL}    include /etc/nginx/snippets/static.conf;\n}\n`,
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-enabled/*;\n}\n',
        'etc/nginx/sites-enabled/app.conf': `server {\n    listen 443 ssl;\n${ALL}    include /etc/nginx/snippets/static.conf;\n}\n`,
        'etc/nginx/snippets/static.conf': 'location /static/ {\n    add_header Cache-Control public;\n}\n',
      },
    },
    {
      // Acceptance case api-gateway--headers-more.
      name: 'headers-more: more_set_headers at server level reaches a location that declares add_header',
      code: 'server {\n    listen 443 ssl;\n    more_set_headers "X-Content-Type-Options: nosniff" "X-Frame-Options: DENY";\n    more_set_headers "Referrer-Policy: no-referrer" "Content-Security-Policy: default-src \'self\'";\n    location /api/ {\n        add_header Cache-Control no-store;\n    }\n}\n',
    },
    {
      // Acceptance case docker-compose--headers-snippet-not-in-repo.
      name: 'a server that includes a file the workspace does not hold (it may send the headers)',
      code: 'server {\n    listen 443 ssl;\n    include /etc/nginx/snippets/security-headers.conf;\n    root /srv/app/public;\n}\n',
    },
    {
      // Acceptance case laravel-horizon--api-cors-preflight-if: the preflight gets a 204 without
      // a body, which no browser renders (nginx/header-inheritance still reports the dropped headers).
      name: 'an if that answers a CORS preflight with 204 renders no page',
      code: `server {\n    listen 443 ssl;\n${ALL}    location /api/ {\n        if ($request_method = OPTIONS) {\n            add_header Access-Control-Allow-Origin https://app.example.com;\n            return 204;\n        }\n        proxy_pass http://127.0.0.1:9000;\n    }\n}\n`,
    },
    {
      name: 'a location that redirects with a header of its own renders no page',
      code: `server {\n    listen 443 ssl;\n${ALL}    location = /docs {\n        add_header X-Robots-Tag none;\n        return 301 https://docs.example.com/;\n    }\n}\n`,
    },
    {
      name: 'a location that refuses everybody renders no page',
      code: `server {\n    listen 443 ssl;\n${ALL}    location /admin/ {\n        deny all;\n        add_header X-Robots-Tag none;\n    }\n}\n`,
    },
    {
      name: 'a server that answers every request with 204',
      code: 'server {\n    listen 443 ssl;\n    return 204;\n}\n',
    },
    {
      // Acceptance case glpi--api-cors-header-in-location: public/ has no apirest.php, so every
      // API call goes on to the front controller's location, which sends the page.
      name: 'a location whose try_files finds none of its files in the tree hands every page on',
      code: API_CORS,
      files: { 'var/www/glpi/public/index.php': '' },
    },
    {
      // Blind case drupal10-private--system-files-cache-header (nginx 1.22.1: a download's page came
      // from index.php, with the server's headers): no folder of the tree is one the regex takes.
      name: 'a regex location whose try_files finds no folder it takes in the tree hands every page on',
      code: SYSTEM_FILES,
      files: {
        'var/www/drupal/web/index.php': '',
        'var/www/drupal/web/sites/default/files/styles/thumbnail/a.jpg': '',
        'var/www/drupal/web/core/modules/system/system.module': '',
      },
    },
    {
      // Acceptance case espocrm--portal-robots-header: the folder's only file is the script the PHP
      // location runs, and the fallback goes there too.
      name: 'a location whose files and fallback all go to the PHP location sends no page itself',
      code: PORTAL,
      files: { 'var/www/espocrm/public/portal/index.php': '' },
    },
  ],
  invalid: [
    {
      // Blind case yunohost-chamilo--iframe-clear-frame-options: nginx 1.22.1 with headers-more
      // 0.34 sent the app's pages without X-Frame-Options. No fix: the clear was meant.
      name: 'headers-more: a location clears a security header the server sets',
      code: 'server {\n    listen 443 ssl;\n    more_set_headers "X-Content-Type-Options: nosniff" "X-Frame-Options: DENY";\n    more_set_headers "Referrer-Policy: no-referrer" "Content-Security-Policy: default-src \'self\'";\n    location /embed/ {\n        more_clear_headers "X-Frame-Options";\n    }\n}\n',
      errors: [
        {
          messageId: 'cleared',
          line: 5,
          column: 5,
          message: /clears headers with `more_clear_headers`, so its responses lack `X-Frame-Options/,
        },
      ],
      output: null,
    },
    {
      name: 'headers-more: a wildcard clear of the server level takes what the server set before it',
      code: 'server {\n    listen 443 ssl;\n    more_set_headers "X-Content-Type-Options: nosniff" "X-Frame-Options: DENY";\n    more_set_headers "Referrer-Policy: no-referrer" "Content-Security-Policy: default-src \'self\'";\n    more_clear_headers "Referrer-*";\n}\n',
      options: { contentSecurityPolicy: false },
      errors: [{ messageId: 'server', line: 1, column: 1, message: /Referrer-Policy/ }],
    },
    {
      // Blind case bolt--thumbs-location-from-docs: the snippet is read from its own text and
      // placed in the site's server, whose location search finds the server's copy of the same
      // location; taken for another location, its thumbnails looked like none it served.
      name: "a snippet's location with its own add_header that serves files the tree holds",
      path: 'etc/nginx/global/bolt.conf',
      code: THUMBS,
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-enabled/*;\n}\n',
        'etc/nginx/sites-enabled/bolt.conf': `server {\n    listen 443 ssl;\n    root /var/www/bolt/public;\n${ALL}    include /etc/nginx/global/bolt.conf;\n}\n`,
        'etc/nginx/global/bolt.conf': THUMBS,
        'var/www/bolt/public/index.php': '',
        'var/www/bolt/public/thumbs/400x300x/2024-05/kittens.jpg': '',
      },
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 1, column: 1, message: /nosniff/ },
        { messageId: 'level', line: 1, column: 1, message: /X-Frame-Options/ },
        { messageId: 'level', line: 1, column: 1, message: /Referrer-Policy/ },
      ],
    },
    {
      // A snippet placed first in an intranet server without headers, then in the public one:
      // its first placement drops nothing, the second drops the public server's headers.
      name: 'a snippet location is read in every server that includes it',
      path: SHARED_SNIPPET_PATH,
      code: SHARED_SNIPPET,
      files: SHARED_SNIPPET_FILES,
      errors: [
        { messageId: 'level', line: 1, column: 1, message: /nosniff/ },
        { messageId: 'level', line: 1, column: 1, message: /X-Frame-Options/ },
        { messageId: 'level', line: 1, column: 1, message: /Referrer-Policy/ },
      ],
    },
    {
      name: 'the same location with a file of its own in the folder',
      code: PORTAL,
      files: {
        'var/www/espocrm/public/portal/index.php': '',
        'var/www/espocrm/public/portal/web.config': '',
      },
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 8, column: 5, message: /nosniff/ },
        { messageId: 'level', line: 8, column: 5, message: /X-Frame-Options/ },
        { messageId: 'level', line: 8, column: 5, message: /Referrer-Policy/ },
      ],
    },
    {
      name: 'the same location when the tree holds the file: it serves it',
      code: API_CORS,
      files: { 'var/www/glpi/public/index.php': '', 'var/www/glpi/public/apirest.php': '' },
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 8, column: 5, message: /nosniff/ },
        { messageId: 'level', line: 8, column: 5, message: /X-Frame-Options/ },
        { messageId: 'level', line: 8, column: 5, message: /Referrer-Policy/ },
      ],
    },
    {
      name: 'the same regex location when the tree holds a folder it takes: it serves its files',
      code: SYSTEM_FILES,
      files: { 'var/www/drupal/web/index.php': '', 'var/www/drupal/web/fr/system/files/report.pdf': '' },
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 8, column: 5, message: /nosniff/ },
        { messageId: 'level', line: 8, column: 5, message: /X-Frame-Options/ },
        { messageId: 'level', line: 8, column: 5, message: /Referrer-Policy/ },
      ],
    },
    {
      name: 'a fallback inside the location comes back to it (a single-page application)',
      code: `server {\n    listen 443 ssl;\n    root /var/www/site/public;\n${ALL}    location /app/ {\n        add_header Cache-Control no-store;\n        try_files $uri $uri/ /app/index.html;\n    }\n}\n`,
      files: { 'var/www/site/public/index.html': '' },
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 8, column: 5, message: /nosniff/ },
        { messageId: 'level', line: 8, column: 5, message: /X-Frame-Options/ },
        { messageId: 'level', line: 8, column: 5, message: /Referrer-Policy/ },
      ],
    },
    {
      name: 'the same location without the tree: the file may exist',
      code: API_CORS,
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 8, column: 5, message: /nosniff/ },
        { messageId: 'level', line: 8, column: 5, message: /X-Frame-Options/ },
        { messageId: 'level', line: 8, column: 5, message: /Referrer-Policy/ },
      ],
    },
    {
      // Acceptance case wordpress-multisite-cache--cache-header-in-php-location: the server's
      // rewrite of `/wp-admin` to HTTPS made the whole server count as redirect-only.
      name: 'a rewrite of one path to HTTPS does not make the server redirect-only',
      code: `server {\n    listen 443 ssl;\n${ALL}    rewrite ^(/[^/]+)?/wp-admin$ https://example.com$1/wp-admin/ permanent;\n    location ~ \\.php$ {\n        add_header X-Cache $upstream_cache_status;\n        fastcgi_pass unix:/run/php.sock;\n    }\n}\n`,
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 8, column: 5, message: /nosniff/ },
        { messageId: 'level', line: 8, column: 5, message: /X-Frame-Options/ },
        { messageId: 'level', line: 8, column: 5, message: /Referrer-Policy/ },
      ],
    },
    {
      name: 'an if that adds a header and lets the request through renders the page without the headers',
      code: `server {\n    listen 443 ssl;\n${ALL}    location /api/ {\n        if ($request_method = POST) {\n            add_header X-Request-Kind write;\n        }\n        proxy_pass http://127.0.0.1:9000;\n    }\n}\n`,
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 8, column: 9, message: /^`if \(\$request_method = POST\)`.*nosniff/ },
        { messageId: 'level', line: 8, column: 9, message: /X-Frame-Options/ },
        { messageId: 'level', line: 8, column: 9, message: /Referrer-Policy/ },
      ],
    },
    {
      // Review finding: with satisfy any, a client that passes basic auth gets the pages.
      name: 'deny all with satisfy any still serves pages to authenticated clients',
      code: `server {\n    listen 443 ssl;\n${ALL}    location /admin/ {\n        add_header X-Robots-Tag none;\n        satisfy any;\n        deny all;\n        auth_basic "admin";\n        auth_basic_user_file /etc/nginx/htpasswd;\n    }\n}\n`,
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 7, column: 5, message: /nosniff/ },
        { messageId: 'level', line: 7, column: 5, message: /X-Frame-Options/ },
        { messageId: 'level', line: 7, column: 5, message: /Referrer-Policy/ },
      ],
    },
    {
      // Review finding: nested locations inherit add_header but not return.
      name: 'a redirecting location whose nested location serves pages',
      code: `server {\n    listen 443 ssl;\n${ALL}    location /old/ {\n        add_header X-Robots-Tag none;\n        return 301 /new/;\n        location /old/app/ {\n            proxy_pass http://127.0.0.1:8080;\n        }\n    }\n}\n`,
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 7, column: 5, message: /nosniff/ },
        { messageId: 'level', line: 7, column: 5, message: /X-Frame-Options/ },
        { messageId: 'level', line: 7, column: 5, message: /Referrer-Policy/ },
      ],
    },
    {
      name: 'a location that allows some addresses before deny all still serves them pages',
      code: `server {\n    listen 443 ssl;\n${ALL}    location /admin/ {\n        allow 10.0.0.0/8;\n        deny all;\n        add_header X-Robots-Tag none;\n    }\n}\n`,
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'level', line: 7, column: 5, message: /nosniff/ },
        { messageId: 'level', line: 7, column: 5, message: /X-Frame-Options/ },
        { messageId: 'level', line: 7, column: 5, message: /Referrer-Policy/ },
      ],
    },
    {
      name: 'ssl_reject_handshake on, but the server also answers plain HTTP',
      code: 'server {\n    listen 80;\n    listen 443 ssl;\n    ssl_reject_handshake on;\n    root /srv;\n}\n',
      errors: [...THREE, { messageId: 'csp', line: 1, column: 1 }],
    },
    {
      name: 'a fix that could do only part of its work (an inherited add_header lacks its ";") is not offered',
      code: 'http {\n    add_header\n    add_header X-Frame-Options DENY always;\n    server {\n        listen 443 ssl;\n        server_name example.com;\n        location / {\n            add_header X-Frame-Options DENY always;\n        }\n    }\n}\n',
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'server', line: 4, column: 5, message: /X-Content-Type-Options/ },
        { messageId: 'server', line: 4, column: 5, message: /Referrer-Policy/ },
      ],
      output: null,
    },
    {
      name: 'an inherited add_header nginx refuses (four arguments): no fix copies it into the server',
      code: 'http {\n    add_header X-Frame-Options DENY always 1;\n    server {\n        listen 443 ssl;\n        server_name example.com;\n    }\n}\n',
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'server', line: 3, column: 5, message: /X-Content-Type-Options/ },
        { messageId: 'server', line: 3, column: 5, message: /Referrer-Policy/ },
      ],
      output: null,
    },
    {
      // With a TLS listen too, `$scheme = http` holds only for some requests: the HTTPS ones get pages.
      name: 'the same if ($scheme = http) on a server that listens for HTTPS as well',
      code: 'server {\n    listen 80;\n    listen 443 ssl;\n    server_name example.com;\n    root /srv;\n    if ($scheme = http) {\n        rewrite ^/(?!.well-known)(.*) https://example.com/$1 permanent;\n    }\n}\n',
      options: { contentSecurityPolicy: false },
      errors: THREE,
    },
    {
      name: 'behind a TLS-terminating proxy (redirect on X-Forwarded-Proto), the pages still need headers',
      code: 'server {\n    listen 8080;\n    if ($http_x_forwarded_proto != "https") {\n        return 301 https://$host$request_uri;\n    }\n    root /srv;\n}\n',
      options: { contentSecurityPolicy: false },
      errors: THREE,
    },
    {
      name: 'nothing at all: one warning and the CSP info',
      code: 'server {\n    listen 443 ssl;\n    server_name example.com;\n    root /srv;\n}\n',
      errors: [
        {
          messageId: 'server',
          line: 1,
          column: 1,
          severity: 'warning',
          message: "This server's responses lack `X-Content-Type-Options: nosniff`",
        },
        {
          messageId: 'server',
          line: 1,
          column: 1,
          message: "This server's responses lack `X-Frame-Options: SAMEORIGIN (or a CSP frame-ancestors)`",
        },
        {
          messageId: 'server',
          line: 1,
          column: 1,
          message: "This server's responses lack `Referrer-Policy: strict-origin-when-cross-origin`",
        },
        { messageId: 'csp', line: 1, column: 1, severity: 'info' },
      ],
    },
    {
      name: 'the fix adds the three warning-level headers (a CSP is written per application: no fix)',
      code: 'server {\n    listen 443 ssl;\n    server_name example.com;\n    root /srv;\n}\n',
      options: { contentSecurityPolicy: false },
      errors: THREE,
      output: `server {\n    listen 443 ssl;\n    server_name example.com;\n    ${NOSNIFF}\n    ${XFO}\n    ${REFERRER}\n    root /srv;\n}\n`,
    },
    {
      name: 'wrong values are rewritten in place',
      code: `server {\n    listen 443 ssl;\n    add_header X-Frame-Options "ALLOW-FROM https://partner.example" always;\n    add_header X-Content-Type-Options nosniff always;\n    add_header Referrer-Policy unsafe-url;\n    ${CSP.replace("; frame-ancestors 'self'", '')}\n}\n`,
      errors: [
        { messageId: 'server', line: 1, column: 1, message: /X-Frame-Options: SAMEORIGIN/ },
        { messageId: 'server', line: 1, column: 1, message: /Referrer-Policy/ },
      ],
      output: `server {\n    listen 443 ssl;\n    ${XFO}\n    add_header X-Content-Type-Options nosniff always;\n    ${REFERRER}\n    ${CSP.replace("; frame-ancestors 'self'", '')}\n}\n`,
    },
    {
      name: 'the Chamilo preset also asks for X-XSS-Protection: 1; mode=block',
      code: `server {\n    listen 443 ssl;\n${ALL}}\n`,
      config: { presets: ['chamilo'] },
      errors: [{ messageId: 'server', line: 1, column: 1, message: /`X-XSS-Protection: 1; mode=block`/ }],
      output: `server {\n    listen 443 ssl;\n${ALL}    add_header X-XSS-Protection "1; mode=block" always;\n}\n`,
    },
    {
      name: 'the option asks for it too',
      code: `server {\n    listen 443 ssl;\n${ALL}    add_header X-XSS-Protection 0;\n}\n`,
      options: { xssProtection: true },
      errors: [{ messageId: 'server', line: 1, column: 1 }],
      output: `server {\n    listen 443 ssl;\n${ALL}    add_header X-XSS-Protection "1; mode=block" always;\n}\n`,
    },
    {
      name: 'a location that declares add_header lacks what the server sends',
      code: `server {\n    listen 443 ssl;\n${ALL}    location /api/ {\n        add_header Cache-Control no-store;\n    }\n}\n`,
      errors: [
        {
          messageId: 'level',
          line: 7,
          column: 5,
          message: /^`location \/api\/` declares its own `add_header`.*nosniff/,
        },
        { messageId: 'level', line: 7, column: 5, message: /X-Frame-Options/ },
        { messageId: 'level', line: 7, column: 5, message: /Referrer-Policy/ },
        { messageId: 'cspLevel', line: 7, column: 5, severity: 'info' },
      ],
      output: `server {\n    listen 443 ssl;\n${ALL}    location /api/ {\n        add_header Cache-Control no-store;\n${ALL.replace(/^/gm, '    ').replace(/ {4}$/, '')}    }\n}\n`,
    },
    {
      // Acceptance case civicrm-drupal--fonts-snippet-location: it used to be reported on the
      // server file's include line, while nginx/header-inheritance reported it in the snippet.
      name: 'a location of a snippet that nginx.conf places is reported in the snippet',
      path: 'etc/nginx/snippets/static.conf',
      code: 'location /static/ {\n    add_header Cache-Control public;\n}\n',
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-enabled/*;\n}\n',
        'etc/nginx/sites-enabled/app.conf': `server {\n    listen 443 ssl;\n${ALL}    include /etc/nginx/snippets/static.conf;\n}\n`,
        'etc/nginx/snippets/static.conf': 'location /static/ {\n    add_header Cache-Control public;\n}\n',
      },
      errors: [
        { messageId: 'level', line: 1, column: 1, message: /nosniff/ },
        { messageId: 'level', line: 1, column: 1, message: /X-Frame-Options/ },
        { messageId: 'level', line: 1, column: 1, message: /Referrer-Policy/ },
        { messageId: 'cspLevel', line: 1, column: 1, severity: 'info' },
      ],
      output: `location /static/ {\n    add_header Cache-Control public;\n${ALL}}\n`,
    },
    {
      name: 'the server fix also covers the locations that declare add_header',
      code: 'server {\n    listen 443 ssl;\n    location /api/ {\n        add_header Cache-Control no-store;\n    }\n}\n',
      options: { contentSecurityPolicy: false },
      errors: THREE,
      output: `server {\n    listen 443 ssl;\n    ${NOSNIFF}\n    ${XFO}\n    ${REFERRER}\n    location /api/ {\n        add_header Cache-Control no-store;\n        ${NOSNIFF}\n        ${XFO}\n        ${REFERRER}\n    }\n}\n`,
    },
    {
      name: 'headers inherited from http are kept when the server gets its own',
      path: 'etc/nginx/nginx.conf',
      code: `events {}\nhttp {\n    ${NOSNIFF}\n    server {\n        listen 443 ssl;\n    }\n}\n`,
      options: { contentSecurityPolicy: false },
      errors: [
        { messageId: 'server', line: 4, column: 5, message: /X-Frame-Options/ },
        { messageId: 'server', line: 4, column: 5, message: /Referrer-Policy/ },
      ],
      output: `events {}\nhttp {\n    ${NOSNIFF}\n    server {\n        listen 443 ssl;\n        ${NOSNIFF}\n        ${XFO}\n        ${REFERRER}\n    }\n}\n`,
    },
  ],
});

/**
 * Thousands of servers that each lack headers (a finding and a fix per server). The larger config (four times as many servers)
 * must not take ten times as long, which a linear rule never does and a quadratic one always does.
 */
test('linting time grows linearly with the number of servers', () => {
  assertLintTimeGrowsLinearly([securityHeadersMissing], (i) => phpServer(i));
});
