import { testRule } from '../../../helpers/rule-tester.ts';
import { extraBlankLine } from '../../../../rules/dotenv/extra-blank-line.ts';

testRule(extraBlankLine, {
  valid: [
    'A=1\n\nB=2\n',
    'A=1\n',
    '',
    { name: 'blank lines separated by a comment', code: 'A=1\n\n# section\n\nB=2\n' },
    { name: 'blank lines inside a multi-line value', code: 'A="x\n\n\ny"\n' },
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off ExtraBlankLine\nA=1\n\n\nB=2\n' },
  ],
  invalid: [
    {
      code: 'A=1\n\n\nB=2\n',
      errors: [{ messageId: 'extra', line: 3, column: 1 }],
      output: 'A=1\n\nB=2\n',
    },
    {
      name: 'three blank lines: two findings, one fix each',
      code: 'A=1\n\n\n\nB=2\n',
      errors: [
        { line: 3, column: 1 },
        { line: 4, column: 1 },
      ],
      output: 'A=1\n\nB=2\n',
    },
    {
      name: 'two line breaks at the end of the file',
      code: 'A=1\n\n',
      errors: [{ line: 3, column: 1 }],
      output: 'A=1\n',
    },
    {
      name: 'at the start of the file',
      code: '\n\nA=1\n',
      errors: [{ line: 2, column: 1 }],
      output: '\nA=1\n',
    },
    {
      name: 'whitespace-only lines count as blank',
      code: 'A=1\n  \n\t\nB=2\n',
      errors: [{ line: 3, column: 1, endColumn: 2 }],
      output: 'A=1\n  \nB=2\n',
    },
    {
      name: 'CRLF',
      code: 'A=1\r\n\r\n\r\nB=2\r\n',
      errors: [{ line: 3, column: 1 }],
      output: 'A=1\r\n\r\nB=2\r\n',
    },
  ],
});
