import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAffected, knownCve } from '../../../../rules/nginx/known-cve.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

test('known-cve: nginx.org version notation', () => {
  // CVE-2021-23017: vulnerable 0.6.18-1.20.0, not vulnerable 1.21.0+, 1.20.1+.
  assert.equal(isAffected([1, 20, 0], '0.6.18-1.20.0', '1.21.0+, 1.20.1+'), true);
  assert.equal(isAffected([1, 19, 10], '0.6.18-1.20.0', '1.21.0+, 1.20.1+'), true);
  assert.equal(isAffected([1, 20, 1], '0.6.18-1.20.0', '1.21.0+, 1.20.1+'), false);
  assert.equal(isAffected([1, 21, 0], '0.6.18-1.20.0', '1.21.0+, 1.20.1+'), false);
  assert.equal(isAffected([0, 6, 17], '0.6.18-1.20.0', '1.21.0+, 1.20.1+'), false);
  // CVE-2019-9511: 1.16.1+ is fixed inside the vulnerable range.
  assert.equal(isAffected([1, 16, 1], '1.9.5-1.17.2', '1.17.3+, 1.16.1+'), false);
  assert.equal(isAffected([1, 16, 0], '1.9.5-1.17.2', '1.17.3+, 1.16.1+'), true);
  assert.equal(isAffected([1, 17, 2], '1.9.5-1.17.2', '1.17.3+, 1.16.1+'), true);
  // Ranges made of a list and a single version (CVE-2024-32760).
  assert.equal(isAffected([1, 26, 0], '1.25.0-1.25.5, 1.26.0', '1.27.0+, 1.26.1+'), true);
  assert.equal(isAffected([1, 26, 1], '1.25.0-1.25.5, 1.26.0', '1.27.0+, 1.26.1+'), false);
  assert.equal(isAffected([1, 24, 0], '1.25.0-1.25.5, 1.26.0', '1.27.0+, 1.26.1+'), false);
});

const tls =
  'server {\n    listen 443 ssl http2;\n    ssl_certificate /etc/ssl/site.pem;\n    ssl_certificate_key /etc/ssl/site.key;\n';

testRule(knownCve, {
  valid: [
    { name: 'no version: nothing checked', code: `${tls}}\n` },
    { name: 'a recent version', code: `# nginx version: nginx/1.30.4\n${tls}    resolver 127.0.0.1;\n}\n` },
    {
      name: 'the option is only applied to the main configuration',
      code: `${tls}}\n`,
      options: { nginxVersion: '1.18.0' },
    },
    {
      name: 'a version comment after the first directive is not a header',
      code: `${tls}    # built with nginx/1.18.0\n}\n`,
    },
    {
      name: 'ignored advisories',
      code: `# nginx/1.24.0\n${tls}}\n`,
      options: { ignore: ['CVE-2023-44487'] },
    },
  ],
  invalid: [
    {
      name: 'version comment, HTTP/2 and a rewrite',
      code: `# nginx version: nginx/1.22.1\n${tls}    rewrite ^/old$ /new permanent;\n}\n`,
      errors: [
        {
          messageId: 'affected',
          line: 1,
          column: 24,
          endColumn: 30,
          message: /CVE-2026-9256 .* through rewrite: upgrade to 1\.31\.1, 1\.30\.2$/,
        },
        { messageId: 'affected', line: 1, column: 24, message: /CVE-2026-42945/ },
        {
          messageId: 'affected',
          line: 1,
          column: 24,
          message:
            /^nginx 1\.22\.1 is affected by CVE-2023-44487 \(HTTP\/2 rapid reset denial of service, medium\) through HTTP\/2/,
        },
      ],
      output: null,
    },
    {
      name: 'option on nginx.conf, features read through includes',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n',
      files: {
        'etc/nginx/conf.d/site.conf':
          'server {\n    resolver 8.8.8.8;\n    location /v/ {\n        mp4;\n    }\n}\n',
      },
      options: { nginxVersion: '1.20.0' },
      errors: [
        { messageId: 'affected', line: 1, column: 1, message: /CVE-2026-27784/ },
        { messageId: 'affected', line: 1, column: 1, message: /CVE-2026-32647/ },
        { messageId: 'affected', line: 1, column: 1, message: /CVE-2024-7347/ },
        { messageId: 'affected', line: 1, column: 1, message: /CVE-2022-41741/ },
        { messageId: 'affected', line: 1, column: 1, message: /CVE-2022-41742/ },
        { messageId: 'affected', line: 1, column: 1, message: /CVE-2021-23017 .* through the resolver/ },
      ],
    },
    {
      name: 'an old version: core advisories',
      code: '# nginx/1.4.0\nevents {}\n',
      errors: [
        { messageId: 'affected', line: 1, column: 9, message: /CVE-2017-7529/ },
        { messageId: 'affected', line: 1, column: 9, message: /CVE-2016-4450/ },
        { messageId: 'affected', line: 1, column: 9, message: /CVE-2013-4547/ },
        { messageId: 'affected', line: 1, column: 9, message: /CVE-2013-2028/ },
      ],
    },
    {
      name: 'a malformed option',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\n',
      options: { nginxVersion: 'latest' },
      errors: [{ messageId: 'badVersion', line: 1, column: 1 }],
    },
  ],
});
