import { mergeSlashes } from '../../../../rules/nginx/merge-slashes.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(mergeSlashes, {
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
});
