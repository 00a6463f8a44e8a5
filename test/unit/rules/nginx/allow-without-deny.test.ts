import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowWithoutDeny } from '../../../../rules/nginx/allow-without-deny.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

/** A snippet of `allow` lines only, meant to be followed by `deny all;` where it is included. */
const OFFICE_IPS = 'etc/nginx/snippets/office-ips.conf';
const OFFICE_IPS_TEXT =
  '# Office and VPN.\n# Follow the include with "deny all;".\nallow 203.0.113.0/24;\nallow 198.51.100.7;\n';
const SHOP_SITE = 'etc/nginx/sites-enabled/shop.conf';
const MAIN = 'events {}\nhttp {\n    include sites-enabled/*.conf;\n}\n';

/**
 * A server whose /setup and /update follow the snippet with `deny all;` and whose admin does too,
 * or not. The admin comes first: a snippet read on its own is placed in its first inclusion.
 */
const shopSite = (adminDenies: boolean) =>
  'server {\n    listen 80;\n    server_name shop.example.com;\n' +
  `    location /admin_k3x9q/ {\n        include snippets/office-ips.conf;\n${adminDenies ? '        deny all;\n' : ''}        try_files $uri /index.php$is_args$args;\n    }\n` +
  '    location /setup/ {\n        include snippets/office-ips.conf;\n        deny all;\n    }\n' +
  '    location /update/ {\n        include snippets/office-ips.conf;\n        deny all;\n    }\n}\n';

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
    {
      name: 'a snippet whose includer does not deny: the includer reports it, on its include line',
      path: 'etc/nginx/snippets/internal.conf',
      code: 'allow 127.0.0.1;\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    server {\n        location /status {\n            include snippets/internal.conf;\n        }\n    }\n}\n',
      },
    },
    {
      name: 'a snippet of allow lines that one of its three including blocks leaves without deny: the snippet is silent',
      path: OFFICE_IPS,
      code: OFFICE_IPS_TEXT,
      files: { 'etc/nginx/nginx.conf': MAIN, [SHOP_SITE]: shopSite(false) },
    },
    {
      name: 'the allow rules come from an included snippet, the deny follows the include',
      path: SHOP_SITE,
      code: shopSite(true),
      files: { 'etc/nginx/nginx.conf': MAIN, [OFFICE_IPS]: OFFICE_IPS_TEXT },
    },
    {
      name: 'an included snippet brings allow and satisfy any',
      code: 'location /admin/ {\n    include snippets/office-or-password.conf;\n}\n',
      files: {
        'etc/nginx/snippets/office-or-password.conf':
          'satisfy any;\nallow 203.0.113.0/24;\nauth_basic "admin";\nauth_basic_user_file /etc/nginx/htpasswd;\n',
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
      errors: [
        {
          messageId: 'noDenyAfterInclude',
          line: 5,
          column: 9,
          message:
            '`include /tmp/deny` brings `allow 127.0.0.1` into `location /example_service`, which has no `deny`: requests from every other address are allowed too',
        },
      ],
      // A dump is not a configuration nginx -t can read back (its parts are separate files).
      output: /include \/tmp\/deny;\n {8}deny all;\n {4}\}/,
    },
    {
      name: 'the includer of a snippet that does not deny reports it on its include line',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    server {\n        location /status {\n            include snippets/internal.conf;\n        }\n    }\n}\n',
      files: { 'etc/nginx/snippets/internal.conf': 'allow 127.0.0.1;\n' },
      errors: [
        {
          messageId: 'noDenyAfterInclude',
          line: 5,
          column: 13,
          message:
            /^`include snippets\/internal\.conf` brings `allow 127\.0\.0\.1` into `location \/status`, which has no `deny`/,
        },
      ],
      output:
        'events {}\nhttp {\n    server {\n        location /status {\n            include snippets/internal.conf;\n            deny all;\n        }\n    }\n}\n',
    },
    {
      name: 'a snippet of allow lines included in three blocks: only the block without deny, at its include',
      path: SHOP_SITE,
      code: shopSite(false),
      files: { 'etc/nginx/nginx.conf': MAIN, [OFFICE_IPS]: OFFICE_IPS_TEXT },
      errors: [
        {
          messageId: 'noDenyAfterInclude',
          line: 5,
          column: 9,
          message:
            '`include snippets/office-ips.conf` brings `allow 203.0.113.0/24` into `location /admin_k3x9q/`, which has no `deny`: requests from every other address are allowed too',
        },
      ],
      output: shopSite(true),
    },
    {
      name: 'one finding per including block',
      code: 'server {\n    location /a/ {\n        include snippets/office-ips.conf;\n    }\n    location /b/ {\n        include snippets/office-ips.conf;\n    }\n}\n',
      files: { [OFFICE_IPS]: OFFICE_IPS_TEXT },
      errors: [
        { messageId: 'noDenyAfterInclude', line: 3, column: 9, message: /into `location \/a\/`/ },
        { messageId: 'noDenyAfterInclude', line: 6, column: 9, message: /into `location \/b\/`/ },
      ],
      output:
        'server {\n    location /a/ {\n        include snippets/office-ips.conf;\n        deny all;\n    }\n    location /b/ {\n        include snippets/office-ips.conf;\n        deny all;\n    }\n}\n',
    },
    {
      name: 'nested includes: reported at the include written in the block',
      code: 'location /admin/ {\n    include snippets/admin-access.conf;\n    index index.php;\n}\n',
      files: {
        'etc/nginx/snippets/admin-access.conf':
          '# Who may reach the admin.\ninclude snippets/office-ips.conf;\n',
        [OFFICE_IPS]: OFFICE_IPS_TEXT,
      },
      errors: [
        {
          messageId: 'noDenyAfterInclude',
          line: 2,
          column: 5,
          message:
            /^`include snippets\/admin-access\.conf` brings `allow 203\.0\.113\.0\/24` into `location \/admin\/`/,
        },
      ],
      output:
        'location /admin/ {\n    include snippets/admin-access.conf;\n    deny all;\n    index index.php;\n}\n',
    },
    {
      name: 'the first allow is written in the block, the last comes through an include: the deny goes after the include',
      code: 'location /admin/ {\n    allow 10.0.0.1;\n    include snippets/office-ips.conf;\n}\n',
      files: { [OFFICE_IPS]: OFFICE_IPS_TEXT },
      errors: [{ messageId: 'noDeny', line: 2, column: 5 }],
      output:
        'location /admin/ {\n    allow 10.0.0.1;\n    include snippets/office-ips.conf;\n    deny all;\n}\n',
    },
    {
      name: 'the first allow comes through an include, the last is written in the block: the deny goes after it',
      code: 'location /admin/ {\n    include snippets/office-ips.conf; # office\n    allow 10.0.0.1;\n}\n',
      files: { [OFFICE_IPS]: OFFICE_IPS_TEXT },
      errors: [{ messageId: 'noDenyAfterInclude', line: 2, column: 5 }],
      output:
        'location /admin/ {\n    include snippets/office-ips.conf; # office\n    allow 10.0.0.1;\n    deny all;\n}\n',
    },
  ],
};

testRule(allowWithoutDeny, cases);
fixesPassNginx(allowWithoutDeny.meta.id, cases.invalid);

test('a snippet of allow lines and its includers: one finding per audit, on the include of the block without deny', () => {
  const workspace = new MemoryWorkspace('/ws', {
    'etc/nginx/nginx.conf': MAIN,
    [SHOP_SITE]: shopSite(false),
    [OFFICE_IPS]: OFFICE_IPS_TEXT,
  });
  const linter = new Linter([allowWithoutDeny], FORMATS);
  // As `harden audit` does: every file linted on its own, with the whole workspace in view.
  const findings = [...workspace.files].flatMap(([path, text]) =>
    linter
      .lint({ path, text, format: 'nginx' }, { config: defaultConfig(), workspace })
      .findings.filter((f) => f.ruleId === allowWithoutDeny.meta.id)
      .map((f) => ({
        at: `${path}:${f.range.start.line + 1}`,
        related: f.related?.map((r) => `${r.file}:${r.range.start.line + 1} ${r.message}`),
      })),
  );
  assert.deepEqual(findings, [
    {
      at: `/ws/${SHOP_SITE}:5`,
      related: [
        `/ws/${SHOP_SITE}:5 includes /ws/${OFFICE_IPS}`,
        `/ws/${OFFICE_IPS}:3 \`allow 203.0.113.0/24\` is here`,
      ],
    },
  ]);
});
