import { testRule } from '../../../helpers/rule-tester.ts';
import { spaceCharacter } from '../../../../rules/dotenv/space-character.ts';

testRule(spaceCharacter, {
  valid: [
    'FOO=bar\n',
    { name: 'an empty value with a comment', code: 'FOO= # comment\n' },
    { name: 'an empty value with trailing blanks (trailing-whitespace reports it)', code: 'FOO=   \n' },
    { name: 'spaces inside a quoted value', code: 'FOO="a = b"\n' },
    'FOO=a=b\n',
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off SpaceCharacter\nFOO = bar\n' },
  ],
  invalid: [
    {
      code: 'FOO =bar\n',
      errors: [{ messageId: 'around', message: /FOO/, line: 1, column: 4, endColumn: 5 }],
      output: 'FOO=bar\n',
    },
    { code: 'FOO= bar\n', errors: [{ line: 1, column: 5, endColumn: 6 }], output: 'FOO=bar\n' },
    { code: 'FOO = bar\n', errors: [{ line: 1, column: 4, endColumn: 7 }], output: 'FOO=bar\n' },
    {
      name: 'a value with = in it (dotenv-linter misses it)',
      code: 'DATABASE_URL = "mysql://a:b@h/d?x=1"\n',
      errors: [{ line: 1, column: 13, endColumn: 16 }],
      output: 'DATABASE_URL="mysql://a:b@h/d?x=1"\n',
    },
    { name: 'a tab', code: 'FOO\t=bar\n', errors: [{ line: 1, column: 4 }], output: 'FOO=bar\n' },
    { code: 'export FOO = bar\n', errors: [{ line: 1, column: 11 }], output: 'export FOO=bar\n' },
  ],
});
