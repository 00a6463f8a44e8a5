import { testRule } from '../../../helpers/rule-tester.ts';
import { trailingWhitespace } from '../../../../rules/dotenv/trailing-whitespace.ts';

testRule(trailingWhitespace, {
  valid: [
    'A=1\n',
    '',
    { name: 'comment lines are not checked (as in dotenv-linter)', code: 'A=1\n# a comment   \n' },
    { name: 'blanks inside a multi-line value belong to the value', code: 'A="first  \nsecond"\n' },
    { name: 'quoted trailing space is part of the value', code: 'A="value "\n' },
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off TrailingWhitespace\nA=1  \n' },
  ],
  invalid: [
    {
      code: 'A=1  \n',
      errors: [{ messageId: 'trailing', line: 1, column: 4, endLine: 1, endColumn: 6 }],
      output: 'A=1\n',
    },
    { name: 'a tab', code: 'A=1\t\n', errors: [{ line: 1, column: 4 }], output: 'A=1\n' },
    {
      name: 'a line of nothing but whitespace',
      code: 'A=1\n   \nB=2\n',
      errors: [{ line: 2, column: 1, endColumn: 4 }],
      output: 'A=1\n\nB=2\n',
    },
    {
      name: 'after an inline comment',
      code: 'A=1 # note \n',
      errors: [{ line: 1, column: 11 }],
      output: 'A=1 # note\n',
    },
    {
      name: 'after the closing quote of a multi-line value',
      code: 'A="x\ny"  \n',
      errors: [{ line: 2, column: 3 }],
      output: 'A="x\ny"\n',
    },
    {
      name: 'CRLF line endings',
      code: 'A=1 \r\nB=2\r\n',
      errors: [{ line: 1, column: 4, endColumn: 5 }],
      output: 'A=1\r\nB=2\r\n',
    },
    {
      name: 'a control comment turns the check back on',
      code: '# dotenv-linter:off TrailingWhitespace\nA=1 \n# dotenv-linter:on TrailingWhitespace\nB=2 \n',
      errors: [{ line: 4, column: 4 }],
      output: '# dotenv-linter:off TrailingWhitespace\nA=1 \n# dotenv-linter:on TrailingWhitespace\nB=2\n',
    },
  ],
});
