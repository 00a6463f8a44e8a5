import { testRule } from '../../../helpers/rule-tester.ts';
import { duplicatedKey } from '../../../../rules/dotenv/duplicated-key.ts';

testRule(duplicatedKey, {
  valid: [
    'A=1\nB=2\n',
    'A=1\n# A=2\n',
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off DuplicatedKey\nA=1\nA=2\n' },
  ],
  invalid: [
    {
      code: 'A=1\nA=2\n',
      errors: [{ messageId: 'duplicated', message: /\bA\b.*line 1/, line: 2, column: 1, endColumn: 2 }],
      output: '# A=1\nA=2\n',
    },
    {
      name: 'each later definition names the one before it',
      code: 'A=1\nB=2\nA=3\nA=4\n',
      errors: [
        { line: 3, column: 1, message: /line 1/ },
        { line: 4, column: 1, message: /line 3/ },
      ],
      output: '# A=1\nB=2\n# A=3\nA=4\n',
    },
    {
      name: 'export counts',
      code: 'export A=1\nA=2\n',
      errors: [{ line: 2, column: 1 }],
      output: '# export A=1\nA=2\n',
    },
    {
      name: 'a multi-line earlier value is commented out line by line',
      code: 'A="x\ny"\nA=2\n',
      errors: [{ line: 3, column: 1 }],
      output: '# A="x\n# y"\nA=2\n',
    },
    {
      name: 'a value in between reads the earlier definition: no fix',
      code: 'A=1\nB=${A}\nA=2\n',
      errors: [{ line: 3, column: 1 }],
      output: null,
    },
    {
      name: 'the earlier definition read the one before it: both go, so one round leaves no duplicate',
      code: 'A=\nA="${A}"\nA=x\n',
      errors: [
        { line: 2, column: 1 },
        { line: 3, column: 1 },
      ],
      output: '# A=\n# A="${A}"\nA=x\n',
    },
    {
      name: 'the later definition reads the earlier one: no fix',
      code: 'PATH=/bin\nPATH=$PATH:/opt\n',
      errors: [{ line: 2, column: 1 }],
      output: null,
    },
  ],
});
