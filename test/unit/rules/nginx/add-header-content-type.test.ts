import { addHeaderContentType } from '../../../../rules/nginx/add-header-content-type.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

const cases: { valid: (RuleTestCase | string)[]; invalid: InvalidCase[] } = {
  valid: [
    'add_header X-Content-Type-Options nosniff always;\n',
    'location / {\n    default_type text/plain;\n}\n',
    {
      name: 'the backend header is hidden in the same block',
      code: 'location / {\n    fastcgi_hide_header Content-Type;\n    add_header Content-Type "application/json";\n}\n',
    },
    {
      name: 'hidden at an outer level',
      code: 'server {\n    proxy_hide_header content-type;\n    location / {\n        add_header Content-Type application/octet-stream;\n    }\n}\n',
    },
    {
      name: 'hidden by the includer of a snippet',
      path: 'etc/nginx/snippets/json.conf',
      code: 'add_header Content-Type application/json;\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    server {\n        location /api {\n            uwsgi_hide_header Content-Type;\n            include snippets/json.conf;\n        }\n    }\n}\n',
      },
    },
  ],
  invalid: [
    {
      code: 'location /robots.txt {\n    add_header Content-Type text/plain;\n}\n',
      errors: [{ messageId: 'added', line: 2, column: 16, endColumn: 28 }],
      output: 'location /robots.txt {\n    default_type text/plain;\n}\n',
    },
    {
      name: 'any case, with always and a charset',
      code: 'server {\n    add_header content-type "text/html; charset=utf-8" always;\n}\n',
      errors: [{ messageId: 'added', line: 2, column: 16 }],
      output: 'server {\n    default_type text/html;\n}\n',
    },
    {
      name: 'no fix inside if, or with a variable, or next to a default_type',
      code: 'location / {\n    default_type text/html;\n    add_header Content-Type text/plain;\n    if ($arg_raw) {\n        add_header Content-Type $type;\n    }\n}\n',
      errors: [
        { messageId: 'added', line: 3, column: 16 },
        { messageId: 'added', line: 5, column: 20 },
      ],
      output: null,
    },
    {
      name: 'a snippet whose includer does not hide the backend header',
      path: 'etc/nginx/snippets/json.conf',
      code: 'add_header Content-Type application/json;\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    server {\n        location /api {\n            include snippets/json.conf;\n        }\n    }\n}\n',
      },
      errors: [{ messageId: 'added', line: 1, column: 12 }],
    },
    {
      name: 'more_set_headers',
      code: "more_set_headers 'Content-Type: text/plain';\n",
      errors: [{ messageId: 'added', line: 1, column: 18, message: /`more_set_headers`/ }],
      output: null,
    },
  ],
};

testRule(addHeaderContentType, cases);
fixesPassNginx(addHeaderContentType.meta.id, cases.invalid);
