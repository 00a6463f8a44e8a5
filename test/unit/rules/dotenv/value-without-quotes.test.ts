import { testRule } from '../../../helpers/rule-tester.ts';
import { valueWithoutQuotes } from '../../../../rules/dotenv/value-without-quotes.ts';

testRule(valueWithoutQuotes, {
  valid: [
    'FOO=bar\n',
    'FOO="bar baz"\n',
    "FOO='bar baz'\n",
    'FOO=\n',
    { name: 'an inline comment is not part of the value', code: 'FOO=bar # comment here\n' },
    { name: 'a quoted multi-line value', code: 'FOO="a b\nc d"\n' },
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off ValueWithoutQuotes\nFOO=bar baz\n' },
  ],
  invalid: [
    {
      code: 'FOO=bar baz\n',
      errors: [{ messageId: 'unquoted', message: /FOO/, line: 1, column: 5, endColumn: 12 }],
      output: 'FOO="bar baz"\n',
    },
    {
      name: 'before an inline comment',
      code: 'FOO=bar baz # note\n',
      errors: [{ line: 1, column: 5, endColumn: 12 }],
      output: 'FOO="bar baz" # note\n',
    },
    { name: 'a tab', code: 'FOO=a\tb\n', errors: [{ line: 1, column: 5 }], output: 'FOO="a\tb"\n' },
    {
      name: 'a backslash: single quotes keep it literal',
      code: 'WIN_PATH=C:\\Program Files\n',
      errors: [{ line: 1, column: 10 }],
      output: "WIN_PATH='C:\\Program Files'\n",
    },
  ],
});
