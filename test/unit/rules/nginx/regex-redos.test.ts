import { regexRedos } from '../../../../rules/nginx/regex-redos.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const location = (pattern: string) => `location ~ "${pattern}" {\n}\n`;

testRule(regexRedos, {
  valid: [
    location('\\.php$'),
    location('^/(?:[^/]+/)+[^/]+$'),
    location('^/([a-z]+\\.)+html$'),
    location('^(\\d+\\.){3}\\d+$'),
    location('^/(a|b)+$'),
    location('^/(ab|ac)*$'),
    location('^(?>\\w+\\s?)*$'),
    location('^(\\w++\\s?)*$'),
    location('^(\\w+\\s?)*+$'),
    location('^(a?)*$'),
    location('^(.|\\n)*$'),
    location('^(.*,){2}x$'),
    location('^/index\\.php(/|$)'),
    { name: 'invalid regexes are left to invalid-regex', code: location('(a+)+(') },
    { name: 'two repeats in a row: quadratic at most', code: location('^/(.*)/(.*)$') },
    {
      name: 'repeats in a row that cannot take their separators',
      code: location('^/data/([^/]*)/([^/]*)/([^/]*)$'),
    },
    {
      name: 'a row with nothing after it succeeds on its first placement',
      code: location('^/(.*)/(.*)/(.*)'),
    },
    { name: 'what follows the row can match nothing', code: location('^/d/(.*)-(.*)-(.*)(?:\\.html)?') },
    { name: 'repeats over different characters', code: location('^/([a-z]*)([0-9]*)([A-Z]*)$') },
    { name: 'separator the inner repeat cannot match', code: 'rewrite ^/((?:[a-z]+-)+)x$ /$1 last;\n' },
  ],
  invalid: [
    {
      // Acceptance case ilias--wac-rewrite-from-docs: ILIAS's guide; 600 bytes take 0.3 s on nginx 1.22.1.
      name: 'three unbounded repeats in a row that can take their separators',
      code: 'rewrite ^/data/(.*)/(.*)/(.*)$ /wac.php last;\n',
      errors: [
        {
          messageId: 'sequence',
          line: 1,
          column: 16,
          endColumn: 30,
          message: /`\(\.\*\)\/\(\.\*\)\/\(\.\*\)` has 3 unbounded repeats in a row .* degree 3/,
        },
      ],
    },
    {
      name: 'classic nested quantifier',
      code: location('^(a+)+$'),
      errors: [
        { messageId: 'nested', line: 1, column: 14, endColumn: 19, message: /`\(a\+\)\+` repeats `a\+`/ },
      ],
    },
    {
      name: 'optional separator',
      code: 'if ($http_user_agent ~* "^(\\w+\\s?)*$") {\n    return 403;\n}\n',
      errors: [{ messageId: 'nested', line: 1, column: 27 }],
    },
    {
      name: 'dot-star in a loop',
      code: location('^(/.*)+\\.php$'),
      errors: [{ messageId: 'nested', line: 1, column: 14 }],
    },
    {
      name: 'alternative with a repeat',
      code: location('^(a|b+)+$'),
      errors: [{ messageId: 'nested', line: 1, column: 14 }],
    },
    {
      name: 'duplicate alternatives',
      code: location('^(a|a)*$'),
      errors: [{ messageId: 'overlap', line: 1, column: 14 }],
    },
    {
      name: 'prefix alternatives',
      code: location('^/(a|aa|aaa|aaaa)+$'),
      errors: [{ messageId: 'overlap', line: 1, column: 15 }],
    },
    {
      name: 'classes that overlap',
      code: location('^(\\d|\\w)+x$'),
      errors: [{ messageId: 'overlap', line: 1, column: 14 }],
    },
    {
      name: 'two-way split',
      code: location('^(a|b|ab)*c$'),
      errors: [{ messageId: 'overlap', line: 1, column: 14 }],
    },
    {
      name: 'bounded but deep',
      code: location('^(.*a){10}$'),
      errors: [{ messageId: 'polynomial', line: 1, column: 14, message: /degree 10/ }],
    },
    {
      name: 'in a map key',
      code: 'map $http_referer $bad {\n    "~*^(\\w+\\.?)+$" 1;\n}\n',
      errors: [{ messageId: 'nested', line: 2, column: 9 }],
    },
  ],
});
