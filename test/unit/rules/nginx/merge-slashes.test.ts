import { mergeSlashes } from '../../../../rules/nginx/merge-slashes.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

const cases: { valid: (RuleTestCase | string)[]; invalid: InvalidCase[] } = {
  valid: ['merge_slashes on;\n', 'server {\n    listen 80;\n}\n'],
  invalid: [
    {
      code: 'http {\n    merge_slashes off;\n}\n',
      errors: [{ messageId: 'off', line: 2, column: 19, endColumn: 22 }],
      output: 'http {\n    merge_slashes on;\n}\n',
    },
    {
      name: 'upper case',
      code: 'server {\n    merge_slashes OFF;\n}\n',
      errors: [{ messageId: 'off', line: 2, column: 19 }],
      output: 'server {\n    merge_slashes on;\n}\n',
    },
  ],
};

testRule(mergeSlashes, cases);
fixesPassNginx(mergeSlashes.meta.id, cases.invalid);
