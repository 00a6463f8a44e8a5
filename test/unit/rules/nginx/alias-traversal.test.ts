import { aliasTraversal } from '../../../../rules/nginx/alias-traversal.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

/** Moodle's X-Accel-Redirect location without its slash, in a server with `extra` (lines of the server). */
function internalDataroot(extra: string, alias = '/var/moodledata/'): string {
  return `server {\n    location ^~ /dataroot {\n        internal;\n        alias ${alias};\n    }\n${extra}}\n`;
}

/** The same server after the fix. */
function fixedDataroot(extra: string): string {
  return internalDataroot(extra).replace('^~ /dataroot {', '^~ /dataroot/ {');
}

const cases: { valid: (RuleTestCase | string)[]; invalid: InvalidCase[] } = {
  valid: [
    'location /files/ {\n    alias /home/;\n}\n',
    {
      name: 'alias without slash under a slashed location (Gixy fp)',
      code: 'location /files/ {\n    alias /home;\n}\n',
    },
    {
      name: 'alias of the outer location',
      code: 'location /files/ {\n    location /files/images {\n    }\n    alias /home/;\n}\n',
    },
    'location = /favicon.ico {\n    alias /var/www/favicon.ico;\n}\n',
    'location ~ ^/images/(.*)$ {\n    alias /app/static/$1;\n}\n',
    'location ~ /images(/.*) {\n    alias /app/static$1;\n}\n',
    {
      name: 'capture that cannot start with a dot',
      code: 'location ~ /images([^\\.]*) {\n    alias /app/static/$1;\n}\n',
    },
    { name: 'no capture in the alias', code: 'location ~* ^/files-(en|fr|es) {\n    alias /home/;\n}\n' },
    {
      name: 'capture at the start of an anchored regex',
      code: 'location ~ ^(/.*\\.png)$ {\n    alias /srv/img$1;\n}\n',
    },
    {
      name: 'named capture after a slash',
      code: 'location ~ ^/u/(?<name>[^/]+)$ {\n    alias /srv/users/$name;\n}\n',
    },
    { name: 'root is not alias', code: 'location /files {\n    root /home;\n}\n' },
    {
      name: 'internal: only X-Accel-Redirect and literal URIs reach it',
      code: internalDataroot(
        '    error_page 404 /404.html;\n    rewrite ^/legacy$ /dataroot/filedir/x last;\n    location / {\n        try_files $uri $uri/ /index.php$is_args$args;\n    }\n',
      ),
    },
    {
      name: 'internal: the capture begins after a slash of the URI, so it cannot be ..',
      code: internalDataroot('    rewrite ^/f/(.*)$ /dataroot$1 last;\n'),
    },
    {
      name: 'internal: a capture of digits cannot be ..',
      code: internalDataroot('    rewrite ^/f(\\d+)$ /dataroot$1 last;\n'),
    },
    {
      name: 'internal: rewrite … break stays in its location',
      code: internalDataroot('    location /f {\n        rewrite ^/f(.*)$ /dataroot$1 break;\n    }\n'),
    },
    {
      name: 'internal: rewrite … permanent answers the client',
      code: internalDataroot('    rewrite ^/f(.*)$ /dataroot$1 permanent;\n'),
    },
    {
      name: 'internal: $uri after the prefix begins with a slash',
      code: internalDataroot('    location /f {\n        try_files $uri /dataroot$uri;\n    }\n'),
    },
    {
      name: 'internal: the rewrite is in another server',
      code: `${internalDataroot('')}server {\n    rewrite ^/f(.*)$ /dataroot$1 last;\n}\n`,
    },
    {
      name: 'nested in an internal location (nginx applies internal to it)',
      code: 'location /private/ {\n    internal;\n    location /private/files {\n        alias /srv/files/;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      code: 'location /files {\n    alias /home/;\n}\n',
      errors: [{ messageId: 'prefix', line: 1, column: 10, endColumn: 16, message: /`\/files\.\.\/`/ }],
      output: 'location /files/ {\n    alias /home/;\n}\n',
    },
    {
      name: 'nested location',
      code: 'location /files/ {\n    location /files/images {\n        alias /home/;\n    }\n}\n',
      errors: [{ messageId: 'prefix', line: 2, column: 14 }],
      output: 'location /files/ {\n    location /files/images/ {\n        alias /home/;\n    }\n}\n',
    },
    {
      // Froxlor's shipped acme.conf has this shape (blind case froxlor, nginx 1.22.1): no `..`
      // escape, but /.well-known/acme-challenge-old/s read the sibling folder (200).
      name: 'alias without slash either: sibling paths only, a warning, no fix',
      code: 'location /files {\n    alias /home;\n}\n',
      errors: [
        {
          messageId: 'prefixSibling',
          severity: 'warning',
          line: 1,
          column: 10,
          message: /`\/files-old\/x` reads `\/home-old\/x`/,
        },
      ],
      output: null,
    },
    {
      name: '^~ with an existing slashed twin: no fix',
      code: 'server {\n    location /files/ {\n    }\n    location ^~ /files {\n        alias /srv/files/;\n    }\n}\n',
      errors: [
        {
          messageId: 'prefix',
          line: 4,
          column: 17,
          message:
            /^`location \^~ \/files` does not end with `\/` but uses `alias`: a request for `\/files\.\.\/`/,
        },
      ],
      output: null,
    },
    {
      name: 'internal, but a rewrite glues a capture to the prefix: /f../x → /dataroot../x',
      code: internalDataroot('    rewrite ^/f(.*)$ /dataroot$1 last;\n'),
      errors: [
        {
          messageId: 'prefixInternal',
          line: 2,
          column: 17,
          message: /`rewrite \^\/f\(\.\*\)\$ \/dataroot\$1 last` lets a client reach it: `\$1` chooses/,
        },
      ],
      output: fixedDataroot('    rewrite ^/f(.*)$ /dataroot$1 last;\n'),
    },
    {
      name: 'internal, but a rewrite in an if without a flag reaches it',
      code: internalDataroot('    if ($arg_f) {\n        rewrite ^/f(.*)$ /dataroot$1;\n    }\n'),
      errors: [{ messageId: 'prefixInternal', line: 2, column: 17 }],
      output: fixedDataroot('    if ($arg_f) {\n        rewrite ^/f(.*)$ /dataroot$1;\n    }\n'),
    },
    {
      name: 'internal, but the try_files fallback ends with a query argument',
      code: internalDataroot('    location /t {\n        try_files $uri /dataroot$arg_p;\n    }\n'),
      errors: [{ messageId: 'prefixInternal', line: 2, column: 17, message: /`\$arg_p` chooses/ }],
      output: fixedDataroot('    location /t {\n        try_files $uri /dataroot$arg_p;\n    }\n'),
    },
    {
      name: 'internal, but the error_page URI ends with a variable set from a query argument',
      code: internalDataroot('    set $file $arg_p;\n    error_page 404 /dataroot$file;\n'),
      errors: [{ messageId: 'prefixInternal', line: 2, column: 17, message: /`\$arg_p` chooses/ }],
      output: fixedDataroot('    set $file $arg_p;\n    error_page 404 /dataroot$file;\n'),
    },
    {
      name: 'internal, but a catch-all rewrite rebuilds the whole URI',
      code: internalDataroot('    rewrite ^/(.*)$ /$1 last;\n'),
      errors: [{ messageId: 'prefixInternal', line: 2, column: 17 }],
      output: fixedDataroot('    rewrite ^/(.*)$ /$1 last;\n'),
    },
    {
      name: 'internal, alias without slash: a capture after a URI slash names a sibling (/f/-old/x)',
      code: internalDataroot('    rewrite ^/f/(.*)$ /dataroot$1 last;\n', '/var/moodledata'),
      errors: [{ messageId: 'prefixInternal', line: 2, column: 17 }],
      output: null,
    },
    {
      name: 'internal location in a snippet, rewrite in the server that includes it',
      path: 'etc/nginx/snippets/dataroot.conf',
      code: 'location ^~ /dataroot {\n    internal;\n    alias /var/moodledata/;\n}\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    server {\n        rewrite ^/f(.*)$ /dataroot$1 last;\n        include snippets/dataroot.conf;\n    }\n}\n',
      },
      errors: [{ messageId: 'prefixInternal', line: 1, column: 13 }],
      output: 'location ^~ /dataroot/ {\n    internal;\n    alias /var/moodledata/;\n}\n',
    },
    {
      name: 'capture that can start with ..',
      code: 'location ~ /images(.*) {\n    alias /app/static/$1;\n}\n',
      errors: [{ messageId: 'captureDots', line: 2, column: 11, message: /`\/images\.\.\/`/ }],
    },
    {
      name: 'capture before a suffix',
      code: 'location ~ /images(.*)/lol {\n    alias /app/static/$1;\n}\n',
      errors: [{ messageId: 'captureDots', line: 2, column: 11 }],
    },
    {
      name: 'glued capture',
      code: 'location ~ /site/(.*) {\n    alias /lol$1;\n}\n',
      errors: [{ messageId: 'captureGlued', line: 2, column: 11 }],
    },
    {
      name: 'glued capture that can start with a dot',
      code: 'location ~ /images(.*) {\n    alias /app/static$1;\n}\n',
      errors: [{ messageId: 'captureGlued', line: 2, column: 11 }],
    },
    {
      name: 'second capture after the first',
      code: 'location ~ /site(2)(.*) {\n    alias /lol/$2;\n}\n',
      errors: [{ messageId: 'captureDots', line: 2, column: 11 }],
    },
    {
      name: 'alias made of the capture',
      code: 'location ~ ^/static(/.*)$ {\n    alias $1;\n}\n',
      errors: [{ messageId: 'captureWhole', line: 2, column: 11 }],
    },
  ],
};

testRule(aliasTraversal, cases);
fixesPassNginx(aliasTraversal.meta.id, cases.invalid);
