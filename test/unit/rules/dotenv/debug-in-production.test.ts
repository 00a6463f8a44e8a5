import { testRule } from '../../../helpers/rule-tester.ts';
import { debugInProduction } from '../../../../rules/dotenv/debug-in-production.ts';

testRule(debugInProduction, {
  valid: [
    { name: '.env holds development defaults', code: 'APP_ENV=dev\nAPP_DEBUG=1\n' },
    { name: '.env.local is a workstation file', code: 'APP_ENV=dev\nAPP_DEBUG=1\n', path: '.env.local' },
    { name: 'a development file', code: 'APP_DEBUG=1\n', path: '.env.dev' },
    { name: 'a template that is not for production', code: 'APP_ENV=dev\nAPP_DEBUG=1\n', path: '.env.dist' },
    { code: 'APP_ENV=prod\nAPP_DEBUG=0\n', path: '.env.prod' },
    { code: 'APP_ENV=prod\nAPP_DEBUG=false\n', path: '.env.prod.local' },
    { name: "Laravel's name for production", code: 'APP_ENV=production\n', path: '.env.production' },
    { name: 'only the last definition counts', code: 'APP_DEBUG=1\nAPP_DEBUG=0\n', path: '.env.prod.local' },
    { name: 'a reference is not judged', code: 'APP_DEBUG=${DEBUG}\n', path: '.env.prod' },
    { name: 'an empty APP_ENV is left to the app', code: 'APP_ENV=\n', path: '.env.prod' },
    { name: 'other keys', code: 'MY_APP_DEBUG=1\nWP_DEBUG=true\n', path: '.env.prod' },
  ],
  invalid: [
    {
      code: 'APP_ENV=prod\nAPP_DEBUG=1\n',
      path: '.env.prod.local',
      errors: [{ messageId: 'debug', message: /APP_DEBUG/, line: 2, column: 11, endColumn: 12 }],
      output: 'APP_ENV=prod\nAPP_DEBUG=0\n',
    },
    {
      code: 'APP_ENV=dev\nAPP_DEBUG=true\n',
      path: '.env.prod',
      errors: [
        { messageId: 'environment', line: 1, column: 9, endColumn: 12 },
        { messageId: 'debug', line: 2, column: 11 },
      ],
      output: 'APP_ENV=prod\nAPP_DEBUG=0\n',
    },
    {
      name: 'keeps the quotes',
      code: "APP_DEBUG='1'\n",
      path: '.env.production',
      errors: [{ line: 1, column: 11, endColumn: 14 }],
      output: "APP_DEBUG='0'\n",
    },
    {
      name: 'a production template hands it out',
      code: 'APP_DEBUG=on\n',
      path: '.env.prod.dist',
      errors: [{ line: 1, column: 11 }],
      output: 'APP_DEBUG=0\n',
    },
    {
      name: 'a file named by the production globs',
      code: 'APP_ENV=test\n',
      path: 'deploy/app.env',
      config: { production: ['deploy/**'] },
      errors: [{ messageId: 'environment', line: 1, column: 9 }],
      output: 'APP_ENV=prod\n',
    },
    {
      name: 'a .env a server runs from, declared as production',
      code: 'APP_DEBUG=1\n',
      config: { production: ['.env'] },
      errors: [{ line: 1, column: 11 }],
      output: 'APP_DEBUG=0\n',
    },
  ],
});
