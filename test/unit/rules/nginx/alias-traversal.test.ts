import { aliasTraversal } from '../../../../rules/nginx/alias-traversal.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

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
      name: 'alias without slash: no fix',
      code: 'location /files {\n    alias /home;\n}\n',
      errors: [{ messageId: 'prefix', line: 1, column: 10 }],
      output: null,
    },
    {
      name: '^~ with an existing slashed twin: no fix',
      code: 'server {\n    location /files/ {\n    }\n    location ^~ /files {\n        alias /srv/files/;\n    }\n}\n',
      errors: [{ messageId: 'prefix', line: 4, column: 17 }],
      output: null,
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
