import { testRule } from '../../../helpers/rule-tester.ts';
import { keyWithoutValue } from '../../../../rules/dotenv/key-without-value.ts';

testRule(keyWithoutValue, {
  valid: [
    'FOO=\n',
    'FOO=bar\n',
    '# FOO\n',
    '\n',
    { name: 'a line inside a multi-line value', code: 'A="x\nFOO\n"\n' },
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off KeyWithoutValue\nFOO\n' },
  ],
  invalid: [
    {
      code: 'FOO\n',
      errors: [{ messageId: 'noEquals', message: /FOO/, line: 1, column: 1, endColumn: 4 }],
      output: 'FOO=\n',
    },
    { code: 'export FOO\n', errors: [{ line: 1, column: 8, endColumn: 11 }], output: 'export FOO=\n' },
    {
      name: 'a key, a blank and a value: the blank becomes the =',
      code: 'APP_NAME "My App"\n',
      errors: [{ line: 1, column: 1, endColumn: 9 }],
      output: 'APP_NAME="My App"\n',
    },
    {
      name: 'a value that would still be refused: no fix',
      code: 'APP_ENV prod extra\n',
      errors: [{ line: 1, column: 1, endColumn: 8 }],
      output: null,
    },
    {
      name: 'the = goes after the key, before a comment',
      code: 'FOO # comment\n',
      errors: [{ line: 1, column: 1, endColumn: 4 }],
      output: 'FOO= # comment\n',
    },
    { code: 'A=1\nBAR\n', errors: [{ line: 2, column: 1 }], output: 'A=1\nBAR=\n' },
  ],
});
