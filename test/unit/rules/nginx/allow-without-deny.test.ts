import { allowWithoutDeny } from '../../../../rules/nginx/allow-without-deny.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

const cases: { valid: (RuleTestCase | string)[]; invalid: InvalidCase[] } = {
  valid: [
    {
      name: '`allow … {` with a block is a syntax error (reported as one), not an access rule',
      code: 'location /x {\n    allow location / {\n    }\n}\n',
    },
    'location = /test/ {\n    allow 1.1.1.1;\n    deny all;\n}\n',
    {
      name: 'an exception inside a denied range',
      code: 'location / {\n    allow 10.1.1.1;\n    deny 10.0.0.0/8;\n}\n',
    },
    {
      name: 'allow all re-opens a nested location',
      code: 'location / {\n    deny all;\n    location /public/ {\n        allow all;\n    }\n}\n',
    },
    {
      name: 'satisfy any with authentication',
      code: 'location /admin/ {\n    satisfy any;\n    allow 10.0.0.0/8;\n    auth_basic "admin";\n    auth_basic_user_file /etc/nginx/htpasswd;\n}\n',
    },
    {
      name: 'satisfy any inherited',
      code: 'server {\n    satisfy any;\n    location /admin/ {\n        allow 10.0.0.0/8;\n        auth_basic "admin";\n    }\n}\n',
    },
    {
      name: 'a snippet read alone (its block is unknown)',
      path: 'etc/nginx/snippets/internal.conf',
      code: 'allow 127.0.0.1;\n',
    },
    {
      name: 'the deny comes from an included snippet',
      code: 'server {\n    location /status {\n        allow 127.0.0.1;\n        include snippets/deny.conf;\n    }\n}\n',
      files: { 'etc/nginx/snippets/deny.conf': 'deny all;\n' },
    },
    {
      name: 'the includer of the snippet denies after it',
      path: 'etc/nginx/snippets/internal.conf',
      code: 'allow 127.0.0.1;\nallow ::1;\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    server {\n        location /status {\n            include snippets/internal.conf;\n            deny all;\n        }\n    }\n}\n',
      },
    },
  ],
  invalid: [
    {
      code: 'location = /test/ {\n    allow 1.1.1.1;\n}\n',
      errors: [
        {
          messageId: 'noDeny',
          line: 2,
          column: 5,
          message: /`allow 1\.1\.1\.1` has no `deny` in the same `location` block/,
        },
      ],
      output: 'location = /test/ {\n    allow 1.1.1.1;\n    deny all;\n}\n',
    },
    {
      name: 'one finding per block, the fix goes after the last allow',
      code: 'server {\n\tlocation /metrics {\n\t\tallow 10.0.0.0/8;\n\t\tallow 192.168.0.0/16;\n\t\tstub_status;\n\t}\n}\n',
      errors: [{ messageId: 'noDeny', line: 3, column: 3 }],
      output:
        'server {\n\tlocation /metrics {\n\t\tallow 10.0.0.0/8;\n\t\tallow 192.168.0.0/16;\n\t\tdeny all;\n\t\tstub_status;\n\t}\n}\n',
    },
    {
      name: 'the deny goes after the trailing comment, with CRLF line ends',
      code: 'location /x {\r\n    allow 10.0.0.0/8; # office\r\n    stub_status;\r\n}\r\n',
      errors: [{ messageId: 'noDeny', line: 2, column: 5 }],
      output: 'location /x {\r\n    allow 10.0.0.0/8; # office\r\n    deny all;\r\n    stub_status;\r\n}\r\n',
    },
    {
      name: 'lone CR line ends: nginx reads the trailing comment on to the next LF, so no edit goes there',
      code: 'location /x {\r    allow 10.0.0.0/8; # office\r    stub_status;\r}\n',
      errors: [{ messageId: 'noDeny', line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'the last allow lacks its ";": a deny after it would become its arguments, so no fix',
      code: 'location /x {\n    allow 10.0.0.0/8 # office\n}\n',
      errors: [{ messageId: 'noDeny', line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'an outer deny all does not help: the block replaces the rules',
      code: 'server {\n    deny all;\n    location /api/ {\n        allow 10.0.0.0/8;\n    }\n}\n',
      errors: [{ messageId: 'noDeny', line: 4, column: 9 }],
      output:
        'server {\n    deny all;\n    location /api/ {\n        allow 10.0.0.0/8;\n        deny all;\n    }\n}\n',
    },
    {
      name: 'in an nginx -T dump, through an include',
      path: 'dump.txt',
      code: '# configuration file /etc/nginx/nginx.conf:\nhttp {\n  server {\n    location /example_service {\n        include /tmp/deny;\n    }\n  }\n}\n\n# configuration file /tmp/deny:\nallow 127.0.0.1;\n',
      errors: [{ messageId: 'noDeny', line: 11, column: 1 }],
      output: null,
    },
    {
      name: 'a snippet whose includer does not deny',
      path: 'etc/nginx/snippets/internal.conf',
      code: 'allow 127.0.0.1;\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    server {\n        location /status {\n            include snippets/internal.conf;\n        }\n    }\n}\n',
      },
      errors: [{ messageId: 'noDeny', line: 1, column: 1 }],
      output: null,
    },
  ],
};

testRule(allowWithoutDeny, cases);
fixesPassNginx(allowWithoutDeny.meta.id, cases.invalid);
