import { validReferers } from '../../../../rules/nginx/valid-referers.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(validReferers, {
  valid: [
    'valid_referers server_names *.example.com;\n',
    {
      name: 'a host name containing "none"',
      code: 'valid_referers server_names none.example.com *.none.org;\n',
    },
    { name: 'blocked is not none', code: 'location / {\n    valid_referers blocked server_names;\n}\n' },
    { name: 'none as a value of another directive', code: 'ssl_stapling_file none;\n' },
  ],
  invalid: [
    {
      code: 'valid_referers none server_names *.example.com;\n',
      errors: [{ messageId: 'none', line: 1, column: 16, endColumn: 20 }],
      output: null,
    },
    {
      name: 'none last, over several lines',
      code: 'server {\n    valid_referers server_names\n                   example.com\n                   none;\n}\n',
      errors: [{ messageId: 'none', line: 4, column: 20 }],
    },
    {
      name: 'quoted keyword',
      code: 'valid_referers "none" example.com;\n',
      errors: [{ messageId: 'none', line: 1, column: 16 }],
    },
  ],
});
