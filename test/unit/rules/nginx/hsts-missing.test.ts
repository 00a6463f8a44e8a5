import { hstsMissing } from '../../../../rules/nginx/hsts-missing.ts';
import {
  SHARED_SNIPPET,
  SHARED_SNIPPET_FILES,
  SHARED_SNIPPET_PATH,
} from '../../../helpers/nginx-shared-snippet.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const HSTS = 'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;';

testRule(hstsMissing, {
  valid: [
    {
      // Blind case openresty-civicrm--hsts-in-lua-header-filter (nginx 1.22.1 with
      // lua-nginx-module sent HSTS on every response).
      name: 'a header_filter_by_lua_block that sets the header (OpenResty)',
      code: 'server {\n    listen 443 ssl;\n    header_filter_by_lua_block {\n        ngx.header["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"\n    }\n    location / {\n        add_header Cache-Control no-store;\n    }\n}\n',
    },
    {
      name: 'a header filter in a Lua file: it may set the header',
      code: 'server {\n    listen 443 ssl;\n    header_filter_by_lua_file /etc/nginx/lua/headers.lua;\n}\n',
    },
    { name: 'plain HTTP server', code: 'server {\n    listen 80;\n    root /var/www/app;\n}\n' },
    {
      name: 'HSTS at the server level',
      code: `server {\n    listen 443 ssl;\n    ${HSTS}\n    location / {\n        try_files $uri /index.php;\n    }\n}\n`,
    },
    {
      name: 'HSTS inherited from http',
      path: 'etc/nginx/nginx.conf',
      code: `events {}\nhttp {\n    ${HSTS}\n    server {\n        listen 443 ssl;\n    }\n}\n`,
    },
    {
      name: 'a sites file placed in the http block of nginx.conf inherits its HSTS',
      code: 'server {\n    listen 443 ssl;\n    server_name app.example.com;\n}\n',
      files: {
        'etc/nginx/nginx.conf': `events {}\nhttp {\n    ${HSTS}\n    include sites-enabled/*;\n}\n`,
        'etc/nginx/sites-enabled/app.conf':
          'server {\n    listen 443 ssl;\n    server_name app.example.com;\n}\n',
      },
      path: 'etc/nginx/sites-enabled/app.conf',
    },
    {
      name: 'a sites-available file: nginx.conf includes sites-enabled/*, where its symlink goes',
      code: 'server {\n    listen 443 ssl;\n    server_name app.example.com;\n}\n',
      files: {
        'etc/nginx/nginx.conf': `events {}\nhttp {\n    ${HSTS}\n    include /etc/nginx/sites-enabled/*;\n}\n`,
      },
    },
    {
      name: 'a TLS catch-all that refuses every handshake (ssl_reject_handshake on)',
      code: 'server {\n    listen 443 ssl default_server;\n    listen [::]:443 ssl default_server;\n    server_name _;\n    ssl_reject_handshake on;\n}\n',
    },
    {
      name: 'ssl_reject_handshake on inherited from http',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    ssl_reject_handshake on;\n    server {\n        listen 443 ssl;\n        root /srv;\n    }\n}\n',
    },
    {
      name: 'a default TLS server that closes connections (return 444)',
      code: 'server {\n    listen 443 ssl default_server;\n    ssl_reject_handshake off;\n    return 444;\n}\n',
    },
    {
      name: 'a location that re-includes the security headers snippet keeps HSTS (Gixy users regression)',
      code: 'server {\n    listen 443 ssl;\n    include snippets/security-headers.conf;\n    location /static/ {\n        add_header Cache-Control "public, max-age=86400";\n        include snippets/security-headers.conf;\n    }\n}\n',
      files: {
        'etc/nginx/snippets/security-headers.conf': `${HSTS}\nadd_header X-Frame-Options SAMEORIGIN always;\n`,
      },
    },
    {
      name: "the server's file leaves a placed snippet's location to the snippet",
      path: 'etc/nginx/sites-enabled/app.conf',
      code: `server {\n    listen 443 ssl;\n    ${HSTS}\n    include /etc/nginx/snippets/static.conf;\n}\n`,
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-enabled/*;\n}\n',
        'etc/nginx/sites-enabled/app.conf': `server {\n    listen 443 ssl;\n    ${HSTS}\n    include /etc/nginx/snippets/static.conf;\n}\n`,
        'etc/nginx/snippets/static.conf': 'location /static/ {\n    add_header Cache-Control public;\n}\n',
      },
    },
    {
      // Acceptance case api-gateway--headers-more.
      name: 'headers-more: more_set_headers is merged into every level, add_header below does not drop it',
      code: 'server {\n    listen 443 ssl;\n    more_set_headers "Strict-Transport-Security: max-age=31536000; includeSubDomains";\n    location /static/ {\n        add_header Cache-Control public;\n    }\n}\n',
    },
    {
      // Acceptance case docker-compose--headers-snippet-not-in-repo.
      name: 'a server that includes a file the workspace does not hold (it may send the header)',
      code: 'server {\n    listen 443 ssl;\n    include /etc/nginx/snippets/security-headers.conf;\n}\n',
    },
    {
      name: 'a snippet without a server block is not a server',
      path: 'etc/nginx/snippets/tls.conf',
      code: 'listen 443 ssl;\nssl_certificate /etc/ssl/app.pem;\nssl_certificate_key /etc/ssl/app.key;\n',
    },
    {
      name: 'a TLS server on the loopback only',
      code: 'server {\n    listen 127.0.0.1:8443 ssl;\n    root /srv/internal;\n}\n',
    },
    {
      name: 'add_header_inherit merge keeps the outer HSTS (nginx 1.29.3)',
      code: `server {\n    listen 443 ssl;\n    ${HSTS}\n    location / {\n        add_header_inherit merge;\n        add_header X-Extra 1;\n    }\n}\n`,
    },
    {
      name: 'the location declares HSTS again',
      code: `server {\n    listen 443 ssl;\n    ${HSTS}\n    location /api/ {\n        add_header Cache-Control no-store;\n        ${HSTS}\n    }\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'a header_filter_by_lua_block that only strips another header',
      code: 'server {\n    listen 443 ssl;\n    header_filter_by_lua_block {\n        ngx.header["X-Powered-By"] = nil\n    }\n}\n',
      errors: [{ messageId: 'server', line: 1, column: 1 }],
      output:
        'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;\n    header_filter_by_lua_block {\n        ngx.header["X-Powered-By"] = nil\n    }\n}\n',
    },
    {
      // A snippet placed first in an intranet server without headers, then in the public one:
      // its first placement drops nothing, the second drops the public server's headers.
      name: 'a snippet location is read in every server that includes it',
      path: SHARED_SNIPPET_PATH,
      code: SHARED_SNIPPET,
      files: SHARED_SNIPPET_FILES,
      errors: [{ messageId: 'level', line: 1, column: 1 }],
      // HSTS written into the snippet would be sent by the plain-HTTP intranet server too.
      output: null,
    },
    {
      name: 'ssl_reject_handshake turned back off in the server that serves',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    ssl_reject_handshake on;\n    server {\n        listen 443 ssl;\n        ssl_reject_handshake off;\n        root /srv;\n    }\n}\n',
      errors: [{ messageId: 'server', line: 4, column: 5 }],
    },
    {
      name: 'listen ssl without HSTS: inserted after the last listen/server_name/ssl_* line',
      code: 'server {\n    listen 443 ssl;\n    server_name example.com;\n    ssl_certificate /etc/ssl/example.pem;\n    root /var/www/example;\n}\n',
      errors: [{ messageId: 'server', line: 1, column: 1, endLine: 1, endColumn: 7 }],
      output: `server {\n    listen 443 ssl;\n    server_name example.com;\n    ssl_certificate /etc/ssl/example.pem;\n    ${HSTS}\n    root /var/www/example;\n}\n`,
    },
    {
      name: 'quic listener, two-space indentation',
      code: 'server {\n  listen 443 quic reuseport;\n  listen 443 ssl;\n  root /srv;\n}\n',
      errors: [{ messageId: 'server', line: 1, column: 1 }],
      output: `server {\n  listen 443 quic reuseport;\n  listen 443 ssl;\n  ${HSTS}\n  root /srv;\n}\n`,
    },
    {
      name: 'the old `ssl on;`, tabs and CRLF',
      code: 'server {\r\n\tlisten 443;\r\n\tssl on;\r\n\troot /srv;\r\n}\r\n',
      errors: [{ messageId: 'server', line: 1, column: 1 }],
      output: `server {\r\n\tlisten 443;\r\n\tssl on;\r\n\t${HSTS}\r\n\troot /srv;\r\n}\r\n`,
    },
    {
      name: 'headers inherited from http are copied first, so adding one at the server does not drop them',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    add_header X-Frame-Options DENY always;\n    server {\n        listen 443 ssl;\n        root /srv;\n    }\n}\n',
      errors: [{ messageId: 'server', line: 4, column: 5 }],
      output: `events {}\nhttp {\n    add_header X-Frame-Options DENY always;\n    server {\n        listen 443 ssl;\n        add_header X-Frame-Options DENY always;\n        ${HSTS}\n        root /srv;\n    }\n}\n`,
    },
    {
      name: 'the server fix also covers each location that re-declares add_header',
      code: 'server {\n    listen 443 ssl;\n    location /assets/ {\n        add_header Cache-Control "public";\n    }\n}\n',
      errors: [{ messageId: 'server', line: 1, column: 1 }],
      output: `server {\n    listen 443 ssl;\n    ${HSTS}\n    location /assets/ {\n        add_header Cache-Control "public";\n        ${HSTS}\n    }\n}\n`,
    },
    {
      name: 'a location that declares add_header drops the server HSTS: the fix gives back what it drops',
      code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n    location /download/ {\n        add_header Content-Disposition attachment;\n    }\n}\n',
      errors: [
        {
          messageId: 'level',
          line: 4,
          column: 5,
          endColumn: 24,
          message: /^`location \/download\/` declares its own `add_header`/,
        },
      ],
      output:
        'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n    location /download/ {\n        add_header Content-Disposition attachment;\n        add_header Strict-Transport-Security "max-age=63072000" always;\n    }\n}\n',
    },
    {
      name: 'an if block with add_header inside a location',
      code: `server {\n    listen 443 ssl;\n    ${HSTS}\n    location / {\n        if ($request_method = OPTIONS) {\n            add_header Access-Control-Allow-Origin "*";\n            return 204;\n        }\n    }\n}\n`,
      errors: [{ messageId: 'level', line: 5, column: 9 }],
      output: `server {\n    listen 443 ssl;\n    ${HSTS}\n    location / {\n        if ($request_method = OPTIONS) {\n            add_header Access-Control-Allow-Origin "*";\n            ${HSTS}\n            return 204;\n        }\n    }\n}\n`,
    },
    {
      name: 'the TLS settings come from a snippet: the header goes after its include',
      code: 'server {\n    listen 443 ssl;\n    include snippets/tls.conf;\n    root /srv;\n}\n',
      files: {
        'etc/nginx/snippets/tls.conf':
          'ssl_certificate /etc/ssl/a.pem;\nssl_certificate_key /etc/ssl/a.key;\n',
      },
      errors: [{ messageId: 'server', line: 1, column: 1 }],
      output: `server {\n    listen 443 ssl;\n    include snippets/tls.conf;\n    ${HSTS}\n    root /srv;\n}\n`,
    },
    {
      name: 'a location from an unplaced snippet is reported on its include line',
      code: `server {\n    listen 443 ssl;\n    ${HSTS}\n    include snippets/static.conf;\n}\n`,
      files: {
        'etc/nginx/snippets/static.conf': 'location /static/ {\n    add_header Cache-Control public;\n}\n',
      },
      errors: [{ messageId: 'level', line: 4, column: 5 }],
    },
    {
      // Acceptance case civicrm-drupal--fonts-snippet-location: it used to be reported on the
      // server file's include line, while nginx/header-inheritance reported it in the snippet.
      name: 'a location of a snippet that nginx.conf places is reported in the snippet',
      path: 'etc/nginx/snippets/static.conf',
      code: 'location /static/ {\n    add_header Cache-Control public;\n}\n',
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-enabled/*;\n}\n',
        'etc/nginx/sites-enabled/app.conf': `server {\n    listen 443 ssl;\n    ${HSTS}\n    include /etc/nginx/snippets/static.conf;\n}\n`,
        'etc/nginx/snippets/static.conf': 'location /static/ {\n    add_header Cache-Control public;\n}\n',
      },
      errors: [{ messageId: 'level', line: 1, column: 1 }],
      output: `location /static/ {\n    add_header Cache-Control public;\n    ${HSTS}\n}\n`,
    },
    {
      name: 'headers-more: a more_set_headers without a value clears the header',
      code: 'server {\n    listen 443 ssl;\n    more_set_headers "Strict-Transport-Security:";\n}\n',
      errors: [{ messageId: 'server', line: 1, column: 1 }],
    },
    {
      name: "nginx's own parameter files hold no headers, even when the workspace lacks them",
      code: 'server {\n    listen 443 ssl;\n    location / {\n        include proxy_params;\n        proxy_pass http://app;\n    }\n}\n',
      errors: [{ messageId: 'server', line: 1, column: 1 }],
    },
    {
      name: "certbot's options-ssl-nginx.conf holds TLS settings only, even when the workspace lacks it",
      code: 'server {\n    listen 443 ssl; # managed by Certbot\n    ssl_certificate /etc/letsencrypt/live/example.com/fullchain.pem; # managed by Certbot\n    include /etc/letsencrypt/options-ssl-nginx.conf; # managed by Certbot\n}\n',
      errors: [{ messageId: 'server', line: 1, column: 1 }],
    },
    {
      name: 'a server written on one line',
      code: 'server { listen 443 ssl; root /srv; }\n',
      errors: [{ messageId: 'server', line: 1, column: 1 }],
      output: `server { listen 443 ssl; ${HSTS} root /srv; }\n`,
    },
    {
      name: 'a TLS redirect server still needs HSTS (the redirect is an HTTPS response)',
      code: 'server {\n    listen 443 ssl;\n    server_name www.example.com;\n    return 301 https://example.com$request_uri;\n}\n',
      errors: [{ messageId: 'server', line: 1, column: 1 }],
      output: `server {\n    listen 443 ssl;\n    server_name www.example.com;\n    ${HSTS}\n    return 301 https://example.com$request_uri;\n}\n`,
    },
    {
      name: 'the proposed max-age follows nginx/hsts-weak minMaxAge',
      code: 'server {\n    listen 443 ssl;\n}\n',
      config: { rules: { 'nginx/hsts-weak': { options: { minMaxAge: 63072000 } } } },
      errors: [{ messageId: 'server', line: 1, column: 1 }],
      output:
        'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;\n}\n',
    },
  ],
});
