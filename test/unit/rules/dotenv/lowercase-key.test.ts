import { testRule } from '../../../helpers/rule-tester.ts';
import { lowercaseKey } from '../../../../rules/dotenv/lowercase-key.ts';

testRule(lowercaseKey, {
  valid: [
    'FOO=bar\n',
    'FOO_1=x\n',
    'export FOO=bar\n',
    '# foo=bar\n',
    { name: 'only the key counts', code: 'FOO="lower value"\n' },
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off LowercaseKey\nfoo=bar\n' },
  ],
  invalid: [
    {
      code: 'foo=bar\n',
      errors: [{ messageId: 'lowercase', message: /foo/, line: 1, column: 1, endColumn: 4 }],
      output: 'FOO=bar\n',
    },
    { code: 'Foo_Bar=x\n', errors: [{ line: 1, column: 1, endColumn: 8 }], output: 'FOO_BAR=x\n' },
    { code: 'export foo=bar\n', errors: [{ line: 1, column: 8, endColumn: 11 }], output: 'export FOO=bar\n' },
    { code: 'A=1\napp_env=prod\n', errors: [{ line: 2, column: 1 }], output: 'A=1\nAPP_ENV=prod\n' },
  ],
});
