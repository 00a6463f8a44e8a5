import { testRule } from '../../../helpers/rule-tester.ts';
import { databasePublicHost } from '../../../../rules/dotenv/database-public-host.ts';

testRule(databasePublicHost, {
  valid: [
    { code: 'DATABASE_URL="mysql://chamilo:pw@10.0.4.12:3306/chamilo"\n', path: '.env.prod.local' },
    { code: 'DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"\n' },
    {
      name: 'host names are not judged',
      code: 'DB_HOST=db.example.org\nDATABASE_HOST=db\n',
      path: '.env.local',
    },
    { name: 'a template', code: 'DATABASE_HOST=203.0.113.9\n', path: '.env.example' },
    { name: 'a development file', code: 'DATABASE_HOST=0.0.0.0\n', path: '.env.dev' },
    { name: 'a reference', code: 'DATABASE_URL=mysql://a:b@${DB_HOST}/x\n', path: '.env.local' },
    { name: 'not a database', code: 'REDIS_HOST=203.0.113.9\n', path: '.env.local' },
  ],
  invalid: [
    {
      code: 'DATABASE_URL="mysql://chamilo:pw@203.0.113.9:3306/chamilo"\n',
      path: '.env.prod.local',
      errors: [
        {
          messageId: 'publicIp',
          severity: 'info',
          message: /DATABASE_URL/,
          line: 1,
          column: 34,
          endColumn: 45,
        },
      ],
      output: null,
    },
    {
      code: 'DATABASE_HOST=0.0.0.0\n',
      path: '.env.local',
      errors: [{ messageId: 'allInterfaces', line: 1, column: 15 }],
    },
    { code: 'DB_HOST=8.8.8.8\n', path: '.env.prod', errors: [{ messageId: 'publicIp', line: 1, column: 9 }] },
    {
      code: 'DATABASE_URL=mysql://a:b@[2001:db8::1]:3306/x\n',
      path: '.env.local',
      errors: [{ line: 1, column: 26, endColumn: 39 }],
    },
  ],
});
