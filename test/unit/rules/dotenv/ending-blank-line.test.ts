import { testRule } from '../../../helpers/rule-tester.ts';
import { endingBlankLine } from '../../../../rules/dotenv/ending-blank-line.ts';

testRule(endingBlankLine, {
  valid: ['A=1\n', '', 'A=1\r\n', '# comment\n', 'A=1\n\n'],
  invalid: [
    {
      code: 'A=1',
      errors: [{ messageId: 'missing', line: 1, column: 4, endLine: 1, endColumn: 4 }],
      output: 'A=1\n',
    },
    { name: 'keeps CRLF', code: 'A=1\r\nB=2', errors: [{ line: 2, column: 4 }], output: 'A=1\r\nB=2\r\n' },
    {
      name: 'a comment is a last line too',
      code: '# comment',
      errors: [{ line: 1, column: 10 }],
      output: '# comment\n',
    },
    { code: 'A=1\n\nB=2', errors: [{ line: 3, column: 4 }], output: 'A=1\n\nB=2\n' },
  ],
});
