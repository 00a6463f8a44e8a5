import { testRule } from '../../../helpers/rule-tester.ts';
import { databaseRootUser } from '../../../../rules/dotenv/database-root-user.ts';

testRule(databaseRootUser, {
  valid: [
    {
      name: "Sulu's committed default URL, which the install's .env.local replaces",
      code: 'DATABASE_URL="mysql://root:ChangeMe@127.0.0.1:3306/su_myapp?serverVersion=8.0.32&charset=utf8mb4"\n',
      files: {
        'symfony.lock': '{}\n',
        '.env.local': 'DATABASE_URL="mysql://sulu:Xv7-q2Lp9-mK4w@127.0.0.1:3306/sulu"\n',
      },
    },
    {
      name: "Symfony's default URL",
      code: 'DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"\n',
    },
    { name: "Laravel's template", code: 'DB_USERNAME=root\nDB_PASSWORD=\n', path: '.env.example' },
    { name: 'a test-suite file', code: 'DATABASE_URL=mysql://root:root@127.0.0.1/test\n', path: '.env.test' },
    {
      name: 'SQLite has no user',
      code: 'DATABASE_URL=sqlite:///%kernel.project_dir%/var/data.db\n',
      path: '.env.local',
    },
    {
      name: 'a user from the environment',
      code: 'DATABASE_URL=mysql://${DB_USER}:x@db/app\n',
      path: '.env.local',
    },
    { name: 'a user named otherwise', code: 'DATABASE_USER=rooted\nDB_USER=chamilo\n', path: '.env.local' },
    {
      name: 'not a database',
      code: 'MAILER_DSN=smtp://root:Qm4vT8pLw2Xz@mail.example.org\n',
      path: '.env.local',
    },
    { name: 'only the last definition counts', code: 'DB_USER=root\nDB_USER=app\n', path: '.env.local' },
  ],
  invalid: [
    {
      name: 'a .env.local outside a Symfony app replaces nothing',
      code: 'DATABASE_URL="mysql://root:ChangeMe@127.0.0.1:3306/app"\n',
      files: { '.env.local': 'DATABASE_URL="mysql://app:Xv7-q2Lp9-mK4w@127.0.0.1:3306/app"\n' },
      errors: [{ messageId: 'url', line: 1, column: 23, endColumn: 27 }],
    },
    {
      code: 'DATABASE_URL="mysql://root:Qm4vT8pLw2Xz@127.0.0.1:3306/chamilo?serverVersion=8.0"\n',
      path: '.env.local',
      errors: [{ messageId: 'url', message: /DATABASE_URL/, line: 1, column: 23, endColumn: 27 }],
      output: null,
    },
    {
      name: 'the committed defaults are used where nothing overrides them',
      code: 'DATABASE_USER=root\n',
      errors: [{ messageId: 'userKey', line: 1, column: 15, endColumn: 19 }],
    },
    {
      name: 'a URL built from a root user key is reported once, on the key',
      code: [
        'DATABASE_HOST=127.0.0.1',
        'DATABASE_USER=root',
        'DATABASE_PASSWORD=',
        'DATABASE_URL="mysql://${DATABASE_USER}:${DATABASE_PASSWORD}@${DATABASE_HOST}:3306/chamilo"',
        '',
      ].join('\n'),
      errors: [{ messageId: 'userKey', line: 2, column: 15 }],
    },
    { code: 'DB_USERNAME=root\n', path: '.env.prod', errors: [{ line: 1, column: 13 }] },
    {
      name: 'no password',
      code: 'DATABASE_URL=mysql://root@localhost/db\n',
      path: '.env.local',
      errors: [{ line: 1, column: 22, endColumn: 26 }],
    },
    {
      name: 'percent-encoded',
      code: 'DATABASE_URL=mysql://r%6Fot:x@db/app\n',
      path: '.env.local',
      errors: [{ line: 1, column: 22, endColumn: 28 }],
    },
    {
      name: 'any URL key with a database scheme',
      code: 'LEGACY_DB_DSN=pgsql://root:x@db/legacy\n',
      path: '.env.prod.local',
      errors: [{ line: 1, column: 23 }],
    },
  ],
});
