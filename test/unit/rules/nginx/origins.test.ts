import { origins } from '../../../../rules/nginx/origins.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

const ifOrigin = (op: string, pattern: string, body = '') =>
  `if ($http_origin ${op} ${pattern}) {\n${body}}\n`;
const ifReferer = (op: string, pattern: string, body = '') =>
  `if ($http_referer ${op} ${pattern}) {\n${body}}\n`;

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
      name: 'trusted domains option',
      code: ifOrigin('!~', "'^https://(app|www)\\.example\\.com$'"),
      options: { domains: ['example.com'], httpsOnly: true },
    },
  ],
  invalid: [
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
      name: 'misspelled referer',
      code: 'if ($http_referrer !~ "^https://example\\.com/") {\n    return 403;\n}\n',
      errors: [{ messageId: 'misspelled', line: 1, column: 5 }],
      output: 'if ($http_referer !~ "^https://example\\.com/") {\n    return 403;\n}\n',
    },
  ],
};

testRule(origins, cases);
fixesPassNginx(origins.meta.id, cases.invalid);
