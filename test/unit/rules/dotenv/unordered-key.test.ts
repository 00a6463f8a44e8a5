import { testRule } from '../../../helpers/rule-tester.ts';
import { unorderedKey } from '../../../../rules/dotenv/unordered-key.ts';

testRule(unorderedKey, {
  valid: [
    'A=1\nB=2\n',
    { name: 'blank lines separate groups', code: 'B=1\n\nA=2\n' },
    { name: 'control comments separate groups', code: 'B=1\n# dotenv-linter:off LowercaseKey\nA=2\n' },
    { name: 'a value that refers to a key of the group starts a new group', code: 'B=1\nA=${B}\n' },
    { name: 'ordinary comments do not separate groups', code: 'A=1\n# note\nB=2\n' },
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off UnorderedKey\nB=1\nA=2\n' },
  ],
  invalid: [
    {
      code: 'B=1\nA=2\n',
      errors: [{ messageId: 'unordered', message: /\bA\b.*\bB\b/, line: 2, column: 1, endColumn: 2 }],
      output: 'A=2\nB=1\n',
    },
    {
      name: 'dotenv-linter reports the keys that belong before a later-sorted key',
      code: 'C=1\nA=2\nB=3\n',
      errors: [
        { line: 2, column: 1, message: /\bA\b.*\bC\b/ },
        { line: 3, column: 1, message: /\bB\b.*\bC\b/ },
      ],
      output: 'A=2\nB=3\nC=1\n',
    },
    {
      name: 'comments move with the key below them',
      code: '# about B\nB=1\n# about A\nA=2\n',
      errors: [{ line: 4, column: 1 }],
      output: '# about A\nA=2\n# about B\nB=1\n',
    },
    {
      name: 'multi-line values move whole',
      code: 'C=1\nB="x\ny"\n',
      errors: [{ line: 2, column: 1 }],
      output: 'B="x\ny"\nC=1\n',
    },
    {
      name: 'only the group is sorted',
      code: 'Z=0\n\nC=1\nA=2\n\nB=3\n',
      errors: [{ line: 4, column: 1 }],
      output: 'Z=0\n\nA=2\nC=1\n\nB=3\n',
    },
    {
      name: 'sorting would change an expansion: no fix',
      code: 'B=1\nA=2\nX=${A}\n',
      errors: [{ line: 2, column: 1 }],
      output: null,
    },
  ],
});
