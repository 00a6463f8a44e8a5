import { headerInheritance } from '../../../../rules/nginx/header-inheritance.ts';
import {
  SHARED_SNIPPET,
  SHARED_SNIPPET_FILES,
  SHARED_SNIPPET_PATH,
  sharedSnippetIn,
} from '../../../helpers/nginx-shared-snippet.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const SNIPPET =
  'add_header X-Frame-Options SAMEORIGIN always;\nadd_header X-Content-Type-Options nosniff always;\n';

testRule(headerInheritance, {
  valid: [
    {
      // A server-level return answers every request in the server's rewrite phase, before nginx
      // looks a location up (https://nginx.org/r/return): the location's add_header never applies.
      name: 'a location of a server whose top-level return answers every request',
      code: 'server {\n    listen 80;\n    add_header X-Frame-Options SAMEORIGIN always;\n    return 301 https://$host$request_uri;\n    location /x/ {\n        add_header Cache-Control no-store;\n    }\n}\n',
    },
    {
      // Acceptance case dokuwiki--export-noindex-if-named-location (nginx 1.22.1: /start?do=edit
      // carries the server's headers and no X-Robots-Tag).
      name: 'an if whose requests a later rewrite … last of every path sends to another location',
      code: 'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    location / {\n        try_files $uri @app;\n    }\n    location @app {\n        if ($arg_do) {\n            add_header X-Robots-Tag noindex always;\n        }\n        rewrite ^/(.*) /doku.php?id=$1 last;\n    }\n}\n',
    },
    {
      name: 'the location declares no add_header: it inherits',
      code: 'server {\n    add_header X-Frame-Options DENY always;\n    location / {\n        root /srv;\n    }\n}\n',
    },
    {
      name: 'the location repeats the security header (Gixy duplicate_fp)',
      code: 'http {\n    add_header X-Frame-Options "DENY" always;\n    server {\n        location /new-headers {\n            add_header X-Frame-Options "DENY" always;\n            add_header X-Foo foo;\n        }\n    }\n}\n',
      path: 'etc/nginx/nginx.conf',
    },
    {
      name: 'the location re-includes the same security-headers snippet (Gixy users regression)',
      code: 'server {\n    include snippets/security-headers.conf;\n    location /static/ {\n        add_header Cache-Control "public, max-age=31536000";\n        include snippets/security-headers.conf;\n    }\n}\n',
      files: { 'etc/nginx/snippets/security-headers.conf': SNIPPET },
    },
    {
      name: 'only non-security headers are dropped (Gixy not_secure_outer_fp)',
      code: 'add_header X-Bar bar;\n\nlocation /new-headers {\n    add_header X-Frame-Options "DENY" always;\n}\n',
    },
    {
      name: 'a simple directive named server is not a block (Gixy non_block_fp)',
      code: 'add_header X-Frame-Options "DENY" always;\nserver "some";\nadd_header X-Foo foo;\n',
    },
    {
      name: 'add_header_inherit merge keeps the outer headers (nginx 1.29.3)',
      code: 'server {\n    add_header X-Frame-Options DENY always;\n    location / {\n        add_header_inherit merge;\n        add_header X-Foo foo;\n    }\n}\n',
    },
    {
      name: 'add_header_inherit off is a deliberate choice',
      code: 'server {\n    add_header X-Frame-Options DENY always;\n    location /embed/ {\n        add_header_inherit off;\n        add_header X-Foo foo;\n    }\n}\n',
    },
    {
      name: 'an outer header with an empty value is not sent, so nothing is lost',
      code: 'server {\n    add_header X-Frame-Options "";\n    location / {\n        add_header X-Foo foo;\n    }\n}\n',
    },
    {
      name: 'a snippet included by nginx.conf is checked in that file, not in the includer',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    server {\n        add_header X-Frame-Options DENY always;\n        include snippets/static.conf;\n    }\n}\n',
      files: {
        'etc/nginx/snippets/static.conf': 'location /static/ {\n    add_header Cache-Control public;\n}\n',
      },
    },
    {
      name: 'a custom list of watched headers',
      code: 'server {\n    add_header X-Frame-Options DENY always;\n    location / {\n        add_header X-Foo foo;\n    }\n}\n',
      options: { headers: ['Cache-Control'] },
    },
    {
      // Review: a watched name that lower-cases to a longer string (U+0130) is still the same header.
      name: 'a non-ASCII watched header that the location sends itself',
      code: 'server {\n    add_header X-\u0130d "1" always;\n    location / {\n        add_header X-\u0130d "1" always;\n        add_header X-Frame-Options SAMEORIGIN always;\n    }\n}\n',
      options: { headers: ['X-\u0130d'] },
    },
  ],
  invalid: [
    {
      // A rewrite … last before the return sends /app/… to the location (nginx 1.22.1, blind case
      // ispmanager-ps17--rewrites-before-panel-redirect): its responses lose the header.
      name: 'a location that a rewrite … last before the server-level return reaches',
      code: 'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    rewrite ^/app/(.*)$ /x/$1 last;\n    return 301 https://$host$request_uri;\n    location /x/ {\n        add_header Cache-Control no-store;\n    }\n}\n',
      errors: [{ messageId: 'dropped', line: 5, column: 5 }],
      output:
        'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    rewrite ^/app/(.*)$ /x/$1 last;\n    return 301 https://$host$request_uri;\n    location /x/ {\n        add_header Cache-Control no-store;\n        add_header X-Frame-Options SAMEORIGIN always;\n    }\n}\n',
    },
    {
      // error_page sends the return's 404 to a location of the server (https://nginx.org/r/error_page).
      name: 'the error page location of a server-level return 404',
      code: 'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    error_page 404 /404.html;\n    return 404;\n    location = /404.html {\n        add_header Cache-Control no-store;\n        root /srv/errors;\n    }\n}\n',
      errors: [{ messageId: 'dropped', line: 5, column: 5 }],
      output:
        'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    error_page 404 /404.html;\n    return 404;\n    location = /404.html {\n        add_header Cache-Control no-store;\n        add_header X-Frame-Options SAMEORIGIN always;\n        root /srv/errors;\n    }\n}\n',
    },
    {
      // Review of 868ce46: a copy in the snippet would make the second server send DENY too.
      name: 'a snippet location whose second server loses nothing: reported, no fix',
      path: SHARED_SNIPPET_PATH,
      code: SHARED_SNIPPET,
      files: sharedSnippetIn(['add_header X-Frame-Options DENY always;'], []),
      errors: [{ messageId: 'dropped', line: 1, column: 1, message: /outer `X-Frame-Options` for/ }],
      output: null,
    },
    {
      // Two public servers with other values (DENY, SAMEORIGIN and a CSP): one finding names what
      // either loses, and no single copy in the snippet suits both.
      name: 'a snippet location placed in servers that lose different headers: one finding, no fix',
      path: SHARED_SNIPPET_PATH,
      code: SHARED_SNIPPET,
      files: sharedSnippetIn(
        ['add_header X-Frame-Options DENY always;'],
        [
          'add_header X-Frame-Options SAMEORIGIN always;',
          'add_header Content-Security-Policy "default-src \'self\'" always;',
        ],
      ),
      errors: [
        { messageId: 'dropped', line: 1, column: 1, message: /`X-Frame-Options`, `Content-Security-Policy`/ },
      ],
      output: null,
    },
    {
      // A snippet placed first in an intranet server without headers, then in the public one:
      // its first placement drops nothing, the second drops the public server's headers.
      name: 'a snippet location is read in every server that includes it',
      path: SHARED_SNIPPET_PATH,
      code: SHARED_SNIPPET,
      files: SHARED_SNIPPET_FILES,
      errors: [{ messageId: 'dropped', line: 1, column: 1, message: /Strict-Transport-Security/ }],
      output: null,
    },
    {
      // nginx 1.22.1: /x?do=1 gets the 301 with only X-Robots-Tag.
      name: 'an if that redirects itself answers in its own configuration',
      code: 'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    location / {\n        try_files $uri @app;\n    }\n    location @app {\n        if ($arg_do) {\n            add_header X-Robots-Tag noindex always;\n            rewrite ^ /new permanent;\n        }\n        rewrite ^/(.*) /doku.php?id=$1 last;\n    }\n}\n',
      errors: [{ messageId: 'dropped', line: 7, column: 9 }],
    },
    {
      name: 'a later rewrite of every path to another site redirects the client, whatever its flag',
      code: 'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    location / {\n        try_files $uri @app;\n    }\n    location @app {\n        if ($arg_do) {\n            add_header X-Robots-Tag noindex always;\n        }\n        rewrite ^/(.*)$ https://new.example/$1 last;\n    }\n}\n',
      errors: [{ messageId: 'dropped', line: 7, column: 9 }],
    },
    {
      name: 'an if followed by a rewrite … break of every path: the request is answered in the if',
      code: 'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    location / {\n        try_files $uri @app;\n    }\n    location @app {\n        if ($arg_do) {\n            add_header X-Robots-Tag noindex always;\n        }\n        rewrite ^/(.*) /doku.php?id=$1 break;\n    }\n}\n',
      errors: [{ messageId: 'dropped', line: 7, column: 9 }],
    },
    {
      name: 'an if followed by a rewrite … last of one path: the other requests are answered in the if',
      code: 'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    location / {\n        try_files $uri @app;\n    }\n    location @app {\n        if ($arg_do) {\n            add_header X-Robots-Tag noindex always;\n        }\n        rewrite ^/old$ /doku.php last;\n    }\n}\n',
      errors: [{ messageId: 'dropped', line: 7, column: 9 }],
    },
    {
      // Acceptance case webmail-pma--login-if-no-store: the message showed `if ($arg__task = login )`.
      name: 'an if block is named as it is written',
      code: 'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    location = /index.php {\n        if ($arg__task = "login") {\n            add_header Cache-Control "no-store" always;\n        }\n    }\n}\n',
      errors: [
        {
          messageId: 'dropped',
          line: 4,
          column: 9,
          message: /^`if \(\$arg__task = "login"\)` declares its own `add_header`/,
        },
      ],
    },
    {
      name: 'the dropped header is an unterminated string (a parse error): no fix copies it',
      code: 'server {\n    add_header X-Frame-Options "SAMEORIGIN;\n    location /api/ {\n        add_header Cache-Control no-store;\n    }\n}\n',
      errors: [{ messageId: 'dropped', line: 3, column: 5 }],
      output: null,
    },
    {
      name: 'a location drops the server headers (Gixy location_replaces)',
      code: 'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    add_header X-Content-Type-Options nosniff always;\n    add_header X-Custom keep;\n    location /api/ {\n        add_header Cache-Control no-store;\n    }\n}\n',
      errors: [
        {
          messageId: 'dropped',
          line: 5,
          column: 5,
          endColumn: 19,
          message:
            '`location /api/` declares its own `add_header`, so nginx drops the outer `X-Frame-Options`, `X-Content-Type-Options` for its responses (add_header is only inherited by levels that declare none)',
        },
      ],
      output:
        'server {\n    add_header X-Frame-Options SAMEORIGIN always;\n    add_header X-Content-Type-Options nosniff always;\n    add_header X-Custom keep;\n    location /api/ {\n        add_header Cache-Control no-store;\n        add_header X-Frame-Options SAMEORIGIN always;\n        add_header X-Content-Type-Options nosniff always;\n    }\n}\n',
    },
    {
      name: 'a header dropped by the server is also lost by its declaring location: both get the copy (one fix-all round)',
      code: 'http {\n    add_header X-Frame-Options DENY always;\n    server {\n        add_header Strict-Transport-Security "max-age=31536000" always;\n        location / {\n            add_header Cache-Control no-store;\n        }\n    }\n}\n',
      errors: [
        {
          messageId: 'dropped',
          line: 3,
          column: 5,
          message:
            '`server` declares its own `add_header`, so nginx drops the outer `X-Frame-Options` for its responses (add_header is only inherited by levels that declare none)',
        },
        {
          messageId: 'dropped',
          line: 5,
          column: 9,
          message:
            '`location /` declares its own `add_header`, so nginx drops the outer `Strict-Transport-Security`, `X-Frame-Options` for its responses (add_header is only inherited by levels that declare none)',
        },
      ],
      output:
        'http {\n    add_header X-Frame-Options DENY always;\n    server {\n        add_header Strict-Transport-Security "max-age=31536000" always;\n        add_header X-Frame-Options DENY always;\n        location / {\n            add_header Cache-Control no-store;\n            add_header Strict-Transport-Security "max-age=31536000" always;\n            add_header X-Frame-Options DENY always;\n        }\n    }\n}\n',
    },
    {
      name: 'the top of an unplaced file is the level it is included into (Gixy location_replaces)',
      code: 'add_header X-Frame-Options "DENY" always;\n\nlocation /new-headers {\n  add_header X-Foo foo;\n}\n',
      errors: [{ messageId: 'dropped', line: 3, column: 1 }],
      output:
        'add_header X-Frame-Options "DENY" always;\n\nlocation /new-headers {\n  add_header X-Foo foo;\n  add_header X-Frame-Options "DENY" always;\n}\n',
    },
    {
      name: 'an if block (Gixy if_replaces)',
      code: 'add_header X-Frame-Options "DENY" always;\n\nif (1) {\n  add_header X-Foo foo;\n}\n',
      errors: [{ messageId: 'dropped', line: 3, column: 1 }],
    },
    {
      name: 'http to location through a server without headers (Gixy step_replaces)',
      path: 'etc/nginx/nginx.conf',
      code: 'http {\nadd_header X-Frame-Options "DENY" always;\n  server {\n    location /new-headers {\n      add_header X-Foo foo;\n    }\n  }\n}\n',
      errors: [{ messageId: 'dropped', line: 4, column: 5 }],
      output:
        'http {\nadd_header X-Frame-Options "DENY" always;\n  server {\n    location /new-headers {\n      add_header X-Foo foo;\n      add_header X-Frame-Options "DENY" always;\n    }\n  }\n}\n',
    },
    {
      name: 'nested locations: the sibling that declares its own drops them (Gixy nested_block)',
      code: 'server {\n  add_header X-Frame-Options "DENY" always;\n  location / {\n    location /some {\n      add_header X-Frame-Options "DENY" always;\n    }\n\n    location /another {\n      add_header X-Foo foo;\n    }\n  }\n}\n',
      errors: [{ messageId: 'dropped', line: 8, column: 5 }],
    },
    {
      name: 'headers from an included snippet are dropped by a location that only adds Cache-Control',
      code: 'server {\n    include snippets/security-headers.conf;\n    location ~* \\.(css|js)$ {\n        add_header Cache-Control "public";\n    }\n}\n',
      files: { 'etc/nginx/snippets/security-headers.conf': SNIPPET },
      errors: [
        { messageId: 'dropped', line: 3, column: 5, message: /`X-Frame-Options`, `X-Content-Type-Options`/ },
      ],
      output:
        'server {\n    include snippets/security-headers.conf;\n    location ~* \\.(css|js)$ {\n        add_header Cache-Control "public";\n        add_header X-Frame-Options SAMEORIGIN always;\n        add_header X-Content-Type-Options nosniff always;\n    }\n}\n',
    },
    {
      name: 'a location whose add_header comes from a snippet',
      code: 'server {\n    add_header Content-Security-Policy "default-src \'self\'" always;\n    location /fonts/ {\n        include snippets/cors.conf;\n    }\n}\n',
      files: { 'etc/nginx/snippets/cors.conf': 'add_header Access-Control-Allow-Origin "*";\n' },
      errors: [{ messageId: 'dropped', line: 3, column: 5 }],
      output:
        'server {\n    add_header Content-Security-Policy "default-src \'self\'" always;\n    location /fonts/ {\n        include snippets/cors.conf;\n        add_header Content-Security-Policy "default-src \'self\'" always;\n    }\n}\n',
    },
    {
      name: 'a sites file placed by nginx.conf: the http headers are dropped by its server',
      path: 'etc/nginx/sites-enabled/app.conf',
      code: 'server {\n    listen 80;\n    add_header X-Robots-Tag noindex;\n}\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    add_header X-Content-Type-Options nosniff always;\n    include sites-enabled/*.conf;\n}\n',
      },
      errors: [{ messageId: 'dropped', line: 1, column: 1 }],
      output:
        'server {\n    listen 80;\n    add_header X-Robots-Tag noindex;\n    add_header X-Content-Type-Options nosniff always;\n}\n',
    },
    {
      name: 'a sites-available file read inside the http block that includes sites-enabled/*',
      code: 'server {\n    listen 443 ssl;\n    add_header X-Robots-Tag noindex;\n}\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    add_header X-Frame-Options SAMEORIGIN always;\n    include sites-enabled/*;\n}\n',
      },
      errors: [{ messageId: 'dropped', line: 1, column: 1, message: /`X-Frame-Options`/ }],
      output:
        'server {\n    listen 443 ssl;\n    add_header X-Robots-Tag noindex;\n    add_header X-Frame-Options SAMEORIGIN always;\n}\n',
    },
    {
      name: 'a location of an unplaced snippet is reported on the include line of the server file',
      code: 'server {\n    add_header X-Frame-Options DENY always;\n    include snippets/static.conf;\n}\n',
      files: {
        'etc/nginx/snippets/static.conf': 'location /static/ {\n    add_header Cache-Control public;\n}\n',
      },
      errors: [{ messageId: 'dropped', line: 3, column: 5 }],
    },
  ],
});
