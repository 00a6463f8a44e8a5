import { testRule } from '../../../helpers/rule-tester.ts';
import { incorrectDelimiter } from '../../../../rules/dotenv/incorrect-delimiter.ts';

testRule(incorrectDelimiter, {
  valid: [
    'FOO_BAR=x\n',
    'FOO=a-b.c\n',
    'export FOO_BAR=1\n',
    { name: "leading characters are leading-character's business", code: '1FOO=x\n' },
    { name: 'leading whitespace too', code: ' FOO=x\n' },
    { name: "whitespace before = is space-character's business", code: 'FOO =x\n' },
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off IncorrectDelimiter\nFOO-BAR=x\n' },
  ],
  invalid: [
    {
      code: 'FOO-BAR=x\n',
      errors: [{ messageId: 'delimiter', message: /FOO-BAR/, line: 1, column: 1, endColumn: 8 }],
      output: 'FOO_BAR=x\n',
    },
    { code: 'FOO.BAR=x\n', errors: [{ line: 1, column: 1 }], output: 'FOO_BAR=x\n' },
    { code: 'FOO BAR=x\n', errors: [{ line: 1, column: 1, endColumn: 8 }], output: 'FOO_BAR=x\n' },
    {
      name: 'keeps the leading characters',
      code: '-FOO-BAR=x\n',
      errors: [{ line: 1, column: 1 }],
      output: '-FOO_BAR=x\n',
    },
    {
      code: 'export FOO-BAR=1\n',
      errors: [{ line: 1, column: 8, endColumn: 15 }],
      output: 'export FOO_BAR=1\n',
    },
    {
      name: 'a key without value',
      code: 'FOO-BAR\n',
      errors: [{ line: 1, column: 1, endColumn: 8 }],
      output: 'FOO_BAR\n',
      allowNewFindings: ['dotenv/key-without-value'],
    },
  ],
});
