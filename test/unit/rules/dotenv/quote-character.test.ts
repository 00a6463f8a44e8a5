import { testRule } from '../../../helpers/rule-tester.ts';
import { quoteCharacter } from '../../../../rules/dotenv/quote-character.ts';

testRule(quoteCharacter, {
  valid: [
    'FOO=bar\n',
    'FOO=\n',
    { name: 'whitespace needs quotes', code: 'FOO="bar baz"\n' },
    { name: '$ can need quotes', code: 'FOO="a$b"\n' },
    { name: '# needs quotes', code: 'FOO="a#b"\n' },
    { name: '& can need quotes', code: "FOO='a&b'\n" },
    { name: '= can need quotes', code: 'FOO="a=b"\n' },
    { name: 'a \\n escape needs double quotes', code: 'FOO="a\\nb"\n' },
    {
      name: 'an inline comment (dotenv-linter reads it as part of the value)',
      code: 'FOO="bar" # comment\n',
    },
    { name: 'a multi-line value', code: 'FOO="multi\nline"\n' },
    {
      name: "Symfony's default DATABASE_URL",
      code: 'DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"\n',
    },
    {
      name: "Symfony's default CORS_ALLOW_ORIGIN",
      code: "CORS_ALLOW_ORIGIN='^https?://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?$'\n",
    },
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off QuoteCharacter\nFOO="bar"\n' },
  ],
  invalid: [
    {
      code: 'FOO="bar"\n',
      errors: [{ messageId: 'quoted', message: /FOO/, line: 1, column: 5, endColumn: 10 }],
      output: 'FOO=bar\n',
    },
    { code: "FOO='bar'\n", errors: [{ line: 1, column: 5 }], output: 'FOO=bar\n' },
    {
      name: 'empty quotes',
      code: 'FOO=""\n',
      errors: [{ line: 1, column: 5, endColumn: 7 }],
      output: 'FOO=\n',
    },
    {
      name: "Chamilo's installer markers",
      code: "APP_SECRET='{{APP_SECRET}}'\n",
      errors: [{ line: 1, column: 12 }],
      output: 'APP_SECRET={{APP_SECRET}}\n',
    },
    {
      code: "APP_API_PLATFORM_URL='http://localhost/api/'\n",
      errors: [{ line: 1, column: 22 }],
      output: 'APP_API_PLATFORM_URL=http://localhost/api/\n',
    },
    {
      name: 'a quote inside the value: no fix',
      code: "FOO='B\"AR'\n",
      errors: [{ line: 1, column: 5 }],
      output: null,
    },
    {
      name: 'a backslash in double quotes is an escape: no fix',
      code: 'FOO="a\\\\b"\n',
      errors: [{ line: 1, column: 5 }],
      output: null,
    },
    {
      name: 'a backslash in single quotes is literal',
      code: "FOO='a\\b'\n",
      errors: [{ line: 1, column: 5 }],
      output: 'FOO=a\\b\n',
    },
  ],
});
