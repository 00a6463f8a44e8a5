import { testRule } from '../../../helpers/rule-tester.ts';
import { databaseEmptyPassword } from '../../../../rules/dotenv/database-empty-password.ts';

testRule(databaseEmptyPassword, {
  valid: [
    { name: 'committed defaults: set in .env.local', code: 'DATABASE_USER=chamilo\nDATABASE_PASSWORD=\n' },
    { name: 'committed defaults, URL form', code: 'DATABASE_URL=mysql://root:@127.0.0.1/db\n' },
    { name: 'a template', code: 'DB_USERNAME=root\nDB_PASSWORD=\n', path: '.env.example' },
    { name: 'a test-suite file', code: 'DATABASE_URL=mysql://root:@127.0.0.1/test\n', path: '.env.test' },
    {
      name: 'peer authentication over a socket',
      code: 'DATABASE_URL=postgresql://app@localhost/app?host=/run/postgresql\n',
      path: '.env.local',
    },
    {
      name: 'MySQL socket',
      code: 'DATABASE_URL=mysql://app@localhost/app?unix_socket=/run/mysqld/mysqld.sock\n',
      path: '.env.local',
    },
    { name: 'SQLite', code: 'DATABASE_URL=sqlite:///%kernel.project_dir%/var/data.db\n', path: '.env.local' },
    {
      name: 'references',
      code: 'DATABASE_URL=mysql://${U}:${P}@db/app\nDB_PASSWORD=${SECRET}\n',
      path: '.env.local',
    },
    {
      name: 'not database passwords',
      code: 'MAILER_PASSWORD=\nMYSQL_ALLOW_EMPTY_PASSWORD=yes\n',
      path: '.env.local',
    },
    { code: 'DATABASE_URL=mysql://app:Qm4vT8pLw2Xz@db/app\n', path: '.env.local' },
  ],
  invalid: [
    {
      code: 'DATABASE_URL="mysql://chamilo:@10.0.4.12:3306/chamilo?serverVersion=8.0"\n',
      path: '.env.prod.local',
      errors: [{ messageId: 'url', message: /DATABASE_URL/, line: 1, column: 23, endColumn: 32 }],
      output: null,
    },
    {
      name: 'no password part at all',
      code: 'DATABASE_URL=mysql://app@db/app\n',
      path: '.env.local',
      errors: [{ messageId: 'url', line: 1, column: 22, endColumn: 26 }],
    },
    {
      code: 'DB_HOST=127.0.0.1\nDB_USERNAME=laravel\nDB_PASSWORD=\n',
      path: '.env.local',
      errors: [{ messageId: 'passwordKey', message: /DB_PASSWORD/, line: 3, column: 1, endColumn: 12 }],
    },
    {
      code: 'MYSQL_ROOT_PASSWORD=\n',
      path: 'docker/db.env',
      errors: [{ messageId: 'passwordKey', line: 1, column: 1 }],
    },
    {
      name: "Laravel's null keyword",
      code: 'DB_USERNAME=app\nDB_PASSWORD=null\n',
      path: '.env.local',
      errors: [{ messageId: 'passwordKey', line: 2, column: 1 }],
    },
  ],
});
