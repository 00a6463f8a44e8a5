import assert from 'node:assert/strict';
import { test } from 'node:test';
import { origins } from '../../../../rules/nginx/origins.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

const ifOrigin = (op: string, pattern: string, body = '') =>
  `if ($http_origin ${op} ${pattern}) {\n${body}}\n`;
const ifReferer = (op: string, pattern: string, body = '') =>
  `if ($http_referer ${op} ${pattern}) {\n${body}}\n`;

// A CORS map and the `add_header` that sends its variable, kept in different files.
const corsMap = (key: string) => `map $http_origin $cors {\n    default "";\n    ${key} $http_origin;\n}\n`;
const UNENDED_KEY = '"~^https://app\\.example\\.com"';
const ENDED_KEY = '"~^https://app\\.example\\.com$"';
const CORS_SITE =
  'server {\n    listen 80;\n    location /api/ {\n        add_header Access-Control-Allow-Origin $cors always;\n    }\n}\n';
const MAIN = 'events {}\nhttp {\n    include conf.d/*.conf;\n    include sites-enabled/*.conf;\n}\n';
const CONF_D = 'etc/nginx/conf.d/cors.conf';
const ENABLED_SITE = 'etc/nginx/sites-enabled/app.conf';

const cases: { valid: (RuleTestCase | string)[]; invalid: InvalidCase[] } = {
  valid: [
    ifOrigin(
      '~*',
      '"^https?://(www\\.)?example\\.com$"',
      '    add_header Access-Control-Allow-Origin $http_origin;\n',
    ),
    ifOrigin('!~', "'^https://([a-z0-9-]+\\.)*example\\.com$'"),
    ifOrigin('!~', "'^https?:\\/\\/example\\.co\\.uk(:\\d+)?$'"),
    ifReferer('!~', '"^https://example\\.com/"', '    return 403;\n'),
    ifReferer('!~', '"^https://[^/]+\\.example\\.com/"', '    return 403;\n'),
    { name: 'origin regexes may end with the path', code: ifOrigin('!~', "'^https?:\\/\\/yandex\\.ru/'") },
    {
      name: 'a block list of spam referers',
      code: ifReferer('~*', '"(casino|pills|spam)"', '    return 403;\n'),
    },
    { name: 'not a regex comparison', code: ifOrigin('=', '"https://example.com"') },
    { name: 'another header', code: 'if ($http_user_agent ~ "bot") {\n    return 403;\n}\n' },
    {
      name: 'a map that is not sent as CORS header',
      code: 'map $http_origin $allowed {\n    ~example 1;\n}\n',
    },
    {
      name: "the site that sends a conf.d map's variable leaves the map to its own file",
      path: ENABLED_SITE,
      code: CORS_SITE,
      files: { 'etc/nginx/nginx.conf': MAIN, [CONF_D]: corsMap(UNENDED_KEY) },
    },
    {
      name: 'nginx.conf leaves the map of a conf.d file it includes to that file',
      path: 'etc/nginx/nginx.conf',
      code: MAIN,
      files: { [CONF_D]: corsMap(UNENDED_KEY), [ENABLED_SITE]: CORS_SITE },
    },
    {
      name: 'a conf.d map whose variable only a site that nginx.conf does not include sends',
      path: CONF_D,
      code: corsMap(UNENDED_KEY),
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n',
        'etc/nginx/sites-available/app.conf': CORS_SITE,
      },
    },
    {
      name: 'a conf.d map whose variable the sites send upstream, not as a CORS header',
      path: CONF_D,
      code: corsMap(UNENDED_KEY),
      files: {
        'etc/nginx/nginx.conf': MAIN,
        [ENABLED_SITE]: 'server {\n    listen 80;\n    proxy_set_header Origin $cors;\n}\n',
      },
    },
    {
      name: 'trusted domains option',
      code: ifOrigin('!~', "'^https://(app|www)\\.example\\.com$'"),
      options: { domains: ['example.com'], httpsOnly: true },
    },
  ],
  invalid: [
    {
      // Acceptance case yourls--api-cors-map-unescaped-dot: only the first dot becomes a letter,
      // so the example is a domain an attacker can register.
      name: 'two unescaped dots',
      code: ifOrigin('!~', "'^https://tools.example.com$'"),
      errors: [
        { messageId: 'unescapedDot', line: 1, column: 21, message: /accepts `https:\/\/toolsxexample\.com`/ },
      ],
      output: ifOrigin('!~', "'^https://tools\\.example\\.com$'"),
    },
    {
      name: 'unescaped dot',
      code: ifOrigin('!~', "'^https?:\\/\\/yandex.ru\\/'"),
      errors: [
        { messageId: 'unescapedDot', line: 1, column: 21, message: /accepts `https:\/\/yandexxru\/`/ },
      ],
      output: ifOrigin('!~', "'^https?:\\/\\/yandex\\.ru\\/'"),
    },
    {
      name: 'unescaped dot in a subdomain, referer',
      code: ifReferer('!~', "'^https?:\\/\\/some.yandex\\.ru\\/'"),
      errors: [{ messageId: 'unescapedDot', line: 1, column: 22 }],
      output: ifReferer('!~', "'^https?:\\/\\/some\\.yandex\\.ru\\/'"),
    },
    {
      name: 'host not ended, origin',
      code: ifOrigin('!~', "'^https?:\\/\\/yandex\\.ru'"),
      errors: [{ messageId: 'openHost', line: 1, column: 21, message: /yandex\.ru\.evil\.example/ }],
      output: ifOrigin('!~', "'^https?:\\/\\/yandex\\.ru$'"),
    },
    {
      name: 'host not ended, referer',
      code: ifReferer('!~', '"^https://example\\.com"', '    return 403;\n'),
      errors: [{ messageId: 'openHost', line: 1, column: 22 }],
      output: ifReferer('!~', '"^https://example\\.com/"', '    return 403;\n'),
    },
    {
      name: 'not anchored, referer',
      code: ifReferer('!~', '"https://example\\.com/"'),
      errors: [
        {
          messageId: 'unanchoredStart',
          line: 1,
          column: 22,
          message: /https:\/\/evil\.example\/\?https:\/\/example\.com\//,
        },
      ],
      output: ifReferer('!~', '"^https://example\\.com/"'),
    },
    {
      name: 'not anchored, origin',
      code: ifOrigin('~*', '"https://google\\.com$"', '    set $cors true;\n'),
      errors: [{ messageId: 'unanchoredStart', line: 1, column: 21 }],
      output: ifOrigin('~*', '"^https://google\\.com$"', '    set $cors true;\n'),
    },
    {
      name: 'anything may stand before the scheme',
      code: ifOrigin('!~', '"^([^!]+)?https://webvisor\\.com$"'),
      errors: [{ messageId: 'unanchoredStart', line: 1, column: 21 }],
      output: null,
    },
    {
      name: 'a wildcard that reaches the path',
      code: ifReferer('!~', '"^https?://([^/]+metrika.*yandex\\.(ru|ua|com)|([^/]+\\.)?webvisor\\.com)/"'),
      errors: [{ messageId: 'pathInHost', line: 1, column: 22 }],
      output: null,
    },
    {
      name: 'an unanchored alternative',
      code: ifReferer('!~', '"^https?://([^/]+\\.)?yandex\\.com/|([^/]+\\.)?webvisor\\.com/"'),
      errors: [{ messageId: 'unanchoredStart', line: 1, column: 22 }],
      output: null,
    },
    {
      name: 'a variable part before the domain',
      code: ifOrigin('~*', '"^https?://.*example\\.com$"'),
      errors: [{ messageId: 'unpinnedHost', line: 1, column: 21, message: /https:\/\/evilexample\.com/ }],
      output: null,
    },
    {
      name: 'https only',
      code: ifOrigin('!~', "'^https?:\\/\\/yandex\\.ru\\/'"),
      options: { domains: ['yandex.ru'], httpsOnly: true },
      errors: [{ messageId: 'plainHttp', line: 1, column: 21 }],
      output: null,
    },
    {
      name: 'untrusted domain',
      code: ifOrigin('!~', '"^https://example\\.org$"'),
      options: { domains: ['example.com'] },
      errors: [
        { messageId: 'untrustedDomain', line: 1, column: 21, message: /`example\.org`.*\(example\.com\)/ },
      ],
      output: null,
    },
    {
      name: 'a CORS map key',
      code: 'map $http_origin $cors {\n    default "";\n    "~^https://(www\\.)?example\\.com$" $http_origin;\n    "~*^https://partner.example\\.net$" $http_origin;\n}\nserver {\n    add_header Access-Control-Allow-Origin $cors always;\n}\n',
      errors: [{ messageId: 'unescapedDot', line: 4, column: 5 }],
      output:
        'map $http_origin $cors {\n    default "";\n    "~^https://(www\\.)?example\\.com$" $http_origin;\n    "~*^https://partner\\.example\\.net$" $http_origin;\n}\nserver {\n    add_header Access-Control-Allow-Origin $cors always;\n}\n',
    },
    {
      name: 'a CORS map in conf.d/, sent by a site of the same nginx.conf',
      path: CONF_D,
      code: corsMap(UNENDED_KEY),
      files: { 'etc/nginx/nginx.conf': MAIN, [ENABLED_SITE]: CORS_SITE },
      errors: [{ messageId: 'openHost', line: 3, column: 5 }],
      output: corsMap(ENDED_KEY),
    },
    {
      name: 'a CORS map in the http block of nginx.conf, sent by a site it includes',
      path: 'etc/nginx/nginx.conf',
      code: `events {}\nhttp {\n${corsMap(UNENDED_KEY).replace(/^/gm, '    ').trimEnd()}\n    include sites-enabled/*.conf;\n}\n`,
      files: { [ENABLED_SITE]: CORS_SITE },
      errors: [{ messageId: 'openHost', line: 5, column: 9 }],
      output: `events {}\nhttp {\n${corsMap(ENDED_KEY).replace(/^/gm, '    ').trimEnd()}\n    include sites-enabled/*.conf;\n}\n`,
    },
    {
      name: 'a CORS map in a sites file read alone, sent by a snippet it includes',
      code: `${corsMap(UNENDED_KEY)}server {\n    listen 80;\n    include snippets/cors.conf;\n}\n`,
      files: { 'etc/nginx/snippets/cors.conf': 'add_header Access-Control-Allow-Origin $cors always;\n' },
      errors: [{ messageId: 'openHost', line: 3, column: 5 }],
      output: `${corsMap(ENDED_KEY)}server {\n    listen 80;\n    include snippets/cors.conf;\n}\n`,
    },
    {
      name: 'a CORS map in a snippet no nginx.conf includes, sent by the site that includes it',
      path: 'etc/nginx/snippets/cors-map.conf',
      code: corsMap(UNENDED_KEY),
      files: { 'etc/nginx/sites-available/app.conf': `include snippets/cors-map.conf;\n${CORS_SITE}` },
      errors: [{ messageId: 'openHost', line: 3, column: 5 }],
      output: corsMap(ENDED_KEY),
    },
    {
      name: 'a CORS map in a sites-available file, sent by another enabled site',
      code: corsMap(UNENDED_KEY),
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include sites-enabled/*;\n}\n',
        'etc/nginx/sites-enabled/api.conf': CORS_SITE,
      },
      errors: [{ messageId: 'openHost', line: 3, column: 5 }],
      output: corsMap(ENDED_KEY),
    },
    {
      name: 'misspelled referer',
      code: 'if ($http_referrer !~ "^https://example\\.com/") {\n    return 403;\n}\n',
      errors: [{ messageId: 'misspelled', line: 1, column: 5 }],
      output: 'if ($http_referer !~ "^https://example\\.com/") {\n    return 403;\n}\n',
    },
  ],
};

testRule(origins, cases);
fixesPassNginx(origins.meta.id, cases.invalid);

test("a map and its CORS header in two files: one finding per audit, in the map's file", () => {
  const workspace = new MemoryWorkspace('/ws', {
    'etc/nginx/nginx.conf': MAIN,
    [CONF_D]: corsMap(UNENDED_KEY),
    [ENABLED_SITE]: CORS_SITE,
  });
  const linter = new Linter([origins], FORMATS);
  // As `harden audit` does: every file linted on its own, with the whole workspace in view.
  const findings = [...workspace.files].flatMap(([path, text]) =>
    linter
      .lint({ path, text, format: 'nginx' }, { config: defaultConfig(), workspace })
      .findings.filter((f) => f.ruleId === origins.meta.id)
      .map((f) => ({
        path,
        related: f.related?.map((r) => `${r.file}:${r.range.start.line + 1} ${r.message}`),
      })),
  );
  assert.deepEqual(findings, [
    {
      path: `/ws/${CONF_D}`,
      related: [`/ws/${ENABLED_SITE}:4 \`$cors\` is sent as Access-Control-Allow-Origin here`],
    },
  ]);
});
