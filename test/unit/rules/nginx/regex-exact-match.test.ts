import { regexExactMatch } from '../../../../rules/nginx/regex-exact-match.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

const server = (body: string) => `server {\n${body}}\n`;

const cases: { valid: (RuleTestCase | string)[]; invalid: InvalidCase[] } = {
  valid: [
    server('    location = /health {\n    }\n'),
    server('    location ~ ^/health/ {\n    }\n'),
    server('    location ~ /health$ {\n    }\n'),
    server('    location ~ ^/(a|b)$ {\n    }\n'),
    server('    location ~ ^/a.b$ {\n    }\n'),
    { name: 'case-insensitive with letters', code: server('    location ~* ^/health$ {\n    }\n') },
  ],
  invalid: [
    {
      code: server('    location ~ ^/robots\\.txt$ {\n        allow all;\n    }\n'),
      errors: [
        { messageId: 'exact', line: 2, column: 14, endColumn: 30, message: /matches only `\/robots\.txt`/ },
      ],
      output: server('    location = /robots.txt {\n        allow all;\n    }\n'),
    },
    {
      name: 'modifier glued, root URI',
      code: server('    location ~^/$ {\n        return 204;\n    }\n'),
      errors: [{ messageId: 'exact', line: 2, column: 14 }],
      output: server('    location = / {\n        return 204;\n    }\n'),
    },
    {
      name: 'case-insensitive without letters',
      code: server('    location ~* "^/2024/$" {\n    }\n'),
      errors: [{ messageId: 'exact', line: 2, column: 14 }],
      output: server('    location = /2024/ {\n    }\n'),
    },
    {
      name: 'no fix after an earlier regex location',
      code: server('    location ~ \\.txt$ {\n    }\n    location ~ ^/robots\\.txt$ {\n    }\n'),
      errors: [{ messageId: 'exact', line: 4, column: 14 }],
      output: null,
    },
    {
      name: 'no fix when a ^~ prefix covers the URI',
      code: server('    location ^~ /rob {\n    }\n    location ~ ^/robots\\.txt$ {\n    }\n'),
      errors: [{ messageId: 'exact', line: 4, column: 14 }],
      output: null,
    },
    {
      name: 'no fix when the exact location exists',
      code: server('    location = /a {\n    }\n    location ~ ^/a$ {\n    }\n'),
      errors: [{ messageId: 'exact', line: 4, column: 14 }],
      output: null,
    },
    {
      name: 'no fix outside a server',
      code: 'location ~ ^/a$ {\n}\n',
      errors: [{ messageId: 'exact', line: 1, column: 10 }],
      output: null,
    },
  ],
};

testRule(regexExactMatch, cases);
fixesPassNginx(regexExactMatch.meta.id, cases.invalid);
