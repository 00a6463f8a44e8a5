import { errorLogOff } from '../../../../rules/nginx/error-log-off.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

const cases: { valid: (RuleTestCase | string)[]; invalid: InvalidCase[] } = {
  valid: [
    'error_log /var/log/nginx/error.log;\n',
    'error_log stderr warn;\n',
    { name: 'access_log off is valid', code: 'access_log off;\n' },
    { name: 'a file named off.log', code: 'error_log /var/log/off.log;\n' },
  ],
  invalid: [
    {
      code: 'error_log off;\n',
      errors: [{ messageId: 'off', line: 1, column: 11, endColumn: 14 }],
      output: 'error_log /dev/null;\n',
    },
    {
      name: 'in a server, with a level',
      code: 'server {\n    error_log off crit;\n}\n',
      errors: [{ messageId: 'off', line: 2, column: 15 }],
      output: 'server {\n    error_log /dev/null crit;\n}\n',
    },
  ],
};

testRule(errorLogOff, cases);
fixesPassNginx(errorLogOff.meta.id, cases.invalid);
