import { includeResolution } from '../../../../rules/nginx/include-resolution.ts';
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
