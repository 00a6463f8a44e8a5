import assert from 'node:assert/strict';
import { test } from 'node:test';
import { includeResolution } from '../../../../rules/nginx/include-resolution.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const SITE = 'etc/nginx/sites-available/app.conf';

testRule(includeResolution, {
  valid: [
    {
      name: 'an include that resolves in the workspace',
      path: SITE,
      code: 'server {\n    listen 80;\n    include snippets/headers.conf;\n}\n',
      files: {
        'etc/nginx/nginx.conf': 'http {\n    include sites-available/*.conf;\n}\n',
        'etc/nginx/snippets/headers.conf': 'add_header X-Content-Type-Options nosniff always;\n',
      },
    },
    { name: 'no include at all', path: SITE, code: 'server {\n    listen 80;\n}\n' },
  ],
  invalid: [
    {
      name: 'a missing snippet is reported as info on its argument',
      path: SITE,
      code: 'server {\n    listen 80;\n    include snippets/missing.conf;\n}\n',
      errors: [
        { line: 3, column: 13, severity: 'info', message: /snippets\/missing\.conf.* not in the workspace/ },
      ],
    },
    {
      name: 'the same missing file included twice is one finding, on its first include',
      path: SITE,
      code: 'server {\n    listen 80;\n    location ~ \\.php$ {\n        include fastcgi_params;\n    }\n    location /app.php {\n        include fastcgi_params;\n    }\n}\n',
      errors: [{ line: 4, column: 17, severity: 'info', message: /fastcgi_params.* not in the workspace/ }],
    },
    {
      name: 'an include cycle is an error',
      path: 'etc/nginx/conf.d/a.conf',
      code: 'include conf.d/b.conf;\n',
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include conf.d/a.conf;\n}\n',
        'etc/nginx/conf.d/b.conf': 'include conf.d/a.conf;\n',
      },
      errors: [
        {
          line: 1,
          column: 1,
          severity: 'error',
          message: /^Through this include, in \/ws\/etc\/nginx\/conf\.d\/b\.conf: Include cycle/,
        },
      ],
    },
    {
      name: 'an include with two arguments',
      path: SITE,
      code: 'server {\n    include a.conf b.conf;\n}\n',
      errors: [{ line: 2, column: 13, severity: 'error', message: /exactly one/ }],
    },
  ],
});

test('the other includes of the same missing file are listed with the finding', () => {
  const path = '/ws/etc/nginx/sites-available/app.conf';
  const text =
    'server {\n    include fastcgi_params;\n    include fastcgi_params;\n    include fastcgi_params;\n}\n';
  const linter = new Linter([includeResolution], FORMATS);
  const findings = linter
    .lint(
      { path, text, format: 'nginx' },
      { config: defaultConfig(), workspace: new MemoryWorkspace('/ws', { [path]: text }) },
    )
    .findings.filter((f) => f.ruleId === 'nginx/include-resolution');
  assert.equal(findings.length, 1);
  assert.deepEqual(
    findings[0]!.related?.filter((r) => r.message === 'included here too').map((r) => r.range.start.line),
    [2, 3],
  );
});
