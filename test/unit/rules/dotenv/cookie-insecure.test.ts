import { testRule } from '../../../helpers/rule-tester.ts';
import { cookieInsecure } from '../../../../rules/dotenv/cookie-insecure.ts';

testRule(cookieInsecure, {
  valid: [
    {
      code: 'SESSION_COOKIE_SECURE=auto\nSESSION_COOKIE_HTTPONLY=true\nSESSION_COOKIE_SAMESITE=lax\n',
      path: '.env.prod.local',
    },
    { code: 'COOKIE_SECURE=1\nCOOKIE_SAMESITE=strict\n' },
    { name: 'empty: the app default applies', code: 'SESSION_COOKIE_SECURE=\n', path: '.env.prod' },
    { name: 'a workstation on plain HTTP', code: 'SESSION_COOKIE_SECURE=false\n', path: '.env.dev' },
    { name: 'a reference', code: 'SESSION_COOKIE_SECURE=${SECURE}\n', path: '.env.prod' },
    { name: 'unrelated keys', code: 'SECURE_HEADERS=false\nHTTP_ONLY_MODE=0\n', path: '.env.prod' },
  ],
  invalid: [
    {
      code: 'SESSION_COOKIE_SECURE=false\nSESSION_COOKIE_SAMESITE=none\n',
      path: '.env.prod.local',
      errors: [
        { messageId: 'secure', message: /SESSION_COOKIE_SECURE/, line: 1, column: 23, endColumn: 28 },
        { messageId: 'sameSite', line: 2, column: 25 },
      ],
      output: 'SESSION_COOKIE_SECURE=true\nSESSION_COOKIE_SAMESITE=lax\n',
    },
    {
      name: "Laravel's name",
      code: 'SESSION_SECURE_COOKIE=0\n',
      errors: [{ messageId: 'secure', line: 1, column: 23 }],
      output: 'SESSION_SECURE_COOKIE=true\n',
    },
    {
      name: 'a template hands it to every install',
      code: 'COOKIE_HTTPONLY=off\n',
      path: '.env.dist',
      errors: [{ messageId: 'httpOnly', line: 1, column: 17 }],
      output: 'COOKIE_HTTPONLY=true\n',
    },
    {
      name: 'keeps the quotes',
      code: "SESSION_COOKIE_SAMESITE='None'\n",
      path: '.env.local',
      errors: [{ messageId: 'sameSite', line: 1, column: 25 }],
      output: "SESSION_COOKIE_SAMESITE='lax'\n",
    },
  ],
});
